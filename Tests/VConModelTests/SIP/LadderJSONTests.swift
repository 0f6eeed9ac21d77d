import LadderTestSupport
import TestSupport
import Testing

@testable import VConModel
@testable import VConSIP

/// The `--json` shape of issue 5: `lanes` with `party` (or null), `messages` with `from`, `to`, `inferred`,
/// `label`, `time`, `delta`, `retransmission_of`, `warnings`, in a stable key order.
@Suite struct LadderJSONTests {
    static func layout() throws -> LadderLayout {
        let json = VConText.vcon(
            parties: [LadderScenarios.alice, LadderScenarios.bob], dialog: [VConText.dialog(parties: [0, 1])],
            attachments: [
                VConText.trace(
                    [
                        VConText.entry(0, party: 0, "INVITE", VConText.ids("j", "1 INVITE", branch: "z9hG4bKj")),
                        VConText.entry(0.5, party: 0, "INVITE", VConText.ids("j", "1 INVITE", branch: "z9hG4bKj")),
                        VConText.entry(0.25, party: nil, "BYE"),
                    ], callID: "j")
            ])
        return LadderLayout(LadderSources.input(from: try LadderFixtures.vcon(json), dialog: 0))
    }

    @Test func compactFormHasTheIssueKeysInOrder() throws {
        let text = try Self.layout().jsonString(indent: 0)
        #expect(text.hasPrefix("{\"lanes\":[{\"party\":0,\"title\":\"[0] Alice\",\"subtitle\":\"+12125551234\"},"))
        #expect(text.contains("{\"party\":null,\"title\":\"?\",\"subtitle\":null}"))
        #expect(
            text.contains(
                "{\"index\":1,\"from\":0,\"to\":1,\"inferred\":{\"from\":false,\"to\":true},"
                    + "\"inferred_by\":{\"from\":\"given\",\"to\":\"two-party-dialog\"},\"label\":\"INVITE\","
                    + "\"time\":\"2026-01-15T14:30:00.500Z\",\"delta\":0.500,\"retransmission_of\":0,"))
        #expect(
            text.contains(
                "{\"index\":2,\"from\":null,\"to\":null,\"inferred\":{\"from\":true,\"to\":true},"))
        #expect(text.contains("\"delta\":-0.250,"))
        #expect(text.contains("\"warnings\":[\"timestamp is 250ms earlier than the previous message\"]"))
    }

    @Test func parsesBackWithTheProjectReader() throws {
        let layout = try Self.layout()
        let document = try JSONDocument.parse(string: layout.jsonString())
        let messages = document.root["messages"]?.elements ?? []
        #expect(messages.count == 3)
        #expect(messages.map { $0["retransmission_of"]?.int } == [nil, 0, nil])
        #expect(document.root["lanes"]?.elements.map { $0["party"]?.int } == [0, 1, nil])
        #expect(document.root.keys == ["lanes", "messages", "events", "call_ids", "warnings"])
    }

    @Test(.corpus) func headerSummaryGivesTheCallIDWhenNothingElseDoes() throws {
        let vcon = try LadderFixtures.vcon(
            VConText.vcon(
                parties: [LadderScenarios.alice, LadderScenarios.bob], dialog: [VConText.dialog(parties: [0, 1])],
                attachments: [
                    String(
                        decoding: try LadderFixtures.corpusBytes("sip-signaling-draft/attachment_sip_header_summary.json"), as: UTF8.self),
                    VConText.sipAttachment("sip-bye", 1, party: 0, wire: "BYE sip:bob@x SIP/2.0\r\n\r\n"),
                ]))
        let input = LadderSources.input(from: vcon, dialog: 0)
        #expect(input.callID == "a84b4c76e66710@pc33.example.com")
        #expect(LadderLayout(input).messages.first?.callID == "a84b4c76e66710@pc33.example.com")
    }

    @Test func emptyInputGivesOneLanePerParty() {
        let layout = LadderLayout(LadderInput(parties: [LadderParty(index: 0, name: "A"), LadderParty(index: 1, mailto: "b@x")]))
        #expect(
            layout.lanes == [
                LadderLane(party: 0, title: "[0] A", subtitle: nil), LadderLane(party: 1, title: "[1] b@x", subtitle: nil),
            ])
        #expect(layout.rows.isEmpty && layout.unknownLane == nil)
        #expect(layout.dump() == "lane 0  [0] A\nlane 1  [1] b@x\n")
    }
}
