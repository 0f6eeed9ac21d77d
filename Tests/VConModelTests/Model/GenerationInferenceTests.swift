import Testing

@testable import VConModel

/// Generation inference for files without `vcon`, and form detection of fragments.
@Suite struct GenerationInferenceTests {
    static func vcon(_ text: String) throws -> VCon { VCon(json: try JSONDocument.parse(string: text).root) }

    @Test(
        arguments: [
            (#"{"uuid":"u"}"#, Generation.v0_4_0),
            (#"{"dialog":[{"mediatype":"text/plain","content_hash":"sha512-x"}]}"#, .v0_4_0),
            (#"{"dialog":[{"mimetype":"audio/x-wav"}]}"#, .v0_0_1),
            (#"{"dialog":[{"url":"u","alg":"SHA-512","signature":"x"}]}"#, .v0_0_1),
            (#"{"dialog":[{"transfer-target":1}]}"#, .v0_0_2),
            (#"{"dialog":[{"session_id":"abc"}]}"#, .v0_3_0),
            (#"{"appended":{"uuid":"u"}}"#, .v0_3_0),
            (#"{"appended":{}}"#, .v0_4_0),
            (#"{"must_support":["x"]}"#, .v0_3_0),
            (#"{"amended":{"uuid":"u"},"dialog":[{"mimetype":"a/b"}]}"#, .v0_4_0),
        ] as [(String, Generation)])
    func infers(_ text: String, _ expected: Generation) throws {
        let vcon = try Self.vcon(text)
        #expect(vcon.generationIsInferred)
        #expect(vcon.generation == expected)
    }

    @Test func declaredWins() throws {
        let vcon = try Self.vcon(#"{"vcon":"0.0.2","dialog":[{"mimetype":"a/b"}]}"#)
        #expect(!vcon.generationIsInferred && vcon.generation == .v0_0_2)
        #expect(try Self.vcon(#"{"vcon":"1.0"}"#).generation == .v0_4_0)
    }

    /// Issue 12.6b: a version no draft defines is read as the nearest defined one, never passed through.
    @Test(
        arguments: [
            ("0.0.3", Generation.v0_0_2), ("1.0", .v0_4_0), ("0.4", .v0_4_0), ("0.3.9", .v0_3_0), ("0.0.0", .v0_0_1),
            ("0.2", .v0_0_2),
        ] as [(String, Generation)])
    func anUnknownVersionIsReadAsTheNearest(_ declared: String, _ nearest: Generation) throws {
        let vcon = try Self.vcon(#"{"vcon":"\#(declared)","uuid":"u","parties":[]}"#)
        #expect(vcon.generation == nearest)
        #expect(vcon.unknownVersion == declared)
        #expect(vcon.generationSummary == "unknown version \(declared), read as \(nearest)")
    }

    @Test func anUnknownVersionThatIsNotANumberIsReadFromItsSpellings() throws {
        let vcon = try Self.vcon(#"{"vcon":"draft","dialog":[{"mimetype":"a/b"}]}"#)
        #expect(vcon.generation == .v0_0_1)
        #expect(vcon.generationSummary == "unknown version draft, read as 0.0.1")
        // A newer spelling lifts the nearest: 0.0.3 beside `amended` (0.4.0) is read as 0.4.0.
        #expect(try Self.vcon(#"{"vcon":"0.0.3","amended":{"uuid":"u"}}"#).generation == .v0_4_0)
    }

    @Test func anUnknownVersionGetsAFindingThatNamesTheReading() throws {
        let vcon = try Self.vcon(#"{"vcon":"0.0.3","uuid":"u","created_at":"2024-01-01T00:00:00Z","parties":[]}"#)
        let findings = Validator.validate(vcon).filter { $0.rule == VConVersionRule.id }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("read as 0.0.2") == true, "\(findings)")
    }

    /// Issue 12.6a: one rule of "is this a vCon": a lone dialog whose parties are indices is a fragment.
    @Test func aLoneDialogIsNotAVCon() throws {
        for text in [
            #"{"type":"recording","start":"2026-01-15T14:30:00Z","parties":[0,1],"duration":5}"#,
            #"{"type":"text","parties":[],"body":"hi"}"#, #"{"parties":[0,1],"start":"s"}"#,
            #"{"type":"object","properties":{"uuid":{"type":"string"}},"required":["uuid"]}"#,
        ] {
            guard case .notVCon = VConForm.detect(try JSONDocument.parse(string: text).root) else {
                Issue.record("read as a vCon: \(text)")
                continue
            }
        }
        #expect(VConForm.detect(try JSONDocument.parse(string: #"{"parties":[{"name":"A"}]}"#).root) == .unsigned)
    }

    @Test func fragmentsAreNotVCons() throws {
        let attachment = try JSONDocument.parse(string: #"{"purpose":"sip-sdp","party":0,"dialog":0,"encoding":"none","body":"v=0"}"#)
        guard case .notVCon = VConForm.detect(attachment.root) else { Issue.record("fragment read as a vCon"); return }
        let lawful = try JSONDocument.parse(
            string: #"{"type":"lawful_basis","start":"s","party":0,"dialog":0,"encoding":"json","body":{}}"#)
        guard case .notVCon = VConForm.detect(lawful.root) else { Issue.record("fragment read as a vCon"); return }
        #expect(VConForm.detect(try JSONDocument.parse(string: #"{"dialog":[]}"#).root) == .unsigned)
        #expect(VConForm.detect(try JSONDocument.parse(string: #"{"parties":null,"meta":{}}"#).root) == .unsigned)
    }
}
