/// Attachments keyed by a SIP signaling purpose: the attachment, its body, and the fields of the JSON bodies
/// (message trace and verification report) the extension defines.
extension ExplainCatalog {
    /// The path of an attachment with a given purpose, e.g. `attachments[purpose=sip-sdp]`.
    static func purposePath(_ purpose: String) -> String { "attachments[purpose=\(purpose)]" }

    private static let bodyDetails: [String: (mediatype: String, body: String)] = [
        "sip-invite": (
            "message/sip",
            "The complete INVITE as sent on the wire: start line, headers and any SDP body, with CRLF line ends; encoding none for UTF-8 text, base64url otherwise."
        ),
        "sip-response": (
            "message/sip",
            "One complete SIP response (provisional 1xx or final 2xx-6xx) in wire format; the status line inside tells which."
        ),
        "sip-ack": ("message/sip", "The complete ACK request in wire format."),
        "sip-bye": ("message/sip", "The complete BYE request in wire format."),
        "sip-cancel": ("message/sip", "The complete CANCEL request in wire format."),
        "sip-update": ("message/sip", "The complete UPDATE request in wire format."),
        "sip-refer": ("message/sip", "The complete REFER request in wire format."),
        "sip-message-trace": (
            "application/json",
            "A JSON object (encoding json) with version, call_id and a chronological messages array describing every SIP request and response of the dialog."
        ),
        "sip-sdp": (
            "application/sdp", "An SDP session description from the signaling, as text: codecs, addresses and ports offered or answered."
        ),
        "sip-headers": (
            "application/json",
            "A JSON object whose keys are SIP header names and whose values are the header values (arrays for repeated headers). The producer chooses which headers to keep."
        ),
        "stir-certificate": (
            "application/pkix-cert or application/pem-certificate-chain",
            "The certificate (or PEM chain) that signed the PASSporT in the stir of the party this attachment names; kept so the PASSporT can be checked offline."
        ),
        "stir-verification-report": (
            "application/json",
            "A JSON object recording how a verifier judged the PASSporT: who checked, when, the result, the attestation level and the numbers it covered."
        ),
        "stir-passport-extended": (
            "application/passport",
            "A full PASSporT in JWS JSON serialization, for claims (such as Rich Call Data) too large for the compact form in the party's stir."
        ),
    ]

    static let sipAttachments: [FieldExplanation] =
        sipPurposes.flatMap { purpose -> [FieldExplanation] in
            let path = purposePath(purpose.value)
            let details = bodyDetails[purpose.value] ?? ("", "")
            return [
                FieldExplanation(
                    path, title: "Attachment: \(purpose.value)",
                    meaning:
                        "An attachment whose purpose is \"\(purpose.value)\": \(purpose.meaning). Defined by the SIP signaling extension; it should name the dialog, and the party that sent the message when known. Media type: \(details.mediatype).",
                    standing: .extension, specs: [purpose.section, .sip("6", "SIP Signaling Attachments")],
                    related: ["attachments[].purpose", "\(path).body"]),
                FieldExplanation(
                    "\(path).body", title: "Body of a \(purpose.value) attachment",
                    meaning: details.body,
                    standing: .extension, specs: [purpose.section],
                    related: ["attachments[].encoding", "attachments[].mediatype"]),
            ]
        } + traceFields + reportFields

    private static let trace = purposePath("sip-message-trace") + ".body"
    private static let traceSection = SpecReference.sip("6.2.1", "Trace Format")

    private static func traceField(_ name: String, _ title: String, _ meaning: String, values: [AllowedValue] = [], indexes: String? = nil)
        -> FieldExplanation
    {
        FieldExplanation(
            "\(trace).\(name)", title: title, meaning: meaning, standing: .extension,
            specs: [traceSection, .sip("C", "JSON Schema Extension")], values: values, indexes: indexes,
            related: [trace])
    }

    private static let traceFields: [FieldExplanation] = [
        traceField(
            "version", "Trace format version", "The version of the trace format; this draft defines \"1.0\".",
            values: [AllowedValue("1.0", "the format of draft-howe-vcon-sip-signaling-00")]),
        traceField(
            "call_id", "Trace Call-ID",
            "The SIP Call-ID the trace belongs to; must equal sip_call_id of the linked dialog when that is present."),
        traceField(
            "messages", "Trace messages",
            "The SIP requests and responses in the order they happened, one object each. The browser draws them as a ladder."),
        traceField(
            "messages[]", "Trace message",
            "One SIP request (with method) or response (with status_code and status_text), with its time, direction, sender and selected headers."
        ),
        traceField("messages[].timestamp", "Message time", "When the message was sent or received, as an RFC 3339 date-time. Required."),
        traceField(
            "messages[].direction", "Message direction", "Whether the producer of the vCon sent or received this message. Required.",
            values: [
                AllowedValue("sent", "sent by the vCon producer's side"), AllowedValue("received", "received by the vCon producer's side"),
            ]),
        traceField(
            "messages[].party", "Message sender",
            "The index in parties of the party that sent the message; left out when the sender is not known (the ladder then infers and marks it).",
            indexes: "parties[]"),
        traceField("messages[].method", "SIP method", "The request method, e.g. INVITE, ACK, BYE. Only on requests."),
        traceField("messages[].status_code", "SIP status code", "The response code from 100 to 699, e.g. 180 or 486. Only on responses."),
        traceField(
            "messages[].status_text", "SIP reason phrase",
            "The response's reason phrase, e.g. \"Ringing\" or \"Busy Here\". Only on responses."),
        traceField(
            "messages[].headers", "Selected headers",
            "An object of SIP header names to values (arrays for repeated headers); optional, and may hold all headers or a few."),
        traceField(
            "messages[].body", "Message body",
            "The SIP message body as a string, such as the full SDP text; base64url when binary, with body_encoding saying so."),
        traceField(
            "messages[].body_encoding", "Message body encoding", "Set to \"base64url\" when body holds binary data encoded as text.",
            values: [AllowedValue("base64url", "body is base64url-encoded binary")]),
    ]

    private static let report = purposePath("stir-verification-report") + ".body"

    private static func reportField(_ name: String, _ title: String, _ meaning: String, values: [AllowedValue] = []) -> FieldExplanation {
        FieldExplanation(
            "\(report).\(name)", title: title, meaning: meaning, standing: .extension,
            specs: [.sip("7.3", "STIR Verification Report Attachments")], values: values,
            related: [report, "parties[].stir"])
    }

    private static let reportFields: [FieldExplanation] = [
        reportField("verifier", "Verifier", "Who performed the PASSporT verification, e.g. the terminating carrier's service. Required."),
        reportField("timestamp", "Verification time", "When the verification was done, as an RFC 3339 date-time. Required."),
        reportField(
            "result", "Verification result",
            "The verifier's verdict on the PASSporT. Required. This is what the verifier reported, not something the browser checked.",
            values: [
                AllowedValue("verified", "signature valid and certificate chain trusted"),
                AllowedValue("failed", "signature did not validate"),
                AllowedValue("no-signature", "the call carried no PASSporT"),
                AllowedValue("stale", "the PASSporT's iat was outside the freshness window"),
                AllowedValue("certificate-error", "the certificate could not be validated or the chain was incomplete"),
            ]),
        reportField(
            "attestation", "Attestation level", "How strongly the originating carrier vouched for the caller (SHAKEN, RFC 8588).",
            values: [
                AllowedValue("A", "full: the carrier knows the customer and that they may use the number"),
                AllowedValue("B", "partial: the carrier knows the customer but not their right to the number"),
                AllowedValue("C", "gateway: the carrier only knows where the call entered its network"),
            ]),
        reportField("reason", "Result detail", "Optional free text explaining the result."),
        reportField("orig_tn", "Originating number", "The calling telephone number the PASSporT asserted."),
        reportField(
            "dest_tn", "Destination number(s)", "The called telephone number or numbers the PASSporT covered; a string or an array."),
    ]
}
