@testable import VConModel

/// One small vCon per core-04 rule, valid and invalid: under `profile`, `rule` reports at `pointer`
/// with `severity`, or (severity nil) reports nothing there. Shared by the rule tests and the
/// schema-agreement test (which writes them to files for Python jsonschema).
struct Core04Case: Sendable, CustomStringConvertible {
    var name: String
    var json: String
    var profile: Profile
    var rule: String
    var pointer: String
    var severity: Finding.Severity?
    var description: String { "\(name) [\(profile)]" }
}

enum Core04Fixtures {
    static let uuid = "01928e10-193e-8231-b9a2-279e0d16bc46"
    static let at = "2024-01-15T10:00:00Z"

    /// A clean 0.4.0 vCon with two parties and `members` appended.
    static func vcon(_ members: String) -> String {
        #"{"vcon":"0.4.0","uuid":"\#(uuid)","created_at":"\#(at)","parties":[{"name":"A","tel":"+15550100"},{"name":"B","tel":"+15550101"}]"#
            + (members.isEmpty ? "" : "," + members) + "}"
    }

    static let text = #"{"type":"text","start":"\#(at)","parties":[0,1],"mediatype":"text/plain","encoding":"none","body":"hi"}"#
    static let recording =
        #"{"type":"recording","start":"\#(at)","parties":[0,1],"mediatype":"audio/x-wav","url":"https://example.com/a.wav","content_hash":"sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}"#

    /// `dialog: [text, text, <transfer>]`.
    static func transfer(_ members: String) -> String {
        vcon(#""dialog":[\#(text),\#(text),{"type":"transfer","transferee":0,"transferor":1\#(members.isEmpty ? "" : "," + members)}]"#)
    }

    static func both(
        _ name: String, _ json: String, _ rule: String, _ pointer: String, core04: Finding.Severity?, core03: Finding.Severity?
    )
        -> [Core04Case]
    {
        [
            Core04Case(name: name, json: json, profile: .core04, rule: rule, pointer: pointer, severity: core04),
            Core04Case(name: name, json: json, profile: .core03, rule: rule, pointer: pointer, severity: core03),
        ]
    }

    static let cases: [Core04Case] =
        // §4.3.1.6 Table 1
        both(
            "transfer with parties (X)", transfer(#""original":0,"target_dialog":1,"parties":[0,1]"#), "dialog-parameters",
            "/dialog/2/parties", core04: .error, core03: nil)
        + both(
            "transfer without start (O)", transfer(#""original":0,"target_dialog":1"#), "required-field", "/dialog/2", core04: nil,
            core03: .error)
        + both(
            "transfer without original (S)", transfer(#""target_dialog":1"#), "dialog-parameters", "/dialog/2", core04: .warning,
            core03: nil)
        + both(
            "recording-set with mediatype (X)",
            vcon(
                #""dialog":[\#(recording),{"type":"recording-set","start":"\#(at)","parties":[0,1],"recordings":[0],"mediatype":"audio/x-wav"}]"#
            ),
            "dialog-parameters", "/dialog/1/mediatype", core04: .error, core03: nil)
        + both(
            "incomplete with message_id (X)",
            vcon(#""dialog":[{"type":"incomplete","start":"\#(at)","disposition":"busy","message_id":"<m@x>"}]"#),
            "dialog-parameters", "/dialog/0/message_id", core04: .error, core03: nil)
        + both(
            "transfer with session_id (X)", transfer(#""original":0,"target_dialog":1,"session_id":{"local":"a","remote":"b"}"#),
            "dialog-parameters", "/dialog/2/session_id", core04: .error, core03: nil)
        + both(
            "inline text without mediatype (M, footnote 1)",
            vcon(#""dialog":[{"type":"text","start":"\#(at)","parties":[0,1],"encoding":"none","body":"hi"}]"#),
            "dialog-parameters", "/dialog/0", core04: .error, core03: nil)
        + both(
            "external recording without mediatype (footnote 1: optional)",
            vcon(#""dialog":[\#(recording.replacingOccurrences(of: #""mediatype":"audio/x-wav","#, with: ""))]"#),
            "dialog-parameters", "/dialog/0", core04: nil, core03: nil)
        + both(
            "text without start (S)", vcon(#""dialog":[\#(text.replacingOccurrences(of: #""start":"\#(at)","#, with: ""))]"#),
            "dialog-parameters", "/dialog/0", core04: .warning, core03: nil)
        + both(
            "body without encoding (footnote 3)", vcon(#""dialog":[\#(text.replacingOccurrences(of: #""encoding":"none","#, with: ""))]"#),
            "encoding", "/dialog/0", core04: .error, core03: .warning)
        + both("clean text dialog", vcon(#""dialog":[\#(text)]"#), "dialog-parameters", "/dialog/0", core04: nil, core03: nil)
        // §4.3 placeholders
        + both(
            "empty dialog object", vcon(#""dialog":[{}]"#), "placeholder", "/dialog/0", core04: .error, core03: nil)
        + both(
            "typed placeholder", vcon(#""dialog":[{"type":"recording"}]"#), "dialog-parameters", "/dialog/0", core04: nil, core03: nil)
        + both(
            "typed placeholder has no content warning", vcon(#""dialog":[{"type":"recording"}]"#), "content-presence", "/dialog/0",
            core04: nil, core03: .warning)
        + both(
            "incomplete placeholder", vcon(#""dialog":[{"type":"incomplete","disposition":"failed"}]"#), "dialog-parameters",
            "/dialog/0", core04: nil, core03: nil)
        // §4.3.14 single indices
        + both(
            "original as an array", transfer(#""original":[0],"target_dialog":1"#), "transfer-single-index", "/dialog/2/original",
            core04: .error, core03: nil)
        + both(
            "original as an index", transfer(#""original":0,"target_dialog":1"#), "transfer-single-index", "/dialog/2/original",
            core04: nil, core03: nil)
        // §4.2.10 party uuid
        + both(
            "free-form party uuid", vcon("").replacingOccurrences(of: #""name":"A","#, with: #""name":"A","uuid":"agent-0042","#),
            "party-uuid", "/parties/0/uuid", core04: nil, core03: .info)
        + both(
            "duplicate party uuid",
            vcon("").replacingOccurrences(of: #""name":"A","#, with: #""name":"A","uuid":"x1","#)
                .replacingOccurrences(of: #""name":"B","#, with: #""name":"B","uuid":"x1","#),
            "party-uuid", "/parties/1/uuid", core04: .warning, core03: .warning)
        // §4.2.6 did
        + both(
            "valid did", vcon("").replacingOccurrences(of: #""name":"A","#, with: #""name":"A","did":"did:example:123456789abcdef","#),
            "party-did", "/parties/0/did", core04: nil, core03: nil)
        + both(
            "did without method", vcon("").replacingOccurrences(of: #""name":"A","#, with: #""name":"A","did":"example:123","#),
            "party-did", "/parties/0/did", core04: .error, core03: .error)
        // §4.1.9.1 amended uuid, §4.1.8.1 redacted type
        + both(
            "amended by url without uuid",
            vcon(
                #""amended":{"url":"https://example.com/v1.vcon","content_hash":"sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}"#
            ),
            "reference-object", "/amended", core04: nil, core03: nil)
        + both(
            "amended inline without uuid", vcon(#""amended":{"body":{"uuid":"x"},"encoding":"json"}"#), "reference-object", "/amended",
            core04: .error, core03: nil)
        + both(
            "amended with nothing", vcon(#""amended":{"type":"x"}"#), "reference-object", "/amended", core04: .error, core03: .error)
        + both(
            "redacted without type", vcon(#""redacted":{"uuid":"\#(uuid)"}"#), "reference-object", "/redacted", core04: .error,
            core03: nil)
        + both(
            "empty redacted", vcon(#""redacted":{}"#), "reference-object", "/redacted", core04: .warning, core03: nil)
        // §4.1.2 uuid, §4 at least one array
        + both(
            "no uuid", #"{"vcon":"0.4.0","created_at":"\#(at)","parties":[]}"#, "required-field", "", core04: .error, core03: .error)
        + both(
            "no arrays at all", #"{"vcon":"0.4.0","uuid":"\#(uuid)","created_at":"\#(at)"}"#, "vcon-content", "", core04: .warning,
            core03: nil)
        + both(
            "no parties but dialog", #"{"vcon":"0.4.0","uuid":"\#(uuid)","created_at":"\#(at)","dialog":[{"type":"recording"}]}"#,
            "required-field", "", core04: nil, core03: .warning)
        // §4.1.8 / §4.1.9 mutually exclusive
        + both(
            "redacted and amended", vcon(#""redacted":{"uuid":"\#(uuid)","type":"pii"},"amended":{"uuid":"\#(uuid)"}"#),
            "exclusive-references", "/amended", core04: .error, core03: .error)
        // §4.4.5 inline attachment mediatype
        + both(
            "inline attachment without mediatype",
            vcon(#""attachments":[{"purpose":"notes","start":"\#(at)","party":0,"dialog":0,"encoding":"none","body":"x"}]"#),
            "media-type", "/attachments/0", core04: .error, core03: nil)
        // §4.1.1 an older syntax checked against core-04 on request
        + both(
            "0.0.2 under a named profile", vcon("").replacingOccurrences(of: "0.4.0", with: "0.0.2"), "vcon-version", "/vcon",
            core04: .error, core03: .error)
}

extension Core04Fixtures {
    /// Placeholders of removed data in a redacted vCon (§4.1.8), and outside one.
    static let redactionCases: [Core04Case] =
        both(
            "empty dialog in a redacted vCon", vcon(#""redacted":{"uuid":"\#(uuid)","type":"pii"},"dialog":[{}]"#), "placeholder",
            "/dialog/0", core04: .info, core03: nil)
        + both(
            "empty attachment outside a redaction", vcon(#""attachments":[{}]"#), "placeholder", "/attachments/0", core04: .warning,
            core03: nil)
}
