import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Command sequences → focused item and screen.
@Suite struct AppFlowTests {
    @Test func opensOnTheSummary() throws {
        let (state, _) = try state(keys: "")
        #expect(state.pane == .summary)
        #expect(state.focusedPointer == "/subject")
        let text = screen(state).plainText
        #expect(text.contains("Refund \\u001b]0;pwned\\u0007 request"))
        #expect(text.contains("→ [1] Bob \\u001b[31mred (agent, +1 555 0199)"), "the contact-center role beside the name")
        #expect(text.contains(" .subject "))
    }

    @Test func everyIndexIsResolvedAndFollowed() throws {
        // Dialog pane, into the detail, down to the second party line, Enter follows it.
        var (state, _) = try state(keys: "3ljjjjj")
        #expect(state.focusedPointer == "/dialog/0/parties/1")
        _ = state.handle(.key(KeyPress(.enter)))
        #expect(state.pane == .parties)
        #expect(state.selectedItem == 1)
        _ = state.handle(.key(.char("[")))
        #expect(state.pane == .dialog)
        #expect(state.focusedPointer == "/dialog/0/parties/1")
        _ = state.handle(.key(.char("]")))
        #expect(state.pane == .parties)
    }

    @Test func referencedByListsEveryPointer() throws {
        let (state, _) = try state(keys: "2")
        let text = screen(state).plainText
        #expect(text.contains("← dialog[0] text  /dialog/0/parties"))
        #expect(text.contains("← dialog[0] text originator  /dialog/0/originator"))
        #expect(text.contains("← attachments[0] invoice  /attachments/0/party"))
    }

    @Test func analysisShowsTranscriptTurnsAndResolvedDialog() throws {
        let (state, _) = try state(keys: "4", width: 200, height: 60)
        let text = screen(state).plainText
        #expect(text.contains("[0] transcript → dialog[2]"))
        #expect(text.contains("dialog      → dialog[2] recording"))
        #expect(text.contains("[0] Alice (customer): Hi, refund please."))
        #expect(text.contains("[1] Bob \\u001b[31mred (agent): Done."))
    }

    @Test func base64TextIsDecodedAndBinaryDescribed() throws {
        var (state, _) = try state(keys: "3j", width: 200, height: 60)
        #expect(screen(state).plainText.contains("Sure, the meter reading is done."))
        _ = state.handle(script: try KeyScript.parse("j"))
        let text = screen(state).plainText
        #expect(text.contains("binary      about 32 B audio/x-wav"))
        _ = state.handle(.key(.char("x")))
        #expect(screen(state).plainText.contains("00000000  52 49 46 46"))
    }

    @Test func searchFindsDecodedBodiesAndSteps() throws {
        var (state, _) = try state(keys: "/meter<Enter>")
        #expect(state.search?.hits.count == 1)
        #expect(state.search?.hits.first?.pointer == "/dialog/1/body")
        #expect(state.search?.hits.first?.kind == .decoded)
        #expect(state.pane == .dialog)
        #expect(state.selectedItem == 1)
        _ = state.handle(script: try KeyScript.parse("/refund<Enter>"))
        let count = state.search?.hits.count ?? 0
        #expect(count >= 3)
        _ = state.handle(.key(.char("n")))
        #expect(state.search?.current == 1)
        _ = state.handle(.key(.char("N")))
        _ = state.handle(.key(.char("N")))
        #expect(state.search?.current == count - 1)
        _ = state.handle(.key(KeyPress(.escape)))
        #expect(state.search == nil)
    }

    @Test func filterHidesRows() throws {
        let (state, _) = try state(keys: "3\\recording<Enter>")
        let text = screen(state).plainText
        #expect(text.contains("\\ recording · 2 hidden"))
        #expect(state.selectedItem == 2)
    }

    @Test func timeModesChangeEveryTime() throws {
        var (state, _) = try state(keys: "3")
        #expect(screen(state).plainText.contains("[1] text       2024-01-15 08:01:30Z"))
        _ = state.handle(script: try KeyScript.parse("TT"))
        #expect(state.time.mode == .written)
        #expect(screen(state).plainText.contains("2024-01-15 10:01:30 +02:00"))
        _ = state.handle(.key(.char("T")))
        #expect(screen(state).plainText.contains("[1] text       +0s"))
        #expect(screen(state).plainText.contains("[2] recording  +2h00m30s"))
        _ = state.handle(script: try KeyScript.parse(":set tz=utc<Enter>"))
        #expect(state.time.mode == .utc)
        _ = state.handle(script: try KeyScript.parse(":set tz=-05:00<Enter>"))
        #expect(state.time.mode == .offset(seconds: -18_000))
        #expect(screen(state).plainText.contains("[1] text       2024-01-15 03:01:30 -05:00"))
        _ = state.handle(script: try KeyScript.parse(":set tz=mars<Enter>"))
        #expect(state.message?.hasPrefix("tz must be") == true)
        #expect(state.time.mode == .offset(seconds: -18_000))
    }

    @Test func copyGivesValuePathJQPathAndUUID() throws {
        let (_, effects) = try state(keys: "yyypyjyu")
        #expect(
            effects == [
                .copy("Refund \u{1B}]0;pwned\u{07} request"), .copy("/subject"), .copy(".subject"),
                .copy("01928e10-193e-8231-b9a2-279e0d16bc46"),
            ])
    }

    @Test func copyPrefixShowsFollowUps() throws {
        let (state, _) = try state(keys: "y")
        #expect(screen(state).lines[23].contains("y value  p path  j jq path  u uuid"))
    }

    @Test func saveAsksForAPathAndProducesTheDecodedBytes() throws {
        let (state, effects) = try state(keys: "3js")
        #expect(effects.isEmpty)
        #expect(state.prompt?.kind == .save)
        #expect(state.prompt?.editor.text == "dialog-1.txt")
        let (_, saved) = try BrowserCoreTests.state(keys: "3js<C-u>out.txt<Enter>")
        #expect(
            saved == [
                .save(
                    SaveRequest(
                        path: "out.txt", bytes: Array("Sure, the meter reading is done.".utf8),
                        overwrite: false))
            ])
    }

    @Test func findingsJumpToTheirPointer() throws {
        let broken = fixtureJSON.replacingOccurrences(of: "\"originator\": 1", with: "\"originator\": 7")
        var (state, _) = try state(keys: "!", file: try loadFixture(broken))
        guard case .findings = state.overlay else {
            Issue.record("no findings overlay")
            return
        }
        let index = try #require(state.findingEntries.firstIndex { $0.pointer == "/dialog/1/originator" })
        _ = state.handle(script: try KeyScript.parse(String(repeating: "j", count: index) + "<Enter>"))
        #expect(state.overlay == nil)
        #expect(state.pane == .dialog)
        #expect(state.focusedPointer == "/dialog/1/originator")
        #expect(screen(state).plainText.contains("[7] (no such party)"))
    }

    @Test func explainShowsTheFieldsEntry() throws {
        let (state, _) = try state(keys: "3lX", width: 200, height: 60)
        guard case .explain(_, let lines, _) = state.overlay else {
            Issue.record("no explain overlay")
            return
        }
        #expect(lines.contains { $0.contains("dialog[]") })
    }

    @Test func jsonPaneFoldsAndFollowsIndices() throws {
        var (state, _) = try state(keys: "8")
        #expect(state.focusedPointer == "")
        _ = state.handle(script: try KeyScript.parse(":21<Enter>"))
        let pointer = state.focusedPointer ?? ""
        #expect(pointer.hasPrefix("/dialog/0"))
        _ = state.handle(script: try KeyScript.parse(":6<Enter>h"))
        #expect(screen(state).plainText.contains("▸ parties: [2 items]"))
    }

    @Test func helpIsSearchableAndHasALegend() throws {
        var (state, _) = try state(keys: "?/explain<Enter>")
        #expect(screen(state).plainText.contains("X           explain the focused field"))
        _ = state.handle(script: try KeyScript.parse("<Esc><Tab>"))
        #expect(screen(state).plainText.contains("Envelope badges"))
        _ = state.handle(.key(.char("q")))
        #expect(state.overlay == nil)
    }

    @Test func quitAndBack() throws {
        let (_, effects) = try state(keys: "3lqq")
        #expect(effects == [.quit])
        let (_, now) = try state(keys: "3Q")
        #expect(now == [.quit])
    }

    @Test func theListFilterMatchesWhatARowCuts() throws {
        let long = "Refund of a very long subject that the list cuts well before its last word zebra"
        let first = try loadFixture(fixtureJSON.replacingOccurrences(of: "Refund", with: long), source: "a.json")
        let second = try loadFixture(fixtureJSON.replacingOccurrences(of: "Refund", with: "Second call"), source: "b.json")
        let state = AppState(session: BrowserSession(files: [first, second]), size: TerminalSize(width: 60, height: 20))
        #expect(!state.libraryRows[0].plainText.contains("zebra"), "the row is cut")
        #expect(ListCursor.visible(state.libraryRows, filter: "ZEBRA") == [0])
        #expect(ListCursor.visible(state.libraryRows, filter: "second") == [1])
    }

    @Test func severalVConsShowTheListFirst() throws {
        let second = try loadFixture(fixtureJSON.replacingOccurrences(of: "Refund", with: "Second call"), source: "b.json")
        var state = AppState(
            session: BrowserSession(files: [try loadFixture(), second]),
            size: TerminalSize(width: 100, height: 30))
        #expect(state.mode == .library)
        var text = screen(state).plainText
        #expect(text.contains("vCons (2)"))
        #expect(text.contains("2p 3d 2a 1att"))
        _ = state.handle(script: try KeyScript.parse("j<Enter>"))
        #expect(state.mode == .document)
        text = screen(state).plainText
        #expect(text.contains("Second call"))
        _ = state.handle(.key(.char("q")))
        #expect(state.mode == .library)
        #expect(state.libraryCursor.selected == 1)
    }

    @Test func narrowScreensStackAndTinyOnesShowOneSide() throws {
        let (wide, _) = try state(keys: "3", width: 120, height: 30)
        #expect(wide.layout.axis == .horizontal)
        let (narrow, _) = try state(keys: "3", width: 80, height: 24)
        #expect(narrow.layout.axis == .vertical)
        var (tiny, _) = try state(keys: "3", width: 60, height: 20)
        #expect(tiny.layout.axis == nil)
        #expect(tiny.layout.detail.isEmpty)
        _ = tiny.handle(.key(.char("l")))
        #expect(tiny.layout.list.isEmpty)
        #expect(screen(tiny).plainText.contains("dialog[0] text"))
    }

    @Test func resizeKeepsTheFocus() throws {
        var (state, _) = try state(keys: "3jl", width: 200, height: 60)
        _ = state.handle(script: try KeyScript.parse("<resize 80x24><resize 60x20>"))
        #expect(state.selectedItem == 1)
        #expect(state.focus == .detail)
        #expect(screen(state).lines.count == 20)
    }

    @Test func mouseClicksTabsAndRows() throws {
        var (state, _) = try state(keys: "", width: 120, height: 30)
        // Tabs: " 1 Summary │ 2 Parties │ 3 Dialog" — column 25 is in "3 Dialog".
        _ = state.handle(script: try KeyScript.parse("<click 25,1><click 5,5><wheeldown 5,5>"))
        #expect(state.pane == .dialog)
        #expect(state.selectedItem == 2)
    }
}
