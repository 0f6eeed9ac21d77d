import LadderTestSupport
import TestSupport
import Testing

@testable import VConModel
@testable import VConSIP

/// The SIP signaling draft's own examples (Appendix B), read from the shared corpus.
@Suite(.corpus) struct LadderCorpusTests {
    @Test func fullTraceWithSTIR() throws {
        let vcon = try LadderFixtures.corpusVCon("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")
        #expect(LadderSources.signalingDialogs(vcon) == [0])
        let layout = LadderLayout(LadderSources.input(from: vcon, dialog: 0))
        expectGolden(layout.dump(), file: "draft-b2-full-trace.txt")
        expectGolden(layout.jsonString() + "\n", file: "draft-b2-full-trace.json")
        #expect(layout.messages.count == 7)
        #expect(layout.messages[0].hasSDP)  // from the sip-sdp attachment
        #expect(layout.messages[0].sdp?.media.first?.port == 49170)
    }

    @Test func minimalCallWithTruncatedBase64Bodies() throws {
        let vcon = try LadderFixtures.corpusVCon("sip-signaling-draft/minimal_sip_call.vcon.json")
        expectGolden(LadderFixtures.dump(vcon), file: "draft-b1-minimal.txt")
    }

    @Test func traceAttachmentFragment() throws {
        // The §6.2.1 fragment is an attachment on its own: wrap it in a two-party vCon.
        let fragment = String(
            decoding: try LadderFixtures.corpusBytes("sip-signaling-draft/attachment_sip_message_trace.json"), as: UTF8.self)
        let vcon = try LadderFixtures.vcon(
            VConText.vcon(
                parties: [
                    VConText.party([("name", "Alice"), ("sip", "alice@example.com")]),
                    VConText.party([("name", "Bob"), ("sip", "bob@example.com")]),
                ],
                attachments: [fragment]))
        expectGolden(LadderFixtures.dump(vcon, dialog: nil), file: "draft-6.2.1-trace-fragment.txt")
    }

    @Test func malformedFragmentsAreNotJSON() throws {
        for name in ["attachment_sip_invite_message.malformed.json", "attachment_sip_trace_format_sketch.malformed.json"] {
            let bytes = try LadderFixtures.corpusBytes("sip-signaling-draft/" + name)
            #expect(throws: JSONError.self) { try JSONDocument.parse(bytes: bytes) }
        }
    }
}
