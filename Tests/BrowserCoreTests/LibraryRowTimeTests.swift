import TermUI
import Testing
import VConLibrary
import VConModel

@testable import BrowserCore

/// `T` and `:set tz=` make only the list's time column again, and a resize or `:set number` only refits the rows:
/// what they show is what rows made from scratch show.
@Suite struct LibraryRowTimeTests {
    static func texts(_ data: LibraryRowData) -> [String] {
        data.rows.map { row in
            [row.time, "\(row.timeIsValid)", row.badge, row.title, row.counts ?? "-", row.findings ?? "-", row.file, row.shortID]
                .joined(separator: "|")
        }
    }

    static func fromScratch(_ state: AppState) -> LibraryRowData {
        LibraryRowData.build(state.session, time: state.time, ellipsis: state.glyphs.ellipsis)
    }

    @Test func everyTimeModeShowsWhatRowsMadeFromScratchShow() throws {
        let catalog = Catalog(sources: [FindingsCheckTests.Source(count: 7)], opener: MemberOpener(validates: false))
        var state = AppState(session: BrowserSession(catalog: catalog, checkLater: true), size: TerminalSize(width: 120, height: 30))
        BrowserApp.settle(&state, state.start())
        #expect(state.libraryRowData.rows.contains { $0.findings == "1 error" }, "findings settled before the time changes")
        var seen: Set<String> = []
        for _ in 0..<5 {
            _ = state.handle(.key(.char("T")))
            #expect(Self.texts(state.libraryRowData) == Self.texts(Self.fromScratch(state)), "\(state.time.mode)")
            #expect(state.libraryRowData.widths == Self.fromScratch(state).widths, "\(state.time.mode)")
            seen.insert(state.libraryRowData.rows[1].time)
        }
        #expect(seen.count >= 3, "the modes differ: \(seen)")
        _ = state.handle(script: try KeyScript.parse(":set tz=-05:00<Enter>"))
        #expect(state.libraryRowData.rows[1].time.hasSuffix("-05:00"))
        #expect(Self.texts(state.libraryRowData) == Self.texts(Self.fromScratch(state)))
    }

    @Test func aResizeOrRowNumbersKeepTheRowsAndRefitThem() throws {
        let catalog = Catalog(sources: [FindingsCheckTests.Source(count: 7)])
        var state = AppState(session: BrowserSession(catalog: catalog), size: TerminalSize(width: 120, height: 30))
        let before = Self.texts(state.libraryRowData)
        _ = state.apply(.resize(TerminalSize(width: 60, height: 20)))
        _ = state.handle(script: try KeyScript.parse(":set number<Enter>"))
        #expect(Self.texts(state.libraryRowData) == before)
        #expect(Self.texts(state.libraryRowData) == Self.texts(Self.fromScratch(state)))
        #expect(state.libraryRows.count == 7)
        // Each row drawn in the new width, numbered: row 6 is "6" and then its time, cut to 60 columns.
        let lines = screen(state).plainText.split(separator: "\n").map(String.init)
        let sixth = try #require(lines.first { $0.contains("6 ") && $0.contains("2024-01-01") && $0.contains("a 5") }, "\(lines)")
        #expect(sixth.count == 60)
    }

    /// `/` keeps what it matches between searches, until the rows are made again: findings that arrive after a
    /// search are found by the next one.
    @Test func aSearchAfterTheRowsChangedSeesTheirNewTexts() throws {
        let catalog = Catalog(sources: [FindingsCheckTests.Source(count: 7)], opener: MemberOpener(validates: false))
        var state = AppState(session: BrowserSession(catalog: catalog, checkLater: true), size: TerminalSize(width: 120, height: 30))
        let asked = state.handle(script: try KeyScript.parse("/1 error<Enter>"))
        #expect(state.message == "no match for 1 error in the list")
        #expect(asked.contains(.checkFindings))
        BrowserApp.settle(&state, asked)
        _ = state.handle(script: try KeyScript.parse("/1 error<Enter>"))
        #expect(state.listSearch?.rows == [0, 3, 6])
        _ = state.handle(script: try KeyScript.parse("/A 5<Enter>"))
        #expect(state.listSearch?.rows == [5], "the subject, any case")
    }
}
