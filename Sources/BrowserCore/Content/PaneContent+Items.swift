import TermUI
import VConModel

/// Detail of one party, dialog, analysis or attachment, with every index resolved and "referenced by".
extension PaneContent {
    static func party(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let vcon = context.document.vcon, let party = VConItems.party(vcon, index) else { return }
        let value = party.json
        let pointer = "/parties/\(index)"
        w.heading("parties" + party.resolvedLabel, pointer: pointer)
        if party.isPlaceholder { w.field("", "(an empty placeholder: redacted)", pointer: pointer) }
        otherFields(value, skip: [], pointer: pointer, into: &w)
        w.referencedBy(pointer, in: context.document)
    }

    static func dialog(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let vcon = context.document.vcon, let dialog = VConItems.dialog(vcon, index) else { return }
        let value = dialog.json
        let pointer = "/dialog/\(index)"
        w.heading(context.dialogLabel(index), pointer: pointer)
        w.field("type", dialog.type, pointer: pointer + "/type")
        w.field("start", dialog.start.map { context.time.format($0) }, pointer: pointer + "/start")
        w.field("duration", dialog.duration.map(TimeFormatter.duration), pointer: pointer + "/duration")
        partyLinks(dialog.parties, pointer: pointer + "/parties", into: &w, context: context)
        for (name, party) in [
            ("originator", dialog.originator), ("transferee", dialog.transferee),
            ("transferor", dialog.transferor), ("transfer_target", dialog.transferTarget?.int),
        ] {
            if let party {
                w.link(name, context.partyLabel(party), pointer: pointer + "/" + name, link: .pointer("/parties/\(party)"))
            }
        }
        for (name, target) in [
            ("target_dialog", dialog.targetDialog), ("original", dialog.original),
            ("consultation", dialog.consultation),
        ] {
            if let d = target?.int {
                w.link(name, context.dialogLabel(d), pointer: pointer + "/" + name, link: .pointer("/dialog/\(d)"))
            }
        }
        ContactCenterLines.dialog(value, pointer: pointer, into: &w)
        for (k, event) in dialog.partyHistory.enumerated() {
            let who = event.party.map { context.partyLabel($0) } ?? "?"
            var text = w.name(k == 0 ? "history" : "")
            text.append(context.time.format(event.time) + "  " + (event.event ?? "?") + "  ", style: .plain)
            text.append(who, style: context.theme.accent.underlined)
            w.lines.append(
                DetailLine(
                    text, pointer: pointer + "/party_history/\(k)",
                    link: event.party.map { .pointer("/parties/\($0)") }, indent: w.nameWidth))
        }
        let shown = Set([
            "type", "start", "duration", "parties", "originator", "transferee", "transferor",
            "transfer_target", "transfer-target", "target_dialog", "target-dialog", "original",
            "consultation", "party_history", "body", "url", "content_hash", "alg", "signature",
        ]).union(ContactCenterLines.dialogKeys)
        otherFields(value, skip: shown, pointer: pointer, into: &w)
        if dialog.type != "transfer" && dialog.type != "incomplete" || dialog.content.body != nil {
            BodyLines.write(dialog.content, pointer: pointer, into: &w, context: context)
        }
        w.referencedBy(pointer, in: context.document)
    }

    static func analysis(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let vcon = context.document.vcon, let analysis = VConItems.analysis(vcon, index) else { return }
        let value = analysis.json
        let pointer = "/analysis/\(index)"
        w.heading("analysis[\(index)] " + (analysis.type ?? ""), pointer: pointer)
        w.field("type", analysis.type, pointer: pointer + "/type")
        for (n, d) in analysis.dialog.enumerated() {
            w.link(
                "dialog", context.dialogLabel(d), pointer: pointer + "/dialog", link: .pointer("/dialog/\(d)"),
                first: n == 0)
        }
        for (n, a) in analysis.attachment.enumerated() {
            w.link(
                "attachment", context.attachmentLabel(a), pointer: pointer + "/attachment",
                link: .pointer("/attachments/\(a)"), first: n == 0)
        }
        otherFields(
            value, skip: ["type", "dialog", "attachment", "body", "url", "content_hash", "alg", "signature"],
            pointer: pointer, into: &w)
        let wtf = analysis.content.jsonValue().flatMap(WTFTranscription.init(bodyIfWTF:))
        if !context.hex, let wtf { TranscriptLines.wtfFields(wtf, pointer: pointer, into: &w, context: context) }
        if !context.hex, let (turns, total) = Transcript.turns(analysis) {
            let dialogStart = analysis.dialog.first.flatMap { VConItems.dialog(vcon, $0)?.start }.flatMap(RFC3339Time.init)
            TranscriptLines.turns(
                turns, total: total, wtf: wtf, dialogStart: dialogStart, pointer: pointer, into: &w, context: context)
        } else {
            BodyLines.write(analysis.content, pointer: pointer, into: &w, context: context)
        }
        w.referencedBy(pointer, in: context.document)
    }

    static func attachment(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let vcon = context.document.vcon, let attachment = VConItems.attachment(vcon, index) else { return }
        let value = attachment.json
        let pointer = "/attachments/\(index)"
        w.heading(context.attachmentLabel(index), pointer: pointer)
        w.field(
            attachment.json["purpose"] == nil && attachment.json["type"] != nil ? "type" : "purpose",
            attachment.purpose, pointer: pointer + (attachment.json["purpose"] == nil ? "/type" : "/purpose"))
        w.field("start", attachment.start.map { context.time.format($0) }, pointer: pointer + "/start")
        if let p = attachment.party {
            w.link("party", context.partyLabel(p), pointer: pointer + "/party", link: .pointer("/parties/\(p)"))
        }
        if let d = attachment.dialog {
            w.link("dialog", context.dialogLabel(d), pointer: pointer + "/dialog", link: .pointer("/dialog/\(d)"))
        }
        otherFields(
            value,
            skip: [
                "purpose", "type", "start", "party", "dialog", "body", "url", "content_hash", "alg",
                "signature",
            ], pointer: pointer, into: &w)
        if !context.hex, let basis = LawfulBasis(attachment) {
            LawfulBasisLines.write(basis, vcon: vcon, pointer: pointer, into: &w, context: context)
        }
        if !context.hex, let wtf = WTFTranscription(owner: value) {
            // WTF -01 kept transcriptions in attachments.
            TranscriptLines.wtfFields(wtf, pointer: pointer, into: &w, context: context)
        }
        BodyLines.write(attachment.content, pointer: pointer, into: &w, context: context)
        w.referencedBy(pointer, in: context.document)
    }

    /// `parties  → [0] Alice …` lines, per channel when the dialog uses channels.
    static func partyLinks(
        _ parties: DialogParties, pointer: String, into w: inout DetailWriter,
        context: ContentContext
    ) {
        switch parties {
        case .none:
            return
        case .single(let p):
            w.link("parties", context.partyLabel(p), pointer: pointer, link: .pointer("/parties/\(p)"))
        case .list(let list):
            for (n, p) in list.enumerated() {
                if let p {
                    w.link(
                        "parties", context.partyLabel(p), pointer: pointer + "/\(n)", link: .pointer("/parties/\(p)"),
                        first: n == 0)
                } else {
                    w.field(n == 0 ? "parties" : "", "null (no party on this channel)", pointer: pointer + "/\(n)")
                }
            }
        case .channels(let channels):
            for (c, channel) in channels.enumerated() {
                for (n, p) in channel.enumerated() {
                    w.link(
                        n == 0 ? "channel \(c)" : "", context.partyLabel(p), pointer: pointer + "/\(c)/\(n)",
                        link: .pointer("/parties/\(p)"))
                }
            }
        }
    }
}
