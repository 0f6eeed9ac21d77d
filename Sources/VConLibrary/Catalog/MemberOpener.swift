import Foundation
import VConModel

/// Opens one member's bytes: parse (once), name the layers, judge the envelope, decrypt when a key opens it,
/// validate. Pure apart from the crypto it is given; the catalog calls it the first time a member is needed.
public struct MemberOpener: Sendable {
    public var loader: FileLoader
    /// The crypto, inflater and clock to judge envelopes with; nil leaves envelopes unjudged (`show`, `validate`).
    public var envelope: EnvelopeContext?
    /// Whether to run the validator while opening (`validate` and `tree` do; the browser checks findings after its
    /// first screen, off the UI loop, and `bundle list` does not need them).
    public var validates: Bool
    /// The profile to validate under (nil: each vCon's automatic one, core-04 for 0.4.0 files).
    public var profile: Profile?

    public init(
        loader: FileLoader = FileLoader(), envelope: EnvelopeContext? = nil, validates: Bool = true, profile: Profile? = nil
    ) {
        self.profile = profile
        self.loader = loader
        self.envelope = envelope
        self.validates = validates
    }

    /// Opens `bytes`. Never throws: a member that cannot be opened carries its error.
    public func open(_ bytes: MemberBytes) -> OpenedMember {
        let file: LoadedFile
        do {
            file = try loader.load(buffer: bytes.buffer, source: bytes.sourceName)
        } catch {
            return OpenedMember(name: bytes.sourceName, file: nil, error: error, envelope: nil, decrypted: nil, findings: [])
        }
        var envelopeResult: EnvelopeResult?
        var decrypted: LoadedFile?
        if let context = envelope {
            // A plain JSON file is judged over the document already parsed (one parse per file, no copy);
            // gzip and compact forms go through the byte path, which decodes their layers.
            let plainJSON = file.layers.first.map { if case .gzip = $0 { false } else { true } } ?? false
            let judged =
                plainJSON && file.document.root.string == nil
                ? Envelope.unwrap(parsed: file.document, context: context) : Envelope.unwrap(bytes.buffer.bytes, context: context)
            envelopeResult = judged
            if file.vcon == nil, file.layers.contains(where: { if case .jwe = $0 { true } else { false } }),
                let inner = judged.innerBytes,
                let plain = try? loader.load(buffer: ByteBuffer(inner), source: bytes.sourceName + " (decrypted)")
            {
                decrypted = file.opened(by: plain)
            }
        }
        let readable = decrypted ?? file
        let findings = validates ? Validator.validate(readable, profile: profile) : []
        return OpenedMember(
            name: bytes.sourceName, file: file, error: nil, envelope: envelopeResult, decrypted: decrypted, findings: findings,
            checked: validates)
    }
}

/// A member opened as far as the keys allow: the file as stored, the plaintext a key reached, the envelope's
/// verdicts and the findings of what is readable.
public struct OpenedMember: Sendable {
    public var name: String
    /// The file as stored (nil when it is not JSON or not a vCon: `error` says why).
    public var file: LoadedFile?
    public var error: LoadError?
    public var envelope: EnvelopeResult?
    /// The same file with its encrypted layer opened by a key: outer layers plus the plaintext's, the inner vCon.
    public var decrypted: LoadedFile?
    public var findings: [Finding]
    /// False when the opener left validation for later (`MemberOpener.validates`: the browser checks findings after
    /// its first screen): `findings` is then empty, not "no findings".
    public var checked: Bool

    public init(
        name: String, file: LoadedFile?, error: LoadError?, envelope: EnvelopeResult?, decrypted: LoadedFile?, findings: [Finding],
        checked: Bool = true
    ) {
        self.name = name
        self.file = file
        self.error = error
        self.envelope = envelope
        self.decrypted = decrypted
        self.findings = findings
        self.checked = checked
    }

    /// What to show: the opened plaintext when a key reached it, else the file as stored. One row per vCon.
    public var readable: LoadedFile? { decrypted ?? file }
    public var vcon: VCon? { readable?.vcon }

    /// The summary fields a list row needs, read from the opened vCon (or an envelope's unprotected uuid).
    public var summary: MemberSummary {
        guard let vcon else { return MemberSummary(uuid: file?.envelopeUUID, form: file?.form.name) }
        return MemberSummary(
            uuid: vcon.uuid, subject: vcon.subject, createdAt: vcon.createdAt, updatedAt: vcon.updatedAt,
            partyNames: vcon.parties.map { $0.name ?? $0.tel ?? $0.mailto ?? "" },
            dialogCount: vcon.dialog.count, analysisCount: vcon.analysis.count, attachmentCount: vcon.attachments.count,
            form: file?.form.name)
    }
}
