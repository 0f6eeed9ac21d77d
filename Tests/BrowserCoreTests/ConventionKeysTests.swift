import TermUI
import Testing

@testable import BrowserCore

/// Keys users bring from sngrep, tig, lazygit and htop (issue 12, items 5, 13, 14, 17, 18).
@Suite struct ConventionKeysTests {
    func library(keys: String = "", width: Int = 80, height: Int = 24) throws -> (AppState, [Effect]) {
        let loaded = try LibraryListTests.files.map { try loadFixture($0.1, source: $0.0) }
        var state = AppState(session: BrowserSession(files: loaded), size: TerminalSize(width: width, height: height))
        let effects = state.handle(script: try KeyScript.parse(keys))
        return (state, effects)
    }

    func single(_ keys: String) throws -> (AppState, [Effect]) { try state(keys: keys) }

    // MARK: - 5: Esc never quits; it clears the filter, then the search, then goes back

    @Test func escOnAFilteredListClearsTheFilterInsteadOfQuitting() throws {
        var (state, effects) = try library(keys: "\\plain<Enter><Esc>")
        #expect(!effects.contains(.quit))
        #expect(state.mode == .library)
        #expect(state.libraryCursor.filter.isEmpty)
        #expect(state.message == "filter cleared")
        // A second Esc at the top level does not quit either; it says how to.
        #expect(!state.handle(.key(KeyPress(.escape))).contains(.quit))
        #expect(state.message == "q or Q quits")
        #expect(state.handle(.key(.char("q"))) == [.quit])
    }

    @Test func escInAPaneClearsFilterThenSearchThenLeavesTheDetail() throws {
        var (state, _) = try state(keys: "/Alice<Enter>")
        _ = state.handle(script: try KeyScript.parse("2\\bob<Enter>"))
        #expect(state.search != nil)
        _ = state.handle(.key(KeyPress(.escape)))
        #expect(state.cursor.filter.isEmpty)
        #expect(state.search != nil)
        _ = state.handle(.key(KeyPress(.escape)))
        #expect(state.search == nil)
        for _ in 0..<5 { #expect(!state.handle(.key(KeyPress(.escape))).contains(.quit)) }
        #expect(state.handle(.key(.char("Q"))) == [.quit])
    }

    @Test func qOnAFilteredPaneListClearsTheFilterFirst() throws {
        var (state, _) = try state(keys: "3\\text<Enter>")
        #expect(state.handle(.key(.char("q"))).isEmpty)
        #expect(state.cursor.filter.isEmpty)
    }

    // MARK: - 13: `/` searches the vCon list

    @Test func slashInTheListSearchesItsRows() throws {
        var (state, _) = try library(keys: "/unparseable<Enter>")
        #expect(state.listSearch?.rows == [2])
        #expect(state.libraryCursor.selected == 2)
        #expect(state.message == nil)
        // File names and party names count too; n and N go round.
        _ = state.handle(script: try KeyScript.parse("/.vcon.json<Enter>"))
        #expect(state.listSearch?.rows.count == LibraryListTests.files.count)
        let first = state.libraryCursor.selected
        _ = state.handle(script: try KeyScript.parse("nN"))
        #expect(state.libraryCursor.selected == first)
        _ = state.handle(script: try KeyScript.parse("/nobody-here<Enter>"))
        #expect(state.message == "no match for nobody-here in the list")
    }

    @Test func listHitsAreHighlightedAndCounted() throws {
        let (state, _) = try library(keys: "/millisec<Enter>")
        let buffer = screen(state)
        let text = buffer.plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(text.firstIndex { $0.contains("Milliseconds") })
        let line = text[row]
        let prefix = line[..<(line.range(of: "Milliseconds")?.lowerBound ?? line.endIndex)]
        let column = SafeText(String(prefix)).width
        #expect(buffer.style(x: column, y: row) == state.theme.searchHit)
        #expect(text[23].contains("/millisec 1/1"))
    }

    // MARK: - 14: `:N` counts from 1, `:set number` shows the numbers

    @Test func colonNCountsFromOne() throws {
        var (state, _) = try library(keys: ":2<Enter>")
        #expect(state.libraryCursor.selected == 1)
        _ = state.handle(script: try KeyScript.parse(":99<Enter>"))
        #expect(state.libraryCursor.selected == 1)
        #expect(state.message == "no row 99: the list has 6")
        (state, _) = try single("3:3<Enter>")
        #expect(state.selectedItem == 2)
    }

    @Test func setNumberNumbersTheRowsFromOne() throws {
        let (state, _) = try library(keys: ":set number<Enter>")
        let lines = screen(state).plainText.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("│▶ 1 2026-03-01"))
        #expect(lines[7].hasPrefix("│  6 (not readable)"))
        for line in lines.dropFirst(2).prefix(6) { #expect(SafeText(line).width == 80, "\(line)") }
        let (pane, _) = try single("3:set nu<Enter>")
        #expect(screen(pane).plainText.contains("▶ 1 [0] text"))
        let (off, _) = try single("3:set nu<Enter>:set nonu<Enter>")
        #expect(screen(off).plainText.contains("▶ [0] text"))
        let (bad, _) = try single(":set colour<Enter>")
        #expect(bad.message == "unknown setting colour: :set tz=…, number, nonumber")
    }

    // MARK: - 17: Enter on a row without a link, `q` deep in history

    @Test func enterOnADialogRowFocusesItsFirstReference() throws {
        let (state, _) = try state(keys: "3<Enter>")
        #expect(state.focus == .detail)
        #expect(state.detail.lines[state.detail.cursor].link != nil)
        #expect(state.message?.hasPrefix("in the detail: Enter follows") == true)
    }

    @Test func qGoesBackOneStepInLinkHistoryLikeBracket() throws {
        // Dialog 0 → its party 1 → (Summary) … q retraces the jumps one at a time.
        var (state, _) = try state(keys: "3<Enter>j<Enter>")
        #expect(state.pane == .parties)
        #expect(state.history.count == 1)
        var bracket = state
        _ = bracket.handle(.key(.char("[")))
        #expect(state.handle(.key(.char("q"))).isEmpty)
        #expect(state.pane == bracket.pane)
        #expect(state.selectedItem == bracket.selectedItem)
        #expect(state.focus == bracket.focus)
    }

    // MARK: - 18: `y u` in the list

    @Test func yuInTheListCopiesTheSelectedRowsUUID() throws {
        var (state, effects) = try library(keys: "jyu")
        let uuid = try #require(state.session.documents[state.session.listed[1]].vcon?.uuid)
        #expect(effects == [.copy(uuid)])
        effects = state.handle(script: try KeyScript.parse("Gyu"))
        #expect(effects.isEmpty)
        #expect(state.message == "this row is not a readable vCon: no uuid")
    }
}
