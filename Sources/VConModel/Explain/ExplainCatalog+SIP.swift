/// Party and dialog parameters of the SIP signaling extension (draft-howe-vcon-sip-signaling-00).
extension ExplainCatalog {
    private static func sipParameter(
        _ path: String, _ title: String, _ meaning: String, _ section: SpecReference, related: [String]
    ) -> FieldExplanation {
        let name = path.split(separator: ".").last.map(String.init) ?? path
        return FieldExplanation(
            path, title: title, meaning: meaning, standing: .extension,
            specs: [section],
            spellings: [
                GenerationSpelling(
                    from: .v0_4_0, through: nil, spelling: "\(name) (extension sip-signaling)", drafts: "sip-signaling-00 over core-02")
            ],
            related: related)
    }

    static let sipParameters: [FieldExplanation] = [
        sipParameter(
            "parties[].sip_contact", "SIP Contact of the party",
            "The URI from the party's SIP Contact header, where its user agent could actually be reached during the call; it may differ from the address in sip. Should include the sip: or sips: scheme.",
            .sip("4.1", "sip_contact"), related: ["parties[].sip", "parties[].sip_user_agent"]),
        sipParameter(
            "parties[].sip_user_agent", "SIP User-Agent of the party",
            "The party's SIP User-Agent header value: the phone or software and its version, useful when chasing interoperability problems.",
            .sip("4.2", "sip_user_agent"), related: ["parties[].sip_contact"]),
        sipParameter(
            "parties[].sip_display_name", "SIP display name of the party",
            "The display name the SIP From or To header claimed for the party. It may differ from name, which is the party's known identity rather than what the signaling asserted.",
            .sip("4.3", "sip_display_name"), related: ["parties[].name", "parties[].sip"]),
        sipParameter(
            "dialog[].sip_call_id", "SIP Call-ID of the dialog",
            "The complete SIP Call-ID header value of the call, the key for matching this dialog with SIP server logs, CDRs and packet captures. Dialogs from the same SIP dialog share it; a sip-message-trace's call_id must match it.",
            .sip("5.1", "sip_call_id"), related: ["dialog[].sip_from_tag", "dialog[].sip_to_tag", "dialog[].session_id"]),
        sipParameter(
            "dialog[].sip_from_tag", "SIP From tag",
            "The tag parameter of the From header. Together with the Call-ID and the To tag it identifies the SIP dialog.",
            .sip("5.2", "sip_from_tag"), related: ["dialog[].sip_call_id", "dialog[].sip_to_tag"]),
        sipParameter(
            "dialog[].sip_to_tag", "SIP To tag",
            "The tag parameter of the To header, set by the answering side; missing when the call never got that far (e.g. an incomplete dialog).",
            .sip("5.3", "sip_to_tag"), related: ["dialog[].sip_call_id", "dialog[].sip_from_tag"]),
        sipParameter(
            "dialog[].sip_cseq", "SIP CSeq number",
            "The sequence number from the CSeq header of the request that created the SIP dialog (usually the INVITE); an unsigned integer. Helps pick the right transaction when several share a Call-ID.",
            .sip("5.4", "sip_cseq"), related: ["dialog[].sip_call_id"]),
    ]
}
