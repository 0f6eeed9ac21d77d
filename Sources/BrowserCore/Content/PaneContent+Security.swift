import TermUI
import VConModel

/// The Security pane: the file verdict, one row per envelope layer (outermost first) with its badge, then the
/// certificate chains, headers, header/payload uuid, content hashes and STIR PASSporTs.
///
///     ✖ Invalid signature — signature does not match…   │ Layer 1: jws
///     jws  ✖ Invalid signature — signature does not…     │ verdict     invalid
///     vcon   the signed vCon                             │ reason      invalid signature: …
///     chain  3 certificates, trusted by CN=Demo Root CA  │
///     headers  jws: 1 protected, 2 unprotected           │
///     uuid  header = payload ✔                           │
///     hashes  2 ✔  1 –                                   │
///     stir  parties[0] ✔ verified, 1 report agrees       │
extension PaneContent {
    /// One row of the Security pane.
    enum SecurityEntry: Equatable {
        case verdict
        case layer(Int)
        case chain(layer: Int, signature: Int)
        case headers
        case uuid
        case hashes
        case stir(Int)
    }

    /// The rows for the open document, in order.
    static func securityEntries(context: ContentContext) -> [SecurityEntry] {
        var entries: [SecurityEntry] = [.verdict]
        if let envelope = context.document.envelope {
            entries += envelope.layers.indices.map { .layer($0) }
            for (l, layer) in envelope.layers.enumerated() {
                for signature in layer.signatures where signature.chain != nil {
                    entries.append(.chain(layer: l, signature: signature.index))
                }
            }
            if envelope.layers.contains(where: { !$0.headers.isEmpty || $0.signatures.contains { !$0.headers.isEmpty } }) {
                entries.append(.headers)
            }
            if !headerUUIDs(envelope).isEmpty { entries.append(.uuid) }
        }
        if context.document.payload != nil {
            entries.append(.hashes)
            let stir = context.session.securityFacts(context.document)?.stir ?? []
            entries += stir.indices.map { .stir($0) }
        }
        return entries
    }

    static func securityItems(context: ContentContext) -> [PaneItem] {
        let ascii = context.glyphs.isASCII
        let theme = context.theme
        let document = context.document
        return securityEntries(context: context).map { entry in
            switch entry {
            case .verdict:
                let style = document.envelope.map { verdictStyle($0.verdict, context) } ?? theme.normal
                return PaneItem(row: SafeText(SecurityBadge.file(document, ascii: ascii), style: style.bolded), pointer: "")
            case .layer(let index):
                guard let envelope = document.envelope else { return PaneItem(row: SafeText(), pointer: "") }
                let layer = envelope.layers[index]
                var row = securityLabel(layer.kind.rawValue, context)
                row.append(SecurityBadge.layer(layer, in: envelope, ascii: ascii), style: layerStyle(layer.verdict, context))
                return PaneItem(row: row, pointer: "")
            case .chain(let l, let s):
                return PaneItem(row: chainRow(layer: l, signature: s, context: context), pointer: "")
            case .headers:
                return PaneItem(row: headersRow(context: context), pointer: "")
            case .uuid:
                return PaneItem(row: uuidRow(context: context), pointer: "/uuid")
            case .hashes:
                return PaneItem(row: hashesRow(context: context), pointer: "")
            case .stir(let index):
                return PaneItem(row: stirRow(index, context: context), pointer: stirPointer(index, context: context))
            }
        }
    }

    static func security(_ item: Int, into w: inout DetailWriter, context: ContentContext) {
        let entries = securityEntries(context: context)
        guard item < entries.count else { return }
        switch entries[item] {
        case .verdict: securityVerdict(into: &w, context: context)
        case .layer(let index): securityLayer(index, into: &w, context: context)
        case .chain(let l, let s): securityChain(layer: l, signature: s, into: &w, context: context)
        case .headers: securityHeaders(into: &w, context: context)
        case .uuid: securityUUID(into: &w, context: context)
        case .hashes: securityHashes(into: &w, context: context)
        case .stir(let index): securityStir(index, into: &w, context: context)
        }
    }

    private static func securityVerdict(into w: inout DetailWriter, context: ContentContext) {
        let document = context.document
        w.heading("Verdict")
        w.field(
            "file", SecurityBadge.file(document, ascii: context.glyphs.isASCII), pointer: nil,
            style: document.envelope.map { verdictStyle($0.verdict, context) } ?? .plain)
        if let envelope = document.envelope {
            w.field("layers", envelope.stackLine, pointer: nil)
            if let deciding = envelope.decidingLayer {
                w.field("decided by", "\(deciding.kind.rawValue): \(deciding.reason)", pointer: nil)
            }
        } else {
            w.field("form", document.file?.layers.map(\.description).joined(separator: " > "), pointer: nil)
            w.field(
                "judged", "not judged here: no envelope report was given for this vCon", pointer: nil,
                style: context.theme.muted)
        }
        if let facts = context.session.securityFacts(document), facts.hashes.contains(where: { $0.status == .mismatch }) {
            w.field(
                "hashes", "a content hash does not match: the content is not what was hashed", pointer: nil,
                style: context.theme.error)
        }
        w.blank()
        w.text(
            "Trusted means: the chain reaches an anchor given with --trust or :trust FILE, or the key was pinned "
                + "with --key. :key FILE adds a key (and opens what it decrypts); every pane is judged again.",
            pointer: nil, style: context.theme.muted)
    }

    private static func securityLayer(_ index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let envelope = context.document.envelope, index < envelope.layers.count else { return }
        let layer = envelope.layers[index]
        w.heading("Layer \(index + 1) of \(envelope.layers.count): \(layer.kind.rawValue)")
        w.field(
            "badge", SecurityBadge.layer(layer, in: envelope, ascii: context.glyphs.isASCII), pointer: nil,
            style: layerStyle(layer.verdict, context))
        w.field("verdict", layer.verdict.rawValue, pointer: nil, style: layerStyle(layer.verdict, context))
        w.field("reason", layer.reason, pointer: nil)
        w.field("form", layer.form, pointer: nil)
        w.field("size", ByteCount.format(layer.byteCount), pointer: nil)
        w.field("uuid", layer.claimedUUID, pointer: nil)
        for note in layer.notes { w.field(note.severity.rawValue, note.message, pointer: nil, style: noteStyle(note, context)) }
        for signature in layer.signatures {
            w.blank()
            w.heading("Signature \(signature.index)")
            w.field("alg", signature.algorithm, pointer: nil)
            w.field("verdict", signature.verdict.rawValue, pointer: nil, style: layerStyle(signature.verdict, context))
            w.field("reason", signature.reason, pointer: nil)
            w.field("key", signature.keyDescription, pointer: nil)
            w.field("uuid", signature.uuid, pointer: nil)
            if let chain = signature.chain { w.field("chain", chainSummary(chain), pointer: nil) }
            for note in signature.notes {
                w.field(note.severity.rawValue, note.message, pointer: nil, style: noteStyle(note, context))
            }
        }
        for recipient in layer.recipients {
            w.blank()
            w.heading("Recipient \(recipient.index)")
            w.field("alg", recipient.algorithm, pointer: nil)
            w.field(
                "opened", recipient.opened ? "yes" : "no", pointer: nil,
                style: recipient.opened ? context.theme.success : context.theme.warning)
            w.field("detail", recipient.detail, pointer: nil)
        }
        if layer.verdict == .encrypted {
            w.blank()
            w.text(
                "No key opened it: pass --key FILE, or :key FILE here to judge everything again.", pointer: nil,
                style: context.theme.warning)
        }
    }

    /// The row label column: `jws     `, `chain   `, `hashes  `.
    static func securityLabel(_ text: String, _ context: ContentContext) -> SafeText {
        SafeText(text.padding(8), style: context.theme.accent)
    }

    static func noteStyle(_ note: EnvelopeNote, _ context: ContentContext) -> Style {
        switch note.severity {
        case .info: context.theme.muted
        case .warning: context.theme.warning
        case .error: context.theme.error
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
