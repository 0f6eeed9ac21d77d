import Testing

@testable import VConModel

/// One small vCon per rule concern, each producing its finding at its pointer with its severity.
@Suite struct RuleFixtureTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var json: String
        var rule: String
        var pointer: String
        var severity: Finding.Severity
        var description: String { name }
    }

    static let uuid = "01928e10-193e-8231-b9a2-279e0d16bc46"

    /// A clean vCon of `version` with two parties, plus `members` (a JSON members list, or "").
    static func vcon(_ members: String, version: String = "0.4.0") -> String {
        #"{"vcon":"\#(version)","uuid":"\#(uuid)","created_at":"2024-01-15T10:00:00Z","parties":[{"name":"A","tel":"+15550100"},{"name":"B"}]"#
            + (members.isEmpty ? "" : "," + members) + "}"
    }

    /// One text dialog with `extra` members.
    static func dialog(_ extra: String, type: String = "text") -> String {
        #""dialog":[{"type":"\#(type)","start":"2024-01-15T10:00:00Z","parties":[0,1],"mediatype":"text/plain","encoding":"none","body":"hi""#
            + (extra.isEmpty ? "" : "," + extra) + "}]"
    }

    /// One lawful-basis attachment (draft-howe-vcon-lawful-basis-02) whose body has `members`.
    static func lawfulBasis(_ members: String) -> String {
        #""attachments":[{"purpose":"lawful_basis","start":"2024-01-15T10:00:00Z","party":0,"encoding":"json","mediatype":"application/json","body":{"#
            + members + "}}]"
    }

    static let transfer =
        #""dialog":[{"type":"text","start":"2024-01-15T10:00:00Z","parties":[0,1],"mediatype":"text/plain","encoding":"none","body":"hi"},"#
        + #"{"type":"transfer","start":"2024-01-15T10:01:00Z","transferee":0,"transferor":1,"transfer_target":9,"original":0,"target_dialog":0,"parties":[0]}]"#

    static let cases: [Case] = [
        Case(
            name: "no uuid", json: #"{"created_at":"2024-01-15T10:00:00Z","parties":[]}"#, rule: "required-field", pointer: "",
            severity: .error),
        Case(
            name: "no created_at in 0.4.0", json: #"{"vcon":"0.4.0","uuid":"\#(uuid)","parties":[]}"#, rule: "required-field", pointer: "",
            severity: .error),
        Case(
            name: "no created_at in 0.0.1", json: #"{"vcon":"0.0.1","uuid":"\#(uuid)","parties":[]}"#, rule: "required-field", pointer: "",
            severity: .warning),
        Case(
            name: "dialog without start",
            json: vcon(#""dialog":[{"type":"text","parties":0,"encoding":"none","body":"x","mediatype":"text/plain"}]"#),
            rule: "required-field", pointer: "/dialog/0", severity: .error),
        Case(name: "subject is a number", json: vcon(#""subject":5"#), rule: "field-type", pointer: "/subject", severity: .error),
        Case(name: "null subject", json: vcon(#""subject":null"#), rule: "field-type", pointer: "/subject", severity: .info),
        Case(
            name: "parties as strings", json: vcon(dialog(#""originator":"0""#)), rule: "field-type", pointer: "/dialog/0/originator",
            severity: .error),
        Case(
            name: "uuid not a UUID", json: vcon("").replacingOccurrences(of: uuid, with: "call-42"), rule: "uuid-syntax", pointer: "/uuid",
            severity: .error),
        Case(
            name: "uuid version 4", json: vcon("").replacingOccurrences(of: uuid, with: "9b2c1d2e-4f5a-4b6c-8d7e-0f1a2b3c4d5e"),
            rule: "uuid-syntax", pointer: "/uuid", severity: .info),
        Case(
            name: "date with space", json: vcon(#""updated_at":"2024-01-15 10:00:00Z""#), rule: "date-syntax", pointer: "/updated_at",
            severity: .warning),
        Case(
            name: "date month 13", json: vcon(#""updated_at":"2024-13-15T10:00:00Z""#), rule: "date-syntax", pointer: "/updated_at",
            severity: .error),
        Case(
            name: "date without offset",
            json: vcon(dialog("")).replacingOccurrences(of: "10:00:00Z\",\"parties\":[0,1]", with: "10:00:00\",\"parties\":[0,1]"),
            rule: "date-syntax", pointer: "/dialog/0/start", severity: .error),
        Case(
            name: "media type without subtype", json: vcon(dialog("")).replacingOccurrences(of: "text/plain", with: "audio"),
            rule: "media-type", pointer: "/dialog/0/mediatype", severity: .error),
        Case(
            name: "encoding base64", json: vcon(dialog("")).replacingOccurrences(of: "\"none\"", with: "\"base64\""),
            rule: "encoding", pointer: "/dialog/0/encoding", severity: .error),
        Case(
            name: "standard base64 body",
            json: vcon(dialog("")).replacingOccurrences(
                of: #""encoding":"none","body":"hi""#, with: #""encoding":"base64url","body":"ab+/cd==""#),
            rule: "encoding", pointer: "/dialog/0/body", severity: .warning),
        Case(
            name: "not base64 at all",
            json: vcon(dialog("")).replacingOccurrences(
                of: #""encoding":"none","body":"hi""#, with: #""encoding":"base64url","body":"UklGRi...""#),
            rule: "encoding", pointer: "/dialog/0/body", severity: .error),
        Case(
            name: "body without encoding", json: vcon(dialog("")).replacingOccurrences(of: #""encoding":"none","#, with: ""),
            rule: "encoding", pointer: "/dialog/0", severity: .warning),
        Case(
            name: "short content hash",
            json: vcon(dialog(#""url":"https://x.example/a","content_hash":"sha512-abc""#, type: "recording")).replacingOccurrences(
                of: #""encoding":"none","body":"hi","#, with: ""),
            rule: "content-hash", pointer: "/dialog/0/content_hash", severity: .error),
        Case(
            name: "body and url",
            json: vcon(
                dialog(
                    #""url":"https://x.example/a","content_hash":"sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ""#
                )),
            rule: "content-presence", pointer: "/dialog/0", severity: .error),
        Case(
            name: "url without hash",
            json: vcon(#""dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","parties":[0,1],"url":"https://x.example/a.wav"}]"#),
            rule: "content-presence", pointer: "/dialog/0", severity: .error),
        Case(
            name: "recording without content",
            json: vcon(#""dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","parties":[0,1]}]"#),
            rule: "content-presence", pointer: "/dialog/0", severity: .warning),
        Case(
            name: "incomplete with content", json: vcon(dialog(#""disposition":"busy""#, type: "incomplete")),
            rule: "content-presence", pointer: "/dialog/0", severity: .error),
        Case(
            name: "http url",
            json: vcon(
                #""dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","parties":[0,1],"url":"http://x.example/a.wav","content_hash":"sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}]"#
            ),
            rule: "url-syntax", pointer: "/dialog/0/url", severity: .warning),
        Case(
            name: "redacted and amended", json: vcon(#""redacted":{"uuid":"\#(uuid)","type":"PII"},"amended":{"uuid":"\#(uuid)"}"#),
            rule: "exclusive-references", pointer: "/amended", severity: .error),
        Case(
            name: "group and redacted in 0.3.0",
            json: vcon(#""redacted":{"uuid":"\#(uuid)","type":"PII"},"group":[{"uuid":"\#(uuid)"}]"#, version: "0.3.0"),
            rule: "exclusive-references", pointer: "/group", severity: .error),
        Case(
            name: "empty redacted", json: vcon(#""redacted":{}"#, version: "0.0.2"), rule: "exclusive-references", pointer: "/redacted",
            severity: .info),
        Case(
            name: "party out of range", json: vcon(dialog("")).replacingOccurrences(of: "[0,1]", with: "[0,5]"),
            rule: "party-index", pointer: "/dialog/0/parties/1", severity: .error),
        Case(
            name: "per-channel party out of range", json: vcon(dialog("")).replacingOccurrences(of: "[0,1]", with: "[[0],null,[1,2]]"),
            rule: "party-index", pointer: "/dialog/0/parties/2/1", severity: .error),
        Case(
            name: "negative originator", json: vcon(dialog(#""originator":-1"#)), rule: "party-index", pointer: "/dialog/0/originator",
            severity: .error),
        Case(
            name: "attachment party out of range",
            json: vcon(
                #""attachments":[{"purpose":"x","start":"2024-01-15T10:00:00Z","party":2,"dialog":0,"encoding":"none","body":"x"}]"#),
            rule: "party-index", pointer: "/attachments/0/party", severity: .error),
        Case(
            name: "analysis dialog out of range",
            json: vcon(dialog("") + #","analysis":[{"type":"summary","dialog":[0,3],"vendor":"v","encoding":"none","body":"x"}]"#),
            rule: "dialog-index", pointer: "/analysis/0/dialog/1", severity: .error),
        Case(
            name: "analysis attachment out of range",
            json: vcon(#""analysis":[{"type":"summary","attachment":0,"vendor":"v","encoding":"none","body":"x"}]"#),
            rule: "attachment-index", pointer: "/analysis/0/attachment", severity: .error),
        Case(
            name: "transfer target out of range", json: vcon(transfer), rule: "transfer-dialog", pointer: "/dialog/1/transfer_target",
            severity: .error),
        Case(name: "transfer with parties", json: vcon(transfer), rule: "transfer-dialog", pointer: "/dialog/1/parties", severity: .error),
        Case(
            name: "transferee on text dialog", json: vcon(dialog(#""transferee":0"#)), rule: "transfer-dialog",
            pointer: "/dialog/0/transferee", severity: .warning),
        Case(
            name: "dialog type audio", json: vcon(dialog("", type: "audio")), rule: "dialog-type", pointer: "/dialog/0/type",
            severity: .error),
        Case(
            name: "recording-set without recordings",
            json: vcon(#""dialog":[{"type":"recording-set","start":"2024-01-15T10:00:00Z","parties":[0,1]}]"#),
            rule: "dialog-type", pointer: "/dialog/0", severity: .error),
        Case(
            name: "incomplete without disposition",
            json: vcon(#""dialog":[{"type":"incomplete","start":"2024-01-15T10:00:00Z","parties":[0,1]}]"#),
            rule: "disposition", pointer: "/dialog/0", severity: .error),
        Case(
            name: "unknown disposition",
            json: vcon(#""dialog":[{"type":"incomplete","start":"2024-01-15T10:00:00Z","parties":[0,1],"disposition":"ANSWERED"}]"#),
            rule: "disposition", pointer: "/dialog/0/disposition", severity: .error),
        Case(
            name: "unknown party event", json: vcon(dialog(#""party_history":[{"party":0,"time":"2024-01-15T10:00:00Z","event":"wave"}]"#)),
            rule: "party-event", pointer: "/dialog/0/party_history/0/event", severity: .error),
        Case(
            name: "keydown without button",
            json: vcon(dialog(#""party_history":[{"party":0,"time":"2024-01-15T10:00:00Z","event":"keydown"}]"#)),
            rule: "party-event", pointer: "/dialog/0/party_history/0", severity: .error),
        Case(
            name: "party event out of range",
            json: vcon(dialog(#""party_history":[{"party":4,"time":"2024-01-15T10:00:00Z","event":"join"}]"#)),
            rule: "party-index", pointer: "/dialog/0/party_history/0/party", severity: .error),
        Case(
            name: "session id not RFC 7989",
            json: vcon(dialog(#""session_id":{"local":"xyz","remote":"00000000000000000000000000000000"}"#)),
            rule: "session-id", pointer: "/dialog/0/session_id/local", severity: .warning),
        Case(
            name: "mimetype in 0.4.0", json: vcon(dialog("")).replacingOccurrences(of: "mediatype", with: "mimetype"),
            rule: "old-spelling", pointer: "/dialog/0/mimetype", severity: .warning),
        Case(
            name: "string session_id in 0.4.0", json: vcon(dialog(#""session_id":"abc""#)), rule: "old-spelling",
            pointer: "/dialog/0/session_id", severity: .warning),
        Case(
            name: "appended in 0.4.0", json: vcon(#""appended":{"uuid":"\#(uuid)"}"#), rule: "old-spelling", pointer: "/appended",
            severity: .warning),
        Case(
            name: "content_hash declared 0.0.1",
            json: vcon(
                #""dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","parties":[0,1],"url":"https://x.example/a.wav","content_hash":"sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}]"#,
                version: "0.0.1"),
            rule: "old-spelling", pointer: "/dialog/0/content_hash", severity: .info),
        Case(
            name: "unsupported critical", json: vcon(#""extensions":["x-secret"],"critical":["x-secret"]"#), rule: "critical-extension",
            pointer: "/critical/0", severity: .error),
        Case(
            name: "unsupported must_support", json: vcon(#""extensions":["x"],"must_support":["x"]"#, version: "0.3.0"),
            rule: "critical-extension", pointer: "/must_support/0", severity: .error),
        Case(
            name: "sip-signaling listed as critical", json: vcon(#""extensions":["sip-signaling"],"critical":["sip-signaling"]"#),
            rule: "critical-extension", pointer: "/critical/0", severity: .warning),
        Case(name: "unknown top-level key", json: vcon(#""meta":{}"#), rule: "unknown-key", pointer: "/meta", severity: .info),
        Case(
            name: "role in 0.4.0", json: vcon("").replacingOccurrences(of: #"{"name":"B"}"#, with: #"{"name":"B","role":"agent"}"#),
            rule: "unknown-key", pointer: "/parties/1/role", severity: .info),
        Case(
            name: "SIP member without extension", json: vcon(dialog(#""sip_call_id":"a@b""#)), rule: "unknown-key",
            pointer: "/dialog/0/sip_call_id", severity: .info),
        Case(name: "vcon 1.0", json: vcon("", version: "1.0"), rule: "vcon-version", pointer: "/vcon", severity: .warning),
        Case(
            name: "lawful basis expired before created_at",
            json: vcon(lawfulBasis(#""lawful_basis":"consent","expiration":"2023-12-31T23:59:59Z""#)), rule: "lawful-basis",
            pointer: "/attachments/0/body/expiration", severity: .warning),
        Case(
            name: "lawful basis not one of the six", json: vcon(lawfulBasis(#""lawful_basis":"because""#)), rule: "lawful-basis",
            pointer: "/attachments/0/body/lawful_basis", severity: .warning),
        Case(
            name: "lawful basis expiration not a date-time",
            json: vcon(lawfulBasis(#""lawful_basis":"consent","expiration":"next year""#)), rule: "lawful-basis",
            pointer: "/attachments/0/body/expiration", severity: .warning),
        Case(
            name: "duplicate key", json: vcon(#""subject":"a","subject":"b""#), rule: "json-duplicate-key", pointer: "/subject",
            severity: .warning),
        Case(name: "byte order mark", json: "\u{FEFF}" + vcon(""), rule: "json-byte-order-mark", pointer: "", severity: .warning),
    ]

    /// These are the rules as core-03 (and earlier) wrote them; core-04's are `Core04RuleTests`.
    static func findings(_ json: String) throws -> [Finding] {
        let file = try FileLoader().load(buffer: ByteBuffer(Array(json.utf8)), source: "fixture")
        let automatic = file.vcon.map(Profile.automatic(for:))
        return Validator.validate(file, profile: automatic == .core04 ? .core03 : nil)
    }

    @Test(arguments: cases)
    func ruleFires(_ c: Case) throws {
        let findings = try Self.findings(c.json)
        let hit = findings.first { $0.rule == c.rule && $0.pointer == c.pointer }
        #expect(hit?.severity == c.severity, "\(findings.map { "\($0.severity) \($0.rule) \($0.pointer): \($0.message)" })")
        #expect(hit?.line != nil && hit?.column != nil)
    }

    @Test func cleanVConsHaveNoFindings() throws {
        #expect(try Self.findings(Self.vcon(Self.dialog(""))).isEmpty)
        #expect(try Self.findings(Self.vcon("", version: "0.0.1")).isEmpty)
    }

    @Test func validLawfulBasisAndDeclaredContactCenterHaveNoFindings() throws {
        // Expiring after created_at, or null (indefinite): no finding.
        for expiration in [#""2024-01-16T00:00:00Z""#, "null"] {
            let json = Self.vcon(Self.lawfulBasis(#""lawful_basis":"legitimate_interests","expiration":"# + expiration))
            #expect(try !Self.findings(json).contains { $0.rule == LawfulBasisRule.id }, "\(expiration)")
        }
        // With CC in extensions, role is the extension's member, not an unknown core key.
        let cc = Self.vcon(#""extensions":["CC"]"#).replacingOccurrences(of: #"{"name":"B"}"#, with: #"{"name":"B","role":"agent"}"#)
        #expect(try Self.findings(cc).isEmpty)
    }

    @Test func everyRuleHasAFixture() {
        let covered = Set(Self.cases.map(\.rule)).union(Core04Fixtures.cases.map(\.rule))
        for rule in Validator.rules { #expect(covered.contains(rule.id), "\(rule.id)") }
    }

    @Test func unknownKeysAreCountedNotRepeated() throws {
        let items = (0..<5).map { _ in #"{"type":"summary","vendor":"v","encoding":"none","body":"x","score":1}"# }.joined(separator: ",")
        let findings = try Self.findings(Self.vcon(#""analysis":["# + items + "]"))
        let unknown = findings.filter { $0.rule == UnknownKeyRule.id }
        #expect(unknown.count == 1)
        #expect(unknown.first?.pointer == "/analysis/0/score")
        #expect(unknown.first?.message.hasSuffix("(and in 4 more)") == true)
    }

    @Test func findingsAreSortedByPosition() throws {
        let findings = try Self.findings(Self.vcon(#""subject":5,"meta":1,"updated_at":"x""#))
        let positions = findings.map { ($0.line ?? 0) * 10_000 + ($0.column ?? 0) }
        #expect(positions == positions.sorted())
    }

    @Test func brokenJWSPayloadIsAnError() throws {
        let findings = try Self.findings(#"{"payload":"bm90IGpzb24","signatures":[{"protected":"e30","signature":"AA"}]}"#)
        #expect(findings.contains { $0.rule == EnvelopeRule.notValidatedID && $0.severity == .error })
    }

    @Test func payloadFindingsCarryTheirLayer() throws {
        let inner = Self.vcon(#""subject":5"#)
        let payload = Base64.urlEncode(Array(inner.utf8))
        let findings = try Self.findings(
            #"{"payload":"\#(payload)","signatures":[{"header":{"alg":"RS256","x5u":"https://x"},"protected":"e30","signature":"AA"}]}"#)
        let hit = try #require(findings.first { $0.rule == FieldTypeRule.id })
        #expect(hit.layer == 1 && hit.pointer == "/subject")
    }
}
