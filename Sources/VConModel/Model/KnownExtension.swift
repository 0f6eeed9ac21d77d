/// The vCon extensions this reader understands, with the draft that defines each. All four are
/// Compatible extensions: a reader that does not know them may ignore their members.
public struct KnownExtension: Sendable, Equatable {
    /// The token in `extensions` / `critical`.
    public let name: String
    /// The defining draft.
    public let draft: String
    /// What the browser shows for it.
    public let summary: String
    /// True when the draft says the name MUST NOT be listed in `critical` (otherwise it only need not be).
    public let forbiddenInCritical: Bool

    public static let all: [KnownExtension] = [
        KnownExtension(
            name: "sip-signaling", draft: "draft-howe-vcon-sip-signaling-00",
            summary: "SIP signaling and STIR/SHAKEN: sip-* and stir-* attachments, ladder", forbiddenInCritical: true),
        KnownExtension(
            name: "wtf_transcription", draft: "draft-howe-vcon-wtf-extension-02",
            summary: "WTF transcription: segments with times, speakers, confidence, words", forbiddenInCritical: false),
        KnownExtension(
            name: "CC", draft: "draft-ietf-vcon-cc-extension-02",
            summary: "contact center: party role and contact_list, dialog campaign, interaction, skill", forbiddenInCritical: false),
        KnownExtension(
            name: "lawful_basis", draft: "draft-howe-vcon-lawful-basis-02",
            summary: "lawful basis attachments: basis, expiration, purpose grants", forbiddenInCritical: false),
    ]

    /// The extension named `name`, if this reader knows it (names are case-sensitive, §6.4.1).
    public static func named(_ name: String) -> KnownExtension? { all.first { $0.name == name } }
}
