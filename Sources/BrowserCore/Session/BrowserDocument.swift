import VConModel

/// One vCon of the session as the browser shows it: the loaded file, its findings and envelope, and the
/// reverse index of references ("referenced by"). Built once; nothing here decodes a body.
public struct BrowserDocument: Sendable {
    /// Index of the member in the session's library.
    public var memberIndex: Int
    /// Where it came from (sanitised when drawn).
    public var name: String
    public var file: LoadedFile?
    public var vcon: VCon? { file?.vcon }
    /// The library member's uuid (`LibraryMember.uuid`: read once and shared, not read from the JSON per row).
    public var uuid: String?
    public var findings: [Finding]
    /// False until the findings are known: the browser validates after its first screen, off the UI loop
    /// (`Effect.checkFindings`), and `findings` is empty until then.
    public private(set) var findingsChecked: Bool
    /// The envelope verdicts, when the caller judged them (BrowserCore never checks signatures itself).
    public var envelope: EnvelopeResult?
    /// The short badge (`[S]`, `[s?]`, `[E]`, `[-]` or their Unicode glyphs), from the envelope or the library.
    public var shortBadge: String?
    /// The list's form badge, always in brackets (`[S] [S!] [s?] [E] [E!] [-]`, UX.md).
    public var formBadge: String {
        if let envelope { return envelope.shortBadge(ascii: true) }
        if let badge = shortBadge, badge.hasPrefix("[") { return badge }
        guard let file else { return "[?]" }
        if file.layers.contains(where: { if case .jwe = $0 { true } else { false } }) { return file.vcon == nil ? "[E]" : "[E!]" }
        if file.layers.contains(where: { if case .jws = $0 { true } else { false } }) { return "[s?]" }
        return "[-]"
    }

    /// Who points at each item: keyed by the item's pointer (`/parties/1`).
    public var referencedBy: ReferenceIndex
    /// The conversation's start (earliest dialog start, else `created_at`), for relative times.
    public var start: Double?
    /// The profile the findings follow (core-04 for 0.4.0 files), nil without a readable vCon.
    public var profile: Profile?
    /// "valid under core-03, not core-04: …" when that is so (header and Summary).
    public var profileNote: String?

    /// A document with its `findings`, or with its findings still to check (`findings` nil: see `findingsChecked`).
    public init(
        memberIndex: Int, name: String, file: LoadedFile?, findings: [Finding]?, envelope: EnvelopeResult?,
        shortBadge: String?, uuid: String? = nil
    ) {
        self.memberIndex = memberIndex
        self.uuid = uuid ?? file?.vcon?.uuid
        self.name = name
        self.file = file
        self.findings = findings ?? []
        findingsChecked = findings != nil
        self.envelope = envelope
        self.shortBadge = shortBadge
        let vcon = file?.vcon
        referencedBy = vcon.map(ReferenceIndex.init(vcon:)) ?? ReferenceIndex()
        let starts = vcon?.dialog.compactMap { $0.start.flatMap(RFC3339Time.init)?.epochSeconds } ?? []
        start = starts.min() ?? vcon?.createdAt.flatMap(RFC3339Time.init)?.epochSeconds
        profile = vcon.map(Profile.automatic(for:))
        if let vcon, findingsChecked { profileNote = Self.profileNote(vcon, findings: self.findings) }
    }

    /// Takes the findings checked after opening and the profile note they decide (`profileNote(_:findings:)`,
    /// made by the worker that checked them: it may validate the vCon again under core-03).
    public mutating func settle(findings: [Finding], profileNote: String?) {
        self.findings = findings
        findingsChecked = true
        self.profileNote = profileNote
    }

    /// "valid under core-03, not core-04: …", from the readable vCon's own findings (not the reader's or the
    /// envelope's). With a core-04 error it validates the vCon under core-03 too: never on the key loop.
    static func profileNote(_ vcon: VCon, findings: [Finding]) -> String? {
        ProfileComparison.forNewest(vcon, core04: findings.filter { !$0.section.isEmpty })?.summary
    }

    /// The last path component of the source (the header's file name). Found on the UTF-8 bytes: a `/` never
    /// occurs inside another character, and walking 100 000 paths by character was a fifth of building the rows.
    public var shortName: String {
        let bytes = name.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return name }
        let after = bytes.index(after: slash)
        if after != bytes.endIndex { return String(decoding: bytes[after...], as: UTF8.self) }
        let base = name.split(separator: "/").last.map(String.init) ?? name
        return base.isEmpty ? name : base
    }

    /// The root shown in the JSON pane and searched: the readable vCon, else the file's outer JSON.
    public var root: JSONValue? { vcon?.json ?? file?.document.root }

    /// The syntax generation, as the header shows it (`0.4.0`, `0.0.2 (inferred)`,
    /// `unknown version 0.0.3, read as 0.0.2`).
    public var generationText: String {
        guard let vcon else { return file.map { $0.form.name } ?? "unreadable" }
        return vcon.generationIsInferred ? "\(vcon.generation) (inferred)" : vcon.generationSummary
    }

    /// The header's note when the file is valid under core-03 but not under core-04 (`profileNote` says why),
    /// else nil: files valid under both, or invalid under both, need no comparison in the header.
    public var profileText: String? { profileNote == nil ? nil : "core-03 ok, not core-04" }
}
