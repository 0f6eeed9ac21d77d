import LadderTestSupport
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// Ladders as text in (vCon JSON, the same traces as the layout goldens) and text out
/// (`Tests/Goldens/Ladder/*.txt`), through `LadderText`; every line checked against the width.
@Suite struct LadderTextGoldenTests {
    static let fullTrace = "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json"

    @Test(.corpus, arguments: [40, 80, 120, 200])
    func draftFullTraceAtWidth(_ width: Int) throws {
        let layout = try LadderFixtures.corpusLayout(Self.fullTrace)
        expectLadderGolden(ladderText(layout, width: width), file: "draft-b2-full-trace-\(width).txt")
    }

    @Test(.corpus) func draftFullTraceASCII() throws {
        let layout = try LadderFixtures.corpusLayout(Self.fullTrace)
        expectLadderGolden(ladderText(layout, width: 80, ascii: true), file: "draft-b2-full-trace-ascii-80.txt")
    }

    @Test(.corpus) func draftMinimalCallWithWarnings() throws {
        let layout = try LadderFixtures.corpusLayout("sip-signaling-draft/minimal_sip_call.vcon.json")
        let text = ladderText(layout, width: 80) + LadderText.notes(layout, metrics: LadderMetrics(width: 80)).map { $0 + "\n" }.joined()
        expectLadderGolden(text, file: "draft-b1-minimal-80.txt")
    }

    @Test(arguments: [40, 80, 120, 200])
    func fivePartiesAtWidth(_ width: Int) throws {
        let layout = try LadderScenarios.fivePartyTrace()
        expectLadderGolden(ladderText(layout, width: width), file: "five-party-\(width).txt")
    }

    @Test func fivePartiesASCIIList() throws {
        let layout = try LadderScenarios.fivePartyTrace()
        expectLadderGolden(ladderText(layout, width: 60, ascii: true), file: "five-party-ascii-60.txt")
    }

    @Test func forkedInvite() throws {
        expectLadderGolden(ladderText(try LadderScenarios.forkedInvite(), width: 100), file: "forked-invite-100.txt")
    }

    @Test func selfMessageAndUnknownLane() throws {
        let layout = try LadderScenarios.selfMessageAndUnknownRegistrar()
        expectLadderGolden(ladderText(layout, width: 80) + ladderText(layout, width: 80, ascii: true), file: "self-message-80.txt")
    }

    @Test func retransmissionStormExpandedAndCollapsed() throws {
        let layout = try LadderScenarios.retransmissionStorm()
        let collapsed = LadderOptions(collapseRetransmissions: true)
        let text =
            ladderText(layout, width: 80) + "\n" + ladderText(layout, width: 80, options: collapsed) + "\n"
            + ladderText(layout, width: 80, ascii: true, options: collapsed)
        expectLadderGolden(text, file: "retransmission-storm-80.txt")
    }

    @Test func identicalAndOutOfOrderTimestamps() throws {
        let layout = try LadderScenarios.identicalAndOutOfOrderTimestamps()
        expectLadderGolden(ladderText(layout, width: 80), file: "timestamps-identical-and-out-of-order-80.txt")
    }

    @Test func missingParty() throws {
        expectLadderGolden(ladderText(try LadderScenarios.missingParty(), width: 80), file: "missing-party-80.txt")
    }

    @Test func partyOutOfRange() throws {
        expectLadderGolden(ladderText(try LadderScenarios.partyOutOfRange(), width: 80), file: "party-out-of-range-80.txt")
    }

    @Test func bareLineFeedSIP() throws {
        expectLadderGolden(ladderText(try LadderScenarios.bareLineFeedSIPAttachments(), width: 80), file: "bare-lf-sip-80.txt")
    }

    @Test func cjkDisplayNamesAndUnsafeText() throws {
        let layout = try LadderScenarios.cjkDisplayNamesAndUnsafeText()
        let text = ladderText(layout, width: 80) + "\n" + ladderText(layout, width: 44) + "\n" + ladderText(layout, width: 40)
        expectLadderGolden(text, file: "cjk-display-names.txt")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("\u{7}"))
    }

    @Test func eventsOnTheTimeLine() throws {
        let layout = try LadderScenarios.eventsOnTheTimeLine()
        expectLadderGolden(ladderText(layout, width: 100), file: "events-100.txt")
    }

    @Test(.corpus) func timeZonesAndDayChange() throws {
        let layout = try LadderFixtures.corpusLayout(Self.fullTrace)
        let text = ladderText(layout, width: 80, options: LadderOptions(timeZone: .offset(seconds: 9 * 3600 + 28 * 60)))
        expectLadderGolden(text, file: "draft-b2-tz-plus-09-28.txt")
        #expect(text.contains("2026-01-16"))  // 14:35 UTC is past midnight at +09:28: a date row
    }

    @Test(.corpus) func selectionAndMarkInText() throws {
        let layout = try LadderFixtures.corpusLayout(Self.fullTrace)
        let state = LadderViewState(selectedRow: 3, markedRow: 0)
        expectLadderGolden(ladderText(layout, width: 80, state: state), file: "draft-b2-selected-80.txt")
    }
}
