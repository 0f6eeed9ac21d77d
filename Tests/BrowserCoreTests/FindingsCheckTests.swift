import Foundation
import TermUI
import Testing
import VConLibrary
import VConModel

@testable import BrowserCore

/// Findings arrive after the first screen (issue 10): the browser opens members without validating them, shows
/// `…` and "checking findings" until an `Effect.checkFindings` (off the UI loop, the open vCon first) answers,
/// and takes only answers about the very bytes it shows.
@Suite struct FindingsCheckTests {
    /// `count` tiny vCons; every third has a `created_at` that is not an RFC 3339 time (one error finding).
    struct Source: LibrarySource {
        let count: Int
        var tag = "a"
        var name: String { "findings" }
        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            ListPage(members: (0..<count).map { MemberListing(key: MemberKey(String($0)), displayName: "m\($0).json") }, next: nil)
        }
        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            let number = Int(key.raw) ?? 0
            let uuid = String(format: "00000000-0000-4000-8000-%012d", number)
            let created = number % 3 == 0 ? "yesterday afternoon" : "2024-01-01T00:00:00Z"
            let json =
                #"{"vcon": "0.4.0", "uuid": "\#(uuid)", "created_at": "\#(created)", "subject": "\#(tag) \#(number)", "parties": []}"#
            return MemberBytes(buffer: ByteBuffer(Array(json.utf8)), sourceName: "m\(number).json")
        }
    }

    func unchecked(_ count: Int, tag: String = "a") -> BrowserSession {
        let catalog = Catalog(sources: [Source(count: count, tag: tag)], opener: MemberOpener(validates: false))
        return BrowserSession(catalog: catalog, checkLater: true)
    }

    func checked(_ count: Int) -> BrowserSession { BrowserSession(catalog: Catalog(sources: [Source(count: count)])) }

    @Test func anOpenerThatDoesNotValidateLeavesMembersUnchecked() throws {
        let lazy = Catalog(sources: [Source(count: 3)], opener: MemberOpener(validates: false))
        lazy.listAll()
        #expect(try lazy.open(0).checked == false)
        #expect(lazy.library().findings.isEmpty, "no findings entry is not the same as no findings")
        let eager = Catalog(sources: [Source(count: 3)])
        eager.listAll()
        #expect(try eager.open(0).checked && eager.open(0).findings.count { $0.severity == .error } == 1)
    }

    @Test func theFirstScreenShowsRowsBeforeTheirFindingsAndTheCheckFillsThemIn() throws {
        var state = AppState(session: unchecked(6), size: TerminalSize(width: 120, height: 30))
        #expect(state.session.unchecked == 6)
        #expect(state.libraryRowData.rows.map(\.findings) == Array(repeating: "…", count: 6))
        #expect(screen(state).plainText.contains("checking findings 0/6…"))
        let asked = state.start()
        #expect(asked == [.checkFindings])
        #expect(state.apply(.run(.moveDown, key: .char("j"))) == [], "one check at a time")
        BrowserApp.settle(&state, asked)
        #expect(state.session.unchecked == 0 && !state.checkingFindings)
        let expected = checked(6).documents.map { $0.findings.map(\.message) }
        #expect(state.session.documents.map { $0.findings.map(\.message) } == expected)
        #expect(state.libraryRowData.rows.map(\.findings) == ["1 error", "1 finding", "1 finding", "1 error", "1 finding", "1 finding"])
        #expect(!screen(state).plainText.contains("checking findings"))
        #expect(state.libraryRowData.widths == ColumnWidths(state.libraryRowData.rows), "widths kept as findings came")
    }

    @Test func theOpenVConShowsCheckingUntilItsFindingsComeAndIsCheckedFirst() throws {
        var state = AppState(session: unchecked(900), size: TerminalSize(width: 120, height: 30))
        var effects = state.handle(script: try KeyScript.parse(":601<Enter><Enter>1"))
        #expect(effects == [.checkFindings], "the first key asked for the check; later keys wait for its answer")
        #expect(state.currentDocument?.vcon?.subject == "a 600")
        let shown = screen(state).plainText
        #expect(shown.contains("checking findings…"))
        #expect(shown.split(separator: "\n").contains { $0.contains("Findings") && $0.contains("checking…") })
        _ = state.handle(script: try KeyScript.parse("!"))
        #expect(state.overlay == nil && state.message?.contains("being checked") == true)
        #expect(state.uncheckedBatch.first == 600, "the open vCon goes first")
        #expect(state.uncheckedBatch.count == AppState.findingsBatch)
        var steps = 0
        while !effects.isEmpty, steps < 20 {
            let job = try #require(BrowserApp.job(for: effects.removeFirst(), state: state))
            effects += state.apply(job(Cancellation()))
            steps += 1
        }
        #expect(state.session.unchecked == 0)
        #expect(steps <= 4, "batches double: 256, 256, 512 for 900 documents")
        #expect(screen(state).plainText.contains("2 findings"))
        _ = state.handle(script: try KeyScript.parse("!"))
        #expect(state.findingEntries.count == 2)
    }

    /// In ASCII mode the words read as the loading status does (`...`), not with the cut-text mark.
    @Test func asciiModeSaysCheckingWithThreeDots() throws {
        var state = AppState(session: unchecked(3), size: TerminalSize(width: 120, height: 30), glyphs: .ascii)
        #expect(screen(state).plainText.contains("checking findings 0/3..."))
        _ = state.handle(script: try KeyScript.parse("<Enter>"))
        let shown = screen(state).plainText
        #expect(shown.contains("checking findings...") && shown.contains("checking..."))
    }

    /// An answer about other bytes (the session was reloaded from a file changed on disk, or judged again) is not
    /// taken: the document stays unchecked, and the next check validates what is shown.
    @Test func findingsOfOtherBytesAreNotTaken() throws {
        let old = unchecked(3)
        var state = AppState(session: unchecked(3, tag: "b"), size: TerminalSize(width: 120, height: 30))
        let stale = BrowserApp.checkFindings(old.documents.enumerated().map { ($0.offset, $0.element) })
        #expect(stale.map(\.name) == state.session.documents.map(\.name), "same names, other bytes")
        let effects = state.apply(.findingsChecked(CheckedFindings(stale)))
        #expect(state.session.unchecked == 3)
        #expect(effects == [.checkFindings])
        BrowserApp.settle(&state, effects)
        #expect(state.session.unchecked == 0)
    }

    /// A checker whose `reopen` (`R`) answers with a session over other, unchecked bytes.
    struct ReopeningChecker: SecurityChecking {
        var now: Date { Date(timeIntervalSince1970: 0) }
        func contentHashes(of vcon: VCon, member: Int) -> [HashCheck] { [] }
        func stir(of vcon: VCon, member: Int) -> [StirCheck] { [] }
        func rejudge(adding addition: SecurityAddition) throws(SecurityAdditionError) -> BrowserSession {
            throw SecurityAdditionError("not here")
        }
        func reopen() throws(SecurityAdditionError) -> (BrowserSession, [String]) {
            let catalog = Catalog(sources: [Source(count: 3, tag: "reread")], opener: MemberOpener(validates: false))
            return (BrowserSession(catalog: catalog, checkLater: true), [])
        }
    }

    /// `R` reads the files again: their findings are checked again, without waiting for a key.
    @Test func aReloadChecksTheFindingsOfWhatItRead() {
        var session = checked(3)
        session.checker = ReopeningChecker()
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 30))
        let effects = BrowserApp.reload(&state)
        #expect(state.session.unchecked == 3)
        #expect(effects.contains(.checkFindings))
        BrowserApp.settle(&state, effects)
        #expect(state.session.unchecked == 0 && state.session.documents[0].vcon?.subject == "reread 0")
    }

    /// The profile note ("valid under core-03, not core-04") comes with the worker's answer: making it may validate
    /// the vCon a second time, under core-03, which the reducer must not do.
    @Test func theProfileNoteIsMadeByTheWorker() throws {
        let json = """
            {"vcon":"0.4.0","uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2024-01-15T10:00:00Z",
             "parties":[{"name":"A"},{"name":"B"}],
             "dialog":[{"type":"text","start":"2024-01-15T10:00:00Z","parties":[0,1],"mediatype":"text/plain","body":"hi"}]}
            """
        let source = MemorySource(name: "files", members: [("no-encoding.vcon.json", ByteBuffer(Array(json.utf8)))])
        let session = BrowserSession(catalog: Catalog(sources: [source], opener: MemberOpener(validates: false)), checkLater: true)
        #expect(session.documents[0].profileNote == nil)
        let results = BrowserApp.checkFindings([(0, session.documents[0])])
        #expect(results[0].profileNote?.hasPrefix("valid under core-03, not core-04: ") == true)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        _ = state.apply(.findingsChecked(CheckedFindings(results)))
        #expect(state.session.documents[0].profileNote == results[0].profileNote)
        #expect(screen(state).plainText.contains("0.4.0 (core-03 ok, not core-04)"))
    }

    /// Validating on every core gives what validating one by one gives, in order.
    @Test func checkingInParallelEqualsCheckingOneByOne() {
        let session = unchecked(700)
        let results = BrowserApp.checkFindings(session.documents.enumerated().map { ($0.offset, $0.element) })
        #expect(results.map(\.document) == Array(0..<700))
        for result in results {
            let alone = session.documents[result.document].file.map { Validator.validate($0) } ?? []
            #expect(result.findings.map(\.message) == alone.map(\.message))
        }
        #expect(Parallel.map(1_000) { $0 * 2 } == (0..<1_000).map { $0 * 2 })
    }
}
