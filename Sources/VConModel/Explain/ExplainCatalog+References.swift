/// The objects that link one vCon to another: redacted, amended (formerly appended) and group.
extension ExplainCatalog {
    static let references: [FieldExplanation] =
        [
            FieldExplanation(
                "redacted", title: "Redacted from (less redacted original)",
                meaning:
                    "Marks this vCon as a redacted copy and points at the version it was made from, which still holds the removed data. Items removed from arrays should leave empty placeholders so indices stay valid. It cannot be combined with amended (or, before core-02, group).",
                specs: [.core("4.1.8", "redacted"), .petrie("4.1.5", "redacted")],
                spellings: always("redacted"),
                related: ["redacted.uuid", "redacted.type", "amended"]),
            FieldExplanation(
                "redacted.type", title: "Kind of redaction",
                meaning:
                    "A label for what was redacted relative to the referenced version, for example which kind of personal data was removed. The values are not fixed by the drafts. The JSON schema requires it; the first drafts did not have it.",
                specs: [.core("4.1.8.1", "Redacted Object")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_0_1, spelling: "- (petrie-00..02) / type (petrie-03 +)",
                        drafts: "petrie-00 .. container-01"),
                    GenerationSpelling(from: .v0_0_2, through: nil, spelling: "type", drafts: "container-02 .. core-03"),
                ],
                related: ["redacted.uuid"]),
            FieldExplanation(
                "amended", title: "Amends (prior version)",
                meaning:
                    "Marks this vCon as a newer version of another one: a full copy of it with data added or changed (for example new analysis), since a signed vCon cannot be edited in place. It points at the prior version by uuid and optionally url + content_hash. Mutually exclusive with redacted.",
                specs: [.core("4.1.9", "amended"), .petrie("4.1.6", "appended"), .core("7.1", "Version 0.3.0 to 0.4.0")],
                spellings: [
                    GenerationSpelling(from: .v0_0_1, through: .v0_3_0, spelling: "appended", drafts: "petrie-00 .. core-00"),
                    GenerationSpelling(from: .v0_4_0, through: nil, spelling: "amended", drafts: "core-01 .. core-03"),
                ],
                related: ["amended.uuid", "redacted"]),
            FieldExplanation(
                "group", title: "Group of vCons",
                meaning:
                    "Aggregates several vCons into one conversation, e.g. a chat that became a call and then a video meeting, each captured separately. Each entry names a member vCon by uuid, inline body or url + hash. Removed in core-02 (0.4.0); the name is now only reserved for a future extension.",
                standing: .retired,
                specs: [.petrie("4.1.7", "group Objects Array"), .core("6.3.2", "vCon Object Parameter Names Registry (reserved)")],
                spellings: [
                    GenerationSpelling(from: .v0_0_1, through: .v0_4_0, spelling: "group", drafts: "petrie-00 .. core-01"),
                    GenerationSpelling(from: .v0_4_0, through: nil, spelling: "- (reserved)", drafts: "core-02 .. core-03"),
                ],
                related: ["group[].uuid", "group[].body"]),
            FieldExplanation(
                "group[]", title: "Group Object",
                meaning:
                    "One member of a group: a reference to another vCon by uuid, the vCon itself inline (body with encoding json), or an external copy (url with its hash).",
                standing: .retired,
                specs: [.petrie("4.6", "Group Object")],
                related: ["group", "group[].uuid"]),
        ]
        + referenceFields(
            owner: "redacted", noun: "the less redacted vCon", section: .core("4.1.8.1", "Redacted Object"),
            petrie: .petrie("4.1.5", "redacted"), inlineUntil: .v0_0_2, retired: false)
        + referenceFields(
            owner: "amended", noun: "the prior vCon version", section: .core("4.1.9.1", "Amended Object"),
            petrie: .petrie("4.1.6", "appended"), inlineUntil: .v0_0_2, retired: false)
        + referenceFields(
            owner: "group[]", noun: "the member vCon", section: .petrie("4.6", "Group Object"),
            petrie: .petrie("4.6", "Group Object"), inlineUntil: .v0_4_0, retired: true)

    /// uuid, url, content_hash, the 0.0.1 alg/signature pair, and inline body/encoding of a reference object.
    static func referenceFields(
        owner o: String, noun: String, section: SpecReference, petrie: SpecReference, inlineUntil: Generation, retired: Bool
    ) -> [FieldExplanation] {
        let standing: FieldExplanation.Standing = retired ? .retired : .core
        let inlineStanding: FieldExplanation.Standing = retired || inlineUntil < .v0_4_0 ? .retired : .core
        let inlineRows = [
            GenerationSpelling(from: .v0_0_1, through: inlineUntil, spelling: "body + encoding", drafts: "petrie-00 .."),
            GenerationSpelling(
                from: inlineUntil == .v0_4_0 ? .v0_4_0 : nextAfter(inlineUntil), through: nil,
                spelling: "- (inline copy removed)", drafts: inlineUntil == .v0_4_0 ? "core-02 .." : "later drafts"),
        ]
        return [
            FieldExplanation(
                "\(o).uuid", title: "UUID of \(noun)",
                meaning:
                    "The uuid of \(noun). It lets a reader find that vCon in a library or bundle even when no copy or URL is given; when it is missing, the other version may not exist or not be available."
                    + (o == "amended"
                        ? " For amended, core-04 makes it optional only when url (with content_hash) is given; core-03 also let an inline copy stand in."
                        : ""),
                standing: standing, specs: [section, petrie], spellings: always("uuid"),
                related: ["uuid", "\(o).url"]),
            FieldExplanation(
                "\(o).url", title: "URL of \(noun)",
                meaning:
                    "An HTTPS location of \(noun). Access to it should be restricted to those allowed to see its contents; the hash next to it proves the download is the right file.",
                standing: standing, specs: [section, .core("2.4.1", "url"), petrie], spellings: always("url"),
                related: ["\(o).content_hash", "\(o).uuid"]),
            FieldExplanation(
                "\(o).content_hash", title: "Hash of \(noun)",
                meaning: "The hash (\"sha512-...\", or an array of such tokens) of the file at url. Required whenever url is given.",
                standing: standing, specs: [section, .core("2.4.2", "content_hash")], spellings: contentHashSpellings,
                related: ["\(o).url"]),
            FieldExplanation(
                "\(o).alg", title: "Hash algorithm for \(noun) (0.0.1)",
                meaning:
                    "First-syntax name of the hash algorithm used for the file at url, normally \"SHA-512\"; replaced by the prefix of content_hash.",
                standing: .retired, specs: [petrie, .petrie("2.4.2", "alg")], spellings: legacyHashPartSpellings("alg"),
                values: [AllowedValue("SHA-512", "SHA-512 digest", since: "0.0.1")],
                related: ["\(o).signature", "\(o).content_hash"]),
            FieldExplanation(
                "\(o).signature", title: "Digest of \(noun) (0.0.1)",
                meaning: "First-syntax base64url SHA-512 digest of the file at url (a hash, not a signature); replaced by content_hash.",
                standing: .retired, specs: [petrie, .petrie("2.4.3", "signature")], spellings: legacyHashPartSpellings("signature"),
                related: ["\(o).alg", "\(o).content_hash"]),
            FieldExplanation(
                "\(o).body", title: "Inline copy of \(noun)",
                meaning:
                    "Early drafts let \(noun) travel inside this object, as JSON (encoding json). A redacted original had to be in encrypted form when carried this way. Later drafts dropped the inline copy and keep only uuid and url.",
                standing: inlineStanding, specs: [petrie], spellings: inlineRows,
                related: ["\(o).encoding", "\(o).uuid"]),
            FieldExplanation(
                "\(o).encoding", title: "Encoding of the inline copy",
                meaning: "How the inline body is represented; for an inline vCon it must be \"json\".",
                standing: inlineStanding, specs: [petrie, .petrie("2.3.2", "encoding")], spellings: inlineRows,
                values: encodingValues,
                related: ["\(o).body"]),
        ]
    }

    private static func nextAfter(_ generation: Generation) -> Generation {
        switch generation {
        case .v0_0_1: .v0_0_2
        case .v0_0_2: .v0_3_0
        default: .v0_4_0
        }
    }
}
