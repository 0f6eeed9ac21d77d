import Foundation
import TermUI
import VConModel

/// The Security pane's content hashes and STIR PASSporTs (both computed by the session's checker, once).
///
///     Content hashes: 2 match, 1 mismatch, 1 not available offline
///     ✔ dialog[0]       sha512 matches the inline body (34 bytes)
///     ✖ dialog[3]       sha512 mismatch for bundle.vconz!files/…
///         expected    sha512-AAAA…
///         actual      sha512-BBBB…
///     – attachments[0]  not available offline (https://example.com/ticket.txt)
extension PaneContent {
    /// Why a vCon's hashes are not shown: no checker, or its checks are still running off the UI loop.
    private static func uncheckedReason(_ context: ContentContext) -> String {
        context.session.checker == nil ? "not checked (no checker in this session)" : "checking\(context.glyphs.ellipsis)"
    }

    static func hashesRow(context: ContentContext) -> SafeText {
        var row = securityLabel("hashes", context)
        guard let facts = context.session.securityFacts(context.document) else {
            row.append(uncheckedReason(context), style: context.theme.muted)
            return row
        }
        guard !facts.hashes.isEmpty else {
            row.append("no content hashes in this vCon", style: context.theme.muted)
            return row
        }
        let marks = Marks(ascii: context.glyphs.isASCII)
        let counts: [(HashCheck.Status, String, Style)] = [
            (.match, marks.ok, context.theme.success), (.mismatch, marks.bad, context.theme.error),
            (.notAvailable, marks.none, context.theme.muted), (.unusable, "?", context.theme.warning),
        ]
        for (status, mark, style) in counts {
            let n = facts.hashes.filter { $0.status == status }.count
            if n > 0 { row.append("\(n) \(mark)  ", style: style) }
        }
        return row
    }

    static func securityHashes(into w: inout DetailWriter, context: ContentContext) {
        guard let facts = context.session.securityFacts(context.document) else {
            w.heading("Content hashes")
            let why = context.session.checker == nil ? "not checked: this session has no hash checker" : uncheckedReason(context)
            w.text(why, pointer: nil, style: context.theme.muted)
            return
        }
        let checks = facts.hashes
        let summary = [
            (HashCheck.Status.match, "match"), (.mismatch, "mismatch"), (.notAvailable, "not available offline"),
            (.unusable, "unusable"),
        ].compactMap { status, words -> String? in
            let n = checks.filter { $0.status == status }.count
            return n > 0 ? "\(n) \(words)" : nil
        }
        w.heading("Content hashes" + (summary.isEmpty ? ": none in this vCon" : ": " + summary.joined(separator: ", ")))
        let marks = Marks(ascii: context.glyphs.isASCII)
        for check in checks {
            let (mark, style): (String, Style) =
                switch check.status {
                case .match: (marks.ok, context.theme.success)
                case .mismatch: (marks.bad, context.theme.error)
                case .notAvailable: (marks.none, context.theme.muted)
                case .unusable: ("?", context.theme.warning)
                }
            var line = SafeText(mark + " ", style: style)
            line.append(PointerText.path(check.pointer).padding(16), style: context.theme.accent.underlined)
            line.append(" " + check.detail)
            w.lines.append(DetailLine(line, pointer: check.pointer, link: .pointer(check.pointer), indent: 4))
            w.field("    url", check.url, pointer: check.pointer)
            if check.status == .mismatch {
                w.field("    expected", check.expected, pointer: check.pointer)
                w.field("    actual", check.actual, pointer: check.pointer, style: context.theme.error)
            } else if check.status != .match {
                w.field("    hash", check.expected, pointer: check.pointer, style: context.theme.muted)
            }
        }
        if !checks.isEmpty {
            w.blank()
            w.text(
                "Enter on a hash line goes to the item. External files are never fetched: they are looked up in "
                    + "the bundle's files/ and in --files DIR.", pointer: nil, style: context.theme.muted)
        }
    }

    // MARK: - STIR

    static func stirCheck(_ index: Int, context: ContentContext) -> StirCheck? {
        let all = context.session.securityFacts(context.document)?.stir ?? []
        return index < all.count ? all[index] : nil
    }

    static func stirPointer(_ index: Int, context: ContentContext) -> String {
        stirCheck(index, context: context)?.pointer ?? ""
    }

    static func stirRow(_ index: Int, context: ContentContext) -> SafeText {
        var row = securityLabel("stir", context)
        guard let check = stirCheck(index, context: context) else { return row }
        row.append(context.partyName(check.party) + " ")
        row.append(stirVerdictWords(check, marks: Marks(ascii: context.glyphs.isASCII)), style: layerStyle(check.verdict, context))
        let disagreeing = check.reports.filter { $0.disagreement != nil }.count
        if !check.reports.isEmpty {
            row.append(
                disagreeing > 0
                    ? ", \(disagreeing) " + (disagreeing == 1 ? "report disagrees" : "reports disagree")
                    : (check.reports.count == 1 ? ", report agrees" : ", reports agree"),
                style: disagreeing > 0 ? context.theme.error : context.theme.success)
        }
        return row
    }

    static func stirVerdictWords(_ check: StirCheck, marks: Marks) -> String {
        switch check.verdict {
        case .verified: "\(marks.ok) verified"
        case .untrusted: "? unverified"
        case .invalid: "\(marks.bad) invalid"
        default: "\(marks.bad) \(check.verdict.rawValue)"
        }
    }

    static func securityStir(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let check = stirCheck(index, context: context) else { return }
        let marks = Marks(ascii: context.glyphs.isASCII)
        w.heading("STIR PASSporT of " + context.partyLabel(check.party))
        w.link("party", context.partyLabel(check.party), pointer: check.pointer, link: .pointer("/parties/\(check.party)"))
        w.field("verdict", stirVerdictWords(check, marks: marks), pointer: check.pointer, style: layerStyle(check.verdict, context))
        w.field("reason", check.reason, pointer: check.pointer)
        w.field(
            "checked by", check.certificateSource ?? "no certificate: no stir-certificate attachment and no x5u",
            pointer: nil)
        if let chain = check.chain { w.field("chain", chainSummary(chain), pointer: nil, style: pathStyle(chain.pathValidation, context)) }
        for note in check.notes { w.field(note.severity.rawValue, note.message, pointer: nil, style: noteStyle(note, context)) }
        w.blank()
        w.heading("Header")
        for entry in check.header { w.field("  " + entry.name, entry.value, pointer: check.pointer) }
        w.blank()
        w.heading("Claims")
        for entry in check.claims {
            var value = entry.value
            if entry.name == "iat", let seconds = Double(entry.value) {
                value += "  (" + SecurityTime.format(Date(timeIntervalSince1970: seconds)) + ")"
            }
            w.field("  " + entry.name, value, pointer: check.pointer)
        }
        for name in ["attest", "orig", "dest", "iat", "origid"] where check.claim(name) == nil {
            w.field("  " + name, "(missing)", pointer: check.pointer, style: context.theme.warning)
        }
        if !check.reports.isEmpty {
            w.blank()
            w.heading("stir-verification-report attachments")
        }
        for report in check.reports {
            w.link("report", PointerText.path(report.pointer), pointer: report.pointer, link: .pointer(report.pointer))
            w.field("  verifier", report.verifier, pointer: report.pointer)
            w.field("  result", report.result, pointer: report.pointer)
            w.field("  attestation", report.attestation, pointer: report.pointer)
            if let disagreement = report.disagreement {
                w.field("  check", "\(marks.bad) disagrees: \(disagreement)", pointer: report.pointer, style: context.theme.error)
            } else {
                w.field(
                    "  check", "\(marks.ok) agrees with the PASSporT and our check", pointer: report.pointer,
                    style: context.theme.success)
            }
        }
    }
}
