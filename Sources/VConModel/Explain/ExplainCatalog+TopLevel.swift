/// Top-level members of the unsigned vCon object.
extension ExplainCatalog {
    static let topLevel: [FieldExplanation] = [
        FieldExplanation(
            "", title: "vCon object (unsigned form)",
            meaning:
                "The whole conversation record: who took part (parties), what was said or recorded (dialog), what was derived from it (analysis) and any other documents (attachments), plus identity and version links. A file with any of parties, dialog, analysis or attachments at the top is in the unsigned form.",
            specs: [
                .core("4", "Unsigned Form of vCon Object"), .core("5.4", "Differentiation of unsigned, signed and encrypted forms of vCon"),
            ],
            related: ["uuid", "parties", "dialog", "analysis", "attachments"]),
        FieldExplanation(
            "vcon", title: "Syntax version",
            meaning:
                "Names the draft syntax the file claims to follow. The newest drafts deprecate it in favour of the extension mechanism; when present it must be \"0.4.0\", and the newest examples leave it out. Real files often claim a version their spellings contradict.",
            specs: [.core("4.1.1", "vcon"), .petrie("4.1.1", "vcon")],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_0_1, spelling: "vcon: \"0.0.1\"", drafts: "petrie-00 .. container-01"),
                GenerationSpelling(from: .v0_0_2, through: .v0_0_2, spelling: "vcon: \"0.0.2\"", drafts: "container-02, -03"),
                GenerationSpelling(from: .v0_3_0, through: .v0_3_0, spelling: "vcon: \"0.3.0\"", drafts: "core-00"),
                GenerationSpelling(
                    from: .v0_4_0, through: nil, spelling: "vcon: \"0.4.0\" (deprecated; core-03 examples omit it)",
                    drafts: "core-01 .. core-04"),
            ],
            values: [
                AllowedValue("0.0.1", "first syntax: mimetype, alg+signature, appended, group", since: "petrie-00 .. container-01"),
                AllowedValue("0.0.2", "mediatype and content_hash", since: "container-02, -03"),
                AllowedValue("0.3.0", "transfer_target/target_dialog with underscores, extensions, must_support", since: "core-00"),
                AllowedValue("0.4.0", "amended, critical, session_id object; group dropped in core-02", since: "core-01 .. core-04"),
            ],
            related: ["extensions", "critical"]),
        FieldExplanation(
            "uuid", title: "vCon UUID",
            meaning:
                "The globally unique identifier of this vCon instance. Other vCons point at it by this value (group, redacted, amended), and a signed or encrypted envelope repeats it in its header. The drafts recommend a version 8 UUID derived from the creator's host name.",
            specs: [.core("4.1.2", "uuid"), .petrie("4.1.2", "uuid")],
            spellings: always("uuid"),
            related: ["redacted.uuid", "amended.uuid", "group[].uuid"]),
        FieldExplanation(
            "extensions", title: "Extensions used",
            meaning:
                "The names of the extensions whose parameters appear in this vCon, for example \"sip-signaling\". Software that does not know an extension listed only here may still process the vCon and ignore the extra data.",
            specs: [.core("4.1.3", "extensions"), .core("2.5", "Extending vCon")],
            spellings: since(.v0_3_0, "extensions", drafts: "core-00 .. core-03", before: "petrie-00 .. container-03"),
            related: ["critical"]),
        FieldExplanation(
            "critical", title: "Extensions required to read this vCon",
            meaning:
                "The names of extensions that change the meaning of core data. Software that does not support every name listed here must not process the vCon beyond rejecting it or telling the user. Each name should also appear in extensions.",
            specs: [.core("4.1.4", "critical"), .core("7.1", "Version 0.3.0 to 0.4.0")],
            spellings: [
                GenerationSpelling(
                    from: .v0_0_1, through: .v0_0_2, spelling: GenerationSpelling.absent, drafts: "petrie-00 .. container-03"),
                GenerationSpelling(from: .v0_3_0, through: .v0_3_0, spelling: "must_support", drafts: "core-00"),
                GenerationSpelling(from: .v0_4_0, through: nil, spelling: "critical", drafts: "core-01 .. core-03"),
            ],
            related: ["extensions"]),
        FieldExplanation(
            "created_at", title: "Creation time",
            meaning:
                "When this vCon was first created, as an RFC 3339 date-time. The drafts require it and say it should not change afterwards, yet many real files (and the drafts' own call examples) lack it.",
            specs: [.core("4.1.5", "created_at"), .petrie("4.1.3", "created_at")],
            spellings: always("created_at"),
            related: ["updated_at"]),
        FieldExplanation(
            "updated_at", title: "Last modification time",
            meaning: "When this vCon was last changed; for a signed vCon, when it was last signed. Optional.",
            specs: [.core("4.1.6", "updated_at")],
            spellings: since(.v0_0_1, "updated_at", drafts: "petrie-02 .. core-03"),
            related: ["created_at"]),
        FieldExplanation(
            "subject", title: "Conversation subject",
            meaning:
                "A free-text topic for the conversation, such as an email subject or a meeting title. Optional; it may also be filled in later from analysis.",
            specs: [.core("4.1.7", "subject"), .petrie("4.1.4", "subject")],
            spellings: always("subject")),
        FieldExplanation(
            "parties", title: "Parties array",
            meaning:
                "Everyone involved in the conversation, active or only observing, one Party Object each. Other objects name a party by its position in this array, so entries are never reordered; an anonymous or unknown party is still kept as an (almost) empty object.",
            specs: [.core("4.1.10", "parties Objects Array"), .petrie("4.1.8", "parties Objects Array")],
            spellings: always("parties"),
            related: ["parties[]", "dialog[].parties"]),
        FieldExplanation(
            "parties[]", title: "Party Object",
            meaning:
                "One participant or observer: how to reach or identify them (tel, sip, mailto, name, did), how their identity was checked (stir, validation), and where they were (gmlpos, civicaddress). Its index in parties is how dialog, analysis and attachments refer to it.",
            specs: [.core("4.2", "Party Object"), .petrie("4.2", "Party Object")],
            related: ["parties", "dialog[].parties", "attachments[].party"]),
        FieldExplanation(
            "dialog", title: "Dialog array",
            meaning:
                "The captured conversation itself, one Dialog Object per recording, text message, failed attempt, transfer or recording set. Entries stay in the order they were added (not necessarily by time), because other objects refer to them by index.",
            specs: [.core("4.1.11", "dialog Objects Array"), .petrie("4.1.9", "dialog Objects Array")],
            spellings: always("dialog"),
            related: ["dialog[]", "analysis[].dialog", "attachments[].dialog"]),
        FieldExplanation(
            "dialog[]", title: "Dialog Object",
            meaning:
                "One piece of the conversation: a recording or a text (with inline or referenced content), or content-free metadata for an incomplete call, a transfer or a set of recordings. Its type decides which other members are allowed.",
            specs: [.core("4.3", "Dialog Object"), .petrie("4.3", "Dialog Object")],
            related: ["dialog[].type", "dialog[].parties", "dialog[].start"]),
        FieldExplanation(
            "analysis", title: "Analysis array",
            meaning:
                "Results derived from the conversation, such as transcripts, summaries, sentiment or translations, one Analysis Object each. Optional.",
            specs: [.core("4.1.12", "analysis Objects Array"), .petrie("4.1.10", "analysis Objects Array")],
            spellings: always("analysis"),
            related: ["analysis[]"]),
        FieldExplanation(
            "analysis[]", title: "Analysis Object",
            meaning:
                "One analysis result: its kind (type), the dialogs or attachments it was made from, who produced it (vendor, product, schema) and the result itself as inline or referenced content.",
            specs: [.core("4.5", "Analysis Object"), .petrie("4.4", "Analysis Object")],
            related: ["analysis[].type", "analysis[].vendor", "analysis[].dialog"]),
        FieldExplanation(
            "attachments", title: "Attachments array",
            meaning:
                "Documents that go with the conversation but are not the conversation itself: files shared during it, images, signaling records, notes added later. Optional; kept in the order added.",
            specs: [.core("4.1.13", "attachments Objects Array"), .petrie("4.1.11", "attachments Objects Array")],
            spellings: always("attachments"),
            related: ["attachments[]"]),
        FieldExplanation(
            "attachments[]", title: "Attachment Object",
            meaning:
                "One ancillary document: what it is for (purpose), who contributed it (party), which dialog it belongs to, when it was exchanged (start), and its content inline or by reference.",
            specs: [.core("4.4", "Attachment Object"), .petrie("4.5", "Attachment Object")],
            related: ["attachments[].purpose", "attachments[].party", "attachments[].dialog"]),
    ]
}
