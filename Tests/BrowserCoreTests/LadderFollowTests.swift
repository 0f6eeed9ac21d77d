import Foundation
import LadderTestSupport
import TermUI
import Testing
import VConModel
import VConSIP

@testable import BrowserCore

/// Follow mode (`F`): moving on the ladder moves the Dialog and Analysis panes to the same time.
///
///     14:30:00  INVITE      (before dialog 0: nearest is dialog 0; turn: transcript 0, segment 0)
///     14:30:05  200 OK      dialog 0 [14:30:05, 14:30:35]
///     14:31:00  BYE         dialog 1 [14:30:40, 14:31:10]; nearest turn of transcript 1: 14:30:59
@Suite struct LadderFollowTests {
    typealias V = VConText

    static func fixture() throws -> LoadedFile {
        let entries = [
            V.entry(0, party: 0, "INVITE", V.ids("c1", "1 INVITE", branch: "z9hG4bK1")),
            V.entry(5, party: 1, "200 OK", V.ids("c1", "1 INVITE", branch: "z9hG4bK1")),
            V.entry(60, party: 0, "BYE", V.ids("c1", "2 BYE", branch: "z9hG4bK2")),
        ]
        var text = V.vcon(
            parties: [LadderScenarios.alice, LadderScenarios.bob],
            dialog: [
                V.dialog(parties: [0, 1], start: 5, duration: 30),
                V.dialog(parties: [0, 1], start: 40, duration: 30),
            ],
            attachments: [V.trace(entries)])
        let analysis = """
            , "analysis": [
              {"type": "transcript", "dialog": 0, "encoding": "json",
               "body": {"segments": [{"speaker": 0, "start": 0, "text": "first call, hello"},
                                     {"speaker": 1, "start": 20, "text": "first call, bye"}]}},
              {"type": "transcript", "dialog": 1, "encoding": "json",
               "body": {"segments": [{"speaker": 0, "start": 0, "text": "second, hello"},
                                     {"speaker": 1, "start": 10, "text": "second, middle"},
                                     {"speaker": 0, "start": 19, "text": "second, last"}]}}]}
            """
        text.removeLast()
        text += analysis
        return try loadFixture(text)
    }

    @Test func followMovesDialogAndAnalysisPanesWithTheLadder() throws {
        var (state, _) = try state(keys: "LF", file: try Self.fixture())
        #expect(state.ladderSettings.follow)
        #expect(state.cursors[Pane.dialog.rawValue].selected == 0)
        #expect(state.ladderSettings.pendingTurn == "/analysis/0/body/segments/0")
        _ = state.handle(script: try KeyScript.parse("G"))
        #expect(LadderPaneTests.selectedLabel(state) == "BYE")
        #expect(state.cursors[Pane.dialog.rawValue].selected == 1)
        #expect(state.cursors[Pane.analysis.rawValue].selected == 1)
        #expect(state.ladderSettings.pendingTurn == "/analysis/1/body/segments/2")
        #expect(screen(state).plainText.contains("follow"))
        // Visible when switching panes: 4 shows the turn, [ returns to the ladder, 3 shows the dialog.
        _ = state.handle(.key(.char("4")))
        #expect(state.ladder == nil)
        #expect(state.selectedItem == 1)
        #expect(state.focusedPointer == "/analysis/1/body/segments/2")
        #expect(screen(state).plainText.contains("second, last"))
        _ = state.handle(.key(.char("[")))
        #expect(state.ladder != nil)
        _ = state.handle(.key(.char("3")))
        #expect(state.selectedItem == 1)
    }

    @Test func withoutFollowThePanesStay() throws {
        let (state, _) = try state(keys: "LG", file: try Self.fixture())
        #expect(!state.ladderSettings.follow)
        #expect(state.cursors[Pane.dialog.rawValue].selected == 0)
        #expect(state.ladderSettings.pendingTurn == nil)
    }

    @Test func transcriptTurnTimesAreOffsetsFromTheDialogStart() throws {
        let file = try Self.fixture()
        let vcon = try #require(file.vcon)
        let index = LadderFollowIndex(vcon)
        #expect(index.spans.map(\.dialog) == [0, 1])
        #expect(index.turns.count == 5)
        let start = try #require(LadderTime.parse("2026-01-15T14:30:40Z"))
        #expect(index.turns[2].time == start)
        #expect(index.dialog(at: start.addingTimeInterval(-2)) == 1)
        #expect(index.dialog(at: start.addingTimeInterval(-4)) == 0)
    }
}
