import Foundation
import TestSupport
import Testing

@testable import VConModel
@testable import VConSIP

/// The extension readers on the real files that carry them (the ietf-meeting vCons: WTF transcription
/// and lawful basis; py-vcon and vcon-server: Deepgram) and on small fixtures.
@Suite struct ExtensionModelTests {
    static func vcon(_ relative: String) throws -> VCon {
        try #require(try FileLoader().load(path: Corpus.path(relative)).vcon)
    }

    @Test(.corpus) func ietfMeetingTranscriptsAreWTF() throws {
        let vcon = try Self.vcon("ietf-meeting-vcons/ietf125_aipref_35166.vcon.json")
        let analysis = try #require(vcon.analysis.first)
        let wtf = try #require(WTFTranscription(owner: analysis.json))
        #expect(wtf.provider == "mlx-whisper" && wtf.model == "tiny")
        #expect(wtf.quality == "average confidence 74%")
        #expect(wtf.audio() == "3600s")
        let body = try #require(analysis.content.jsonValue())
        let (list, pointer, shape) = try #require(TranscriptSegments.locate(body: body, basePointer: "/analysis/0/body"))
        #expect(shape == .wtf && pointer == "/analysis/0/body/segments")
        let (segments, total) = TranscriptSegments.read(list: list, pointer: pointer, limit: 5000)
        #expect(total == 259 && segments.count == 259)
        #expect(segments[1].start == 22.16 && segments[1].end == 29.52 && segments[1].confidence == 0.7481)
        #expect(vcon.extensions.allSatisfy { Validator.knownExtensions.contains($0) })
    }

    @Test(.corpus) func ietfMeetingLawfulBasisIsReadAndNotExpired() throws {
        let vcon = try Self.vcon("ietf-meeting-vcons/ietf110_6lo_28676.vcon.json")
        let basis = try #require(vcon.attachments.compactMap(LawfulBasis.init).first)
        #expect(basis.basis == "legitimate_interests")
        #expect(basis.grants.map(\.purpose) == ["recording", "transcription", "publication", "archival", "analysis"])
        #expect(basis.expiredBeforeCreation(createdAt: vcon.createdAt) == nil)
        #expect(!Validator.validate(vcon).contains { $0.rule == LawfulBasisRule.id })
    }

    @Test(.corpus) func deepgramParagraphsAreTimedSegments() throws {
        for (file, count) in [("vcon-server/fixtures/cat1_vcon.json", 39), ("py-vcon/tests__example_deepgram_external_dialog.vcon", nil)] {
            let vcon = try Self.vcon(file)
            let analysis = try #require(vcon.analysis.first { $0.vendor == "deepgram" })
            let body = try #require(analysis.content.jsonValue())
            let (list, pointer, shape) = try #require(TranscriptSegments.locate(body: body, basePointer: ""))
            #expect(shape == .deepgram)
            let (segments, total) = TranscriptSegments.read(list: list, pointer: pointer, limit: 5000)
            if let count { #expect(total == count) }
            #expect(segments.first?.start != nil && segments.first?.end != nil && !(segments.first?.text.isEmpty ?? true))
        }
    }

    @Test func expiredLawfulBasisIsAFinding() throws {
        let json = """
            {"vcon":"0.4.0","uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2025-06-01T00:00:00Z","parties":[{"name":"A"}],
             "attachments":[{"purpose":"lawful_basis","start":"2025-06-01T00:00:00Z","party":0,"dialog":0,"mediatype":"application/json",
              "encoding":"json","body":{"lawful_basis":"consent","expiration":"2025-01-01T00:00:00Z","purpose_grants":[]}}]}
            """
        let vcon = VCon(json: try JSONDocument.parse(string: json).root)
        let finding = try #require(Validator.validate(vcon).first { $0.rule == LawfulBasisRule.id })
        #expect(finding.pointer == "/attachments/0/body/expiration" && finding.severity == .warning)
        let fresh = json.replacingOccurrences(of: "2025-01-01T00:00:00Z", with: "2026-01-01T00:00:00Z")
        #expect(!Validator.validate(VCon(json: try JSONDocument.parse(string: fresh).root)).contains { $0.rule == LawfulBasisRule.id })
    }

    @Test func rolesAreShownWithNamesAndInLaneHeaders() throws {
        let json = #"{"parties":[{"name":"Alice","tel":"+15550100","role":"agent"},{"name":"Bob"}],"extensions":["CC"]}"#
        let vcon = VCon(json: try JSONDocument.parse(string: json).root)
        #expect(vcon.parties[0].resolvedLabel == "[0] Alice (agent, +15550100)")
        #expect(vcon.parties[1].resolvedLabel == "[1] Bob")
        let input = LadderSources.input(from: vcon, dialog: nil)
        #expect(LadderBuilder.lane(for: input.parties[0], index: 0).title == "[0] Alice (agent)")
        // Declared CC: role is an extension member, not a retired core one.
        #expect(!Validator.validate(vcon).contains { $0.rule == "unknown-key" && $0.pointer == "/parties/0/role" })
    }

    @Test func unknownCriticalExtensionStaysAnError() throws {
        let json =
            #"{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2025-06-01T00:00:00Z","parties":[],"extensions":["CC","x-new"],"critical":["x-new"]}"#
        let findings = Validator.validate(VCon(json: try JSONDocument.parse(string: json).root))
        #expect(findings.contains { $0.rule == "critical-extension" && $0.severity == .error && $0.pointer == "/critical/0" })
        #expect(!findings.contains { $0.pointer == "/extensions/0" })
    }
}
