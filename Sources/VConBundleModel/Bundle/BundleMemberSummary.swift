import VConModel

/// What one vCon member holds, read once and kept small (no document), for listing and checking.
public struct BundleMemberSummary: Sendable {
    public let member: BundleMember
    /// The layers from the outside in (`[jws(general), unsigned]`); empty when unreadable.
    public let layers: [VConForm]
    /// The vCon's uuid and where it was found (`vcon`, `JWE unprotected header`, …).
    public let uuid: String?
    public let uuidSource: String?
    public let subject: String?
    /// Party labels (name, else tel/mailto/…), sanitised.
    public let partyNames: [String]
    /// External file references (empty for an encrypted vCon: they cannot be seen without a key).
    public let references: [FileReference]
    /// `group[]` uuids of entries that do not carry their member inline.
    public let groupUUIDs: [String]
    /// Why the member could not be read as a vCon, when it could not.
    public let problem: String?
    /// Why the inner vCon is not visible (encrypted), when it is not.
    public let innerNote: String?

    /// The outermost form's short name (`unsigned`, `jws-general`, `jwe-general`, `unreadable`).
    public var formName: String { layers.first?.name ?? "unreadable" }
    /// Whether the inner vCon (and so its references) is hidden by encryption.
    public var isEncrypted: Bool { layers.contains { if case .jwe = $0 { true } else { false } } }

    /// A one-line title: the subject, else the party names.
    public var title: String {
        if let subject, !subject.isEmpty { return TextSafety.line(subject) }
        if !partyNames.isEmpty { return partyNames.joined(separator: ", ") }
        if isEncrypted { return "(encrypted)" }
        return problem == nil ? "(no subject or parties)" : "(unreadable)"
    }

    public init(member: BundleMember, file: LoadedFile) {
        self.member = member
        layers = file.layers
        let found = EnvelopeUUID.find(in: file)
        uuid = found?.uuid
        uuidSource = found?.source
        let vcon = file.vcon
        subject = vcon?.subject
        partyNames = vcon?.parties.filter { !$0.isPlaceholder }.map { TextSafety.line($0.label) } ?? []
        // Line and column only point into the member when the vCon is the member itself.
        references = vcon.map { FileReference.all(in: $0, locate: !file.isEnveloped) } ?? []
        // A group entry that carries its member inline needs no other bundle member.
        groupUUIDs = vcon?.group.filter { $0.inlineBody == nil }.compactMap(\.uuid) ?? []
        problem = nil
        innerNote = file.innerNote
    }

    public init(member: BundleMember, problem: String) {
        self.member = member
        layers = []
        uuid = nil
        uuidSource = nil
        subject = nil
        partyNames = []
        references = []
        groupUUIDs = []
        self.problem = problem
        innerNote = nil
    }
}
