import TermUI
import VConModel

/// The Security pane (a first version; issue 7 deepens it): the verdict, then one row per envelope layer.
///
///     ✔ Authentic — signed by grp.div.fakevcon.io
///     jws  verified   signature valid, chain to the given anchor
///     vcon plain
extension PaneContent {
    static func securityItems(context: ContentContext) -> [PaneItem] {
        let document = context.document
        let ascii = context.glyphs.isASCII
        guard let envelope = document.envelope else {
            let form = document.file?.layers.map(\.description).joined(separator: " > ") ?? "unreadable"
            return [PaneItem(row: SafeText((document.shortBadge ?? (ascii ? "[-]" : "·")) + " " + form), pointer: "")]
        }
        var items = [PaneItem(row: SafeText(envelope.badge(ascii: ascii), style: verdictStyle(envelope.verdict, context)),
                              pointer: "")]
        for layer in envelope.layers {
            var row = SafeText(layer.kind.rawValue.padding(5), style: context.theme.accent)
            row.append(layer.verdict.rawValue.padding(11), style: layerStyle(layer.verdict, context))
            row.append(layer.reason)
            items.append(PaneItem(row: row, pointer: ""))
        }
        return items
    }

    static func security(_ item: Int, into w: inout DetailWriter, context: ContentContext) {
        let document = context.document
        guard let envelope = document.envelope else {
            w.heading("Envelope")
            w.field("form", document.file?.layers.map(\.description).joined(separator: " > "), pointer: "")
            w.field("verdict", "not checked (no envelope report was given)", pointer: nil)
            return
        }
        if item == 0 {
            w.heading("Verdict")
            w.field("file", envelope.badge(ascii: context.glyphs.isASCII), pointer: nil,
                    style: verdictStyle(envelope.verdict, context))
            w.field("layers", envelope.stackLine, pointer: nil)
            return
        }
        guard item - 1 < envelope.layers.count else { return }
        let layer = envelope.layers[item - 1]
        w.heading("Layer \(item): \(layer.kind.rawValue)")
        w.field("verdict", layer.verdict.rawValue, pointer: nil, style: layerStyle(layer.verdict, context))
        w.field("reason", layer.reason, pointer: nil)
        w.field("form", layer.form, pointer: nil)
        w.field("size", ByteCount.format(layer.byteCount), pointer: nil)
        w.field("uuid", layer.claimedUUID, pointer: nil)
        for note in layer.notes { w.field(note.severity.rawValue, note.message, pointer: nil) }
        for header in layer.headers { w.field(header.name, "\(header.value)  (\(header.placement.rawValue))", pointer: nil) }
        for signature in layer.signatures {
            w.blank()
            w.heading("Signature \(signature.index)")
            w.field("alg", signature.algorithm, pointer: nil)
            w.field("verdict", signature.verdict.rawValue, pointer: nil, style: layerStyle(signature.verdict, context))
            w.field("reason", signature.reason, pointer: nil)
            w.field("key", signature.keyDescription, pointer: nil)
            w.field("uuid", signature.uuid, pointer: nil)
            for note in signature.notes { w.field(note.severity.rawValue, note.message, pointer: nil) }
            for certificate in signature.chain?.certificates ?? [] {
                w.field("cert", certificate.subject, pointer: nil)
                w.field("  issuer", certificate.issuer, pointer: nil)
                w.field("  key", "\(certificate.keyType) \(certificate.keyBits)", pointer: nil)
            }
            for header in signature.headers {
                w.field(header.name, "\(header.value)  (\(header.placement.rawValue))", pointer: nil)
            }
        }
        for recipient in layer.recipients {
            w.blank()
            w.heading("Recipient \(recipient.index)")
            w.field("alg", recipient.algorithm, pointer: nil)
            w.field("opened", recipient.opened ? "yes" : "no", pointer: nil)
            w.field("detail", recipient.detail, pointer: nil)
        }
    }

    static func verdictStyle(_ verdict: FileVerdict, _ context: ContentContext) -> Style {
        switch verdict {
        case .verified: context.theme.success.bolded
        case .unsigned: context.theme.normal
        case .untrusted, .encrypted: context.theme.warning
        case .invalid, .unreadable: context.theme.error
        }
    }

    static func layerStyle(_ verdict: LayerVerdict, _ context: ContentContext) -> Style {
        verdict.fileVerdict.map { verdictStyle($0, context) } ?? context.theme.muted
    }
}
