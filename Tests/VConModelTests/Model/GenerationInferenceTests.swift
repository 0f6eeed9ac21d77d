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
        #expect(try Self.vcon(#"{"vcon":"1.0"}"#).generation == .unknown("1.0"))
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
