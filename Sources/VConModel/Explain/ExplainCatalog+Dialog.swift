/// Dialog Object members (transfer and party history live in their own files).
extension ExplainCatalog {
    static let dialog: [FieldExplanation] = dialogCore + dialogSession + dialogContent + dialogRetired

    static let dialogTypes = [
        AllowedValue("recording", "audio and/or video of part of the conversation, inline or by URL", since: "0.0.1 +"),
        AllowedValue("text", "one text message (chat, SMS, one email) from a party", since: "0.0.1 +"),
        AllowedValue("transfer", "no content: records who transferred whom and which dialogs are involved", since: "0.0.1 (petrie-02) +"),
        AllowedValue(
            "incomplete", "no content: a call or session that never connected; disposition says why", since: "0.0.1 (petrie-02) +"),
        AllowedValue("recording-set", "no content: ties several recording dialogs of one call together", since: "0.4.0 (core-03) +"),
        AllowedValue("audio", "not defined by any draft; real files use it for what the drafts call recording", since: "no draft"),
        AllowedValue("video", "not defined by any draft; real files use it for what the drafts call recording", since: "no draft"),
    ]

    private static let dialogCore: [FieldExplanation] = [
        FieldExplanation(
            "dialog[].type", title: "Dialog type",
            meaning:
                "What kind of dialog this is. recording and text carry content; incomplete, transfer and recording-set carry only metadata and must not have body or url. core-04's Table 1 (4.3.1.6) says, per type, which members must, should, should not and must not be present. A dialog known to have happened but about which nothing is known is a placeholder with only type (and disposition \"failed\" for incomplete); core-03 used an empty {} instead.",
            specs: [.core("4.3.1", "type"), .core("4.3.1.6", "Dialog Object Parameter Applicability by Type"), .petrie("4.3.1", "type")],
            spellings: always("type"),
            values: dialogTypes,
            related: ["dialog[].disposition", "dialog[].recordings", "dialog[].transferee"]),
        FieldExplanation(
            "dialog[].start", title: "Dialog start time",
            meaning:
                "When this piece of dialog began: for text, when the party started typing (or sent it); for a recording, the moment the recording starts; for a recording set, the start of the whole call. Dialogs are not sorted by it. Up to core-03 every dialog had to have it; core-04 makes it a SHOULD (present unless not known) and optional on transfer dialogs (Table 1).",
            specs: [.core("4.3.2", "start"), .petrie("4.3.2", "start")],
            spellings: always("start") + [core04Row("start (SHOULD; optional on transfer)")],
            related: ["dialog[].duration"]),
        FieldExplanation(
            "dialog[].duration", title: "Dialog duration",
            meaning:
                "Length in seconds (integer or decimal) of the recording, of the typing of a text, or of the whole call for a recording set. Optional.",
            specs: [.core("4.3.3", "duration"), .petrie("4.3.3", "duration")], spellings: always("duration"),
            related: ["dialog[].start"]),
        FieldExplanation(
            "dialog[].parties", title: "Parties in this dialog",
            meaning:
                "Which parties produced this dialog, as indices into the top-level parties array. A single number or a flat array means one mixed channel; for multi-channel recordings there is one entry per channel (a number, an array, or null for an unused channel). The first party is taken as the originator unless originator says otherwise.",
            specs: [.core("4.3.4", "parties"), .petrie("4.3.4", "parties")], spellings: always("parties"),
            indexes: "parties[]",
            related: ["parties", "dialog[].originator"]),
        FieldExplanation(
            "dialog[].originator", title: "Dialog originator",
            meaning:
                "The index of the party that started this dialog (the sender of a text, the caller or host of a call). Only needed when that party is not the first one in dialog parties.",
            specs: [.core("4.3.5", "originator")], spellings: since(.v0_0_1, "originator", drafts: "petrie-02 .. core-03"),
            indexes: "parties[]",
            related: ["dialog[].parties"]),
        FieldExplanation(
            "dialog[].recordings", title: "Recordings in this set",
            meaning:
                "On a recording-set dialog, the indices of the recording dialogs that together make up the call. Required there, not allowed on other types. Added in core-03.",
            specs: [.core("4.3.6", "recordings")],
            spellings: since(.v0_4_0, "recordings (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
            indexes: "dialog[]",
            related: ["dialog[].recording_set", "dialog[].type"]),
        FieldExplanation(
            "dialog[].recording_set", title: "Recording set this recording belongs to",
            meaning: "On a recording dialog, the index of the recording-set dialog it is part of. Added in core-03.",
            specs: [.core("4.3.7", "recording_set")],
            spellings: since(.v0_4_0, "recording_set (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
            indexes: "dialog[]",
            related: ["dialog[].recordings"]),
        FieldExplanation(
            "dialog[].disposition", title: "Why the call did not connect",
            meaning:
                "Required on an incomplete dialog: the reason the call or session failed before any conversation. It is about call setup, not the business outcome an agent might record (that is analysis).",
            specs: [.core("4.3.11", "disposition")], spellings: since(.v0_0_1, "disposition", drafts: "petrie-02 .. core-03"),
            values: [
                AllowedValue("no-answer", "nobody answered or accepted"),
                AllowedValue("congestion", "could not be completed because of system load"),
                AllowedValue("failed", "the attempt failed"),
                AllowedValue("busy", "the party was busy in another conversation"),
                AllowedValue("hung-up", "connected, but the party hung up before anything was said"),
                AllowedValue("voicemail-no-message", "voicemail answered but no message was left"),
            ],
            related: ["dialog[].type"]),
        FieldExplanation(
            "dialog[].application", title: "Application or channel",
            meaning:
                "The application, service or channel the conversation used, e.g. which web-conferencing service; the dialog type alone does not tell providers apart.",
            specs: [.core("4.3.15", "application")], spellings: since(.v0_0_1, "application", drafts: "container-01 .. core-03"),
            related: ["dialog[].message_id"]),
        FieldExplanation(
            "dialog[].message_id", title: "Message identifier",
            meaning:
                "The identifier the messaging system gave this message, such as an email Message-ID. Used to cross-reference the source and to avoid adding the same message twice.",
            specs: [.core("4.3.16", "message_id")],
            spellings: since(.v0_0_2, "message_id", drafts: "container-02 .. core-03", before: "petrie-00 .. container-01"),
            related: ["dialog[].application"]),
    ]

    private static let dialogSession: [FieldExplanation] = [
        FieldExplanation(
            "dialog[].session_id", title: "RFC 7989 session identifier",
            meaning:
                "The end-to-end session ID of the call (RFC 7989; H.323 has the same idea). Since 0.4.0 it is an object with local and remote UUIDs, or an array shaped like dialog parties when parties have different IDs (with {} for a party without one). In 0.3.0 it was a plain string.",
            specs: [.core("4.3.12", "session_id"), .core("2.2", "JSON Notation (SessionId)"), .core("7.1", "Version 0.3.0 to 0.4.0")],
            spellings: [
                GenerationSpelling(
                    from: .v0_0_1, through: .v0_0_2, spelling: GenerationSpelling.absent, drafts: "petrie-00 .. container-03"),
                GenerationSpelling(from: .v0_3_0, through: .v0_3_0, spelling: "session_id: String", drafts: "core-00"),
                GenerationSpelling(
                    from: .v0_4_0, through: nil, spelling: "session_id: {local, remote} or arrays of them", drafts: "core-01 .. core-03"),
            ],
            related: ["dialog[].session_id.local", "dialog[].session_id.remote", "dialog[].sip_call_id"]),
        FieldExplanation(
            "dialog[].session_id.local", title: "Session ID: local UUID",
            meaning:
                "The local-uuid half of an RFC 7989 session ID (Sender-UUID in H.460.27). When one end has none, the nil UUID of 32 zeros is used.",
            specs: [.core("4.3.12", "session_id"), .core("2.2", "JSON Notation (SessionId)")],
            spellings: since(.v0_4_0, "local", drafts: "core-01 .. core-03", before: "petrie-00 .. core-00 (no object)"),
            related: ["dialog[].session_id.remote"]),
        FieldExplanation(
            "dialog[].session_id.remote", title: "Session ID: remote UUID",
            meaning: "The remote-uuid half of an RFC 7989 session ID (Recipient-UUID in H.460.27); the nil UUID when unknown.",
            specs: [.core("4.3.12", "session_id"), .core("2.2", "JSON Notation (SessionId)")],
            spellings: since(.v0_4_0, "remote", drafts: "core-01 .. core-03", before: "petrie-00 .. core-00 (no object)"),
            related: ["dialog[].session_id.local"]),
    ]

    private static let dialogContent: [FieldExplanation] = contentFields(
        ContentSections(
            owner: "dialog[]", noun: "dialog",
            coreContent: .core("4.3.10", "Dialog Content"), coreMediatype: .core("4.3.8", "mediatype"),
            coreFilename: .core("4.3.9", "filename"),
            petrieContent: .petrie("4.3.7", "Dialog Content"), petrieMediatype: .petrie("4.3.5", "mimetype"),
            petrieFilename: .petrie("4.3.6", "filename")))

    private static let dialogRetired: [FieldExplanation] = [
        retiredContactCenter(
            "interaction", "Interaction",
            "A contact center interaction label; split into interaction_type and interaction_id in container-01.", drafts: "petrie-04")
    ]

    private static func retiredContactCenter(_ name: String, _ title: String, _ meaning: String, drafts: String) -> FieldExplanation {
        FieldExplanation(
            "dialog[].\(name)", title: "\(title) (retired contact center field)",
            meaning: meaning + " Defined only in drafts \(drafts); core-00 moved the contact center fields to a separate extension.",
            standing: .retired, specs: [.draft("draft-petrie-vcon-04 / draft-ietf-vcon-vcon-container-01", name)],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_0_2, spelling: name, drafts: drafts),
                GenerationSpelling(from: .v0_3_0, through: nil, spelling: "- (contact center extension)", drafts: "core-00 .. core-03"),
            ])
    }
}
