/// Attachment Object members.
extension ExplainCatalog {
    /// Purpose values defined by the SIP signaling extension (the core draft leaves purpose free text).
    static let sipPurposes: [(value: String, meaning: String, section: SpecReference)] = [
        ("sip-invite", "one SIP INVITE request, whole wire format (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        (
            "sip-response", "one SIP response; its status code is inside the message (message/sip)",
            .sip("6.1.1", "Purpose Values for SIP Methods")
        ),
        ("sip-ack", "one SIP ACK request (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        ("sip-bye", "one SIP BYE request (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        ("sip-cancel", "one SIP CANCEL request (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        ("sip-update", "one SIP UPDATE request (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        ("sip-refer", "one SIP REFER request (message/sip)", .sip("6.1.1", "Purpose Values for SIP Methods")),
        ("sip-message-trace", "the whole SIP exchange of a dialog as structured JSON", .sip("6.2", "SIP Message Trace")),
        ("sip-sdp", "an SDP body from the signaling (application/sdp)", .sip("6.3", "SDP Attachments")),
        ("sip-headers", "selected SIP headers as a JSON object", .sip("6.4", "SIP Header Summary")),
        ("stir-certificate", "the X.509 certificate or chain that signed a party's PASSporT", .sip("7.2", "STIR Certificate Attachments")),
        ("stir-verification-report", "the result of checking a PASSporT, as JSON", .sip("7.3", "STIR Verification Report Attachments")),
        (
            "stir-passport-extended", "a full PASSporT in JWS JSON serialization (application/passport)",
            .sip("7.4", "Extended PASSporT Attachments")
        ),
    ]

    static let attachment: [FieldExplanation] =
        [
            FieldExplanation(
                "attachments[].purpose", title: "Attachment purpose",
                meaning:
                    "A short text saying what the attachment is for. The core draft leaves the values open; extensions define their own, such as the sip-* and stir-* values of the SIP signaling extension. Before core-02 the drafts had only an undefined \"type or purpose\" heading, so many files write type instead.",
                specs: [.core("4.4.1", "purpose"), .petrie("4.5.1", "type or purpose"), .sip("A.4", "Attachment Purpose Values")],
                spellings: [
                    GenerationSpelling(
                        from: .v0_0_1, through: .v0_4_0, spelling: "- (heading \"type or purpose\" only; files write type)",
                        drafts: "petrie-00 .. core-01"),
                    GenerationSpelling(from: .v0_4_0, through: nil, spelling: "purpose", drafts: "core-02 .. core-03"),
                ],
                values: sipPurposes.map { AllowedValue($0.value, $0.meaning, since: "sip-signaling extension") },
                related: ["attachments[].type", "attachments[].body"]),
            FieldExplanation(
                "attachments[].start", title: "When the attachment was exchanged",
                meaning:
                    "The date and time the document was sent or shared. The JSON schema requires it. Attachments are not sorted by it.",
                specs: [.core("4.4.2", "start")], spellings: since(.v0_0_1, "start", drafts: "petrie-02 .. core-03"),
                related: ["dialog[].start"]),
            FieldExplanation(
                "attachments[].party", title: "Contributing party",
                meaning:
                    "The index of the party that distributed the document (not necessarily its author). That party need not have spoken; an organization that adds data to the vCon should appear as a party for this.",
                specs: [.core("4.4.3", "party"), .petrie("4.5.2", "party")], spellings: always("party"),
                indexes: "parties[]", related: ["attachments[].dialog"]),
            FieldExplanation(
                "attachments[].dialog", title: "Dialog the attachment belongs to",
                meaning: "The index of the dialog this attachment is part of. The JSON schema requires it.",
                specs: [.core("4.4.4", "dialog")],
                spellings: since(.v0_0_2, "dialog", drafts: "container-02 .. core-03", before: "petrie-00 .. container-01"),
                indexes: "dialog[]", related: ["attachments[].party"]),
        ]
        + contentFields(
            ContentSections(
                owner: "attachments[]", noun: "attachment",
                coreContent: .core("4.4.7", "Attachment Content"), coreMediatype: .core("4.4.5", "mediatype"),
                coreFilename: .core("4.4.6", "filename"),
                petrieContent: .petrie("4.5.5", "Attachment Content"), petrieMediatype: .petrie("4.5.3", "mimetype"),
                petrieFilename: .petrie("4.5.4", "filename")))
}
