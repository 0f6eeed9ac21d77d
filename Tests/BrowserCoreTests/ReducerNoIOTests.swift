import Foundation
import Synchronization
import TermUI
import Testing
import VConLibrary
import VConModel

@testable import BrowserCore

/// The reducer does no I/O (issue 10): `apply` is driven through the panes, the list, `:trust`, `:key` and Esc
/// with a checker (crypto) and a source that record every call, and they record none. The work comes out as
/// effects, and only carrying those out (the run loop's job) calls them.
@Suite struct ReducerNoIOTests {
    /// Every call a double received, by name.
    final class Calls: Sendable {
        private let names = Mutex<[String]>([])
        func add(_ name: String) { names.withLock { $0.append(name) } }
        var all: [String] { names.withLock { $0 } }
        func reset() { names.withLock { $0 = [] } }
    }

    /// A source over two in-memory vCons that records every list and load.
    struct RecordingSource: LibrarySource {
        let calls: Calls
        var name: String { "recording" }
        let members = [
            vcon("00000000-0000-4000-8000-000000000001", "first"), vcon("00000000-0000-4000-8000-000000000002", "second"),
        ]

        static func vcon(_ uuid: String, _ subject: String) -> [UInt8] {
            Array(
                #"{"vcon": "0.4.0", "uuid": "\#(uuid)", "created_at": "2024-01-01T00:00:00Z", "subject": "\#(subject)", "parties": [{"name": "Ann"}], "dialog": [{"type": "text", "start": "2024-01-01T00:00:00Z", "parties": [0], "body": "hi", "encoding": "none"}]}"#
                    .utf8)
        }

        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            calls.add("list")
            return ListPage(
                members: members.indices.map { MemberListing(key: MemberKey(String($0)), displayName: "m\($0).json") }, next: nil)
        }

        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            calls.add("load \(key.raw)")
            return MemberBytes(buffer: ByteBuffer(members[Int(key.raw) ?? 0]), sourceName: "m\(key.raw).json")
        }
    }

    /// A checker (the crypto side of the browser) that records every call; `rejudge` answers with `next`.
    struct RecordingChecker: SecurityChecking {
        let calls: Calls
        var next: BrowserSession?
        var now: Date { Date(timeIntervalSince1970: 0) }
        func contentHashes(of vcon: VCon, member: Int) -> [HashCheck] {
            calls.add("hashes")
            return []
        }
        func stir(of vcon: VCon, member: Int) -> [StirCheck] {
            calls.add("stir")
            return []
        }
        func rejudge(adding addition: SecurityAddition) throws(SecurityAdditionError) -> BrowserSession {
            calls.add("rejudge \(addition.path)")
            guard let next else { throw SecurityAdditionError("no key in it") }
            return next
        }
    }

    func session(_ calls: Calls) -> BrowserSession {
        var session = BrowserSession(catalog: Catalog(sources: [RecordingSource(calls: calls)]))
        session.checker = RecordingChecker(calls: calls, next: BrowserSession(catalog: Catalog(sources: [RecordingSource(calls: calls)])))
        return session
    }

    @Test func applyCallsNeitherTheSourceNorTheCrypto() throws {
        let calls = Calls()
        var state = AppState(session: session(calls), size: TerminalSize(width: 120, height: 40))
        #expect(calls.all.contains("load 0"), "the session was opened through the recording source")
        calls.reset()
        var effects: [Effect] = []
        for keys in [
            "jk<Enter>1", "2", "3", "4", "5", "6", "7", "jj", "8", "7", "q", ":trust /tmp/a.pem<Enter>", "<Esc>",
            ":key /tmp/k.pem<Enter>",
        ] {
            effects += state.handle(script: try KeyScript.parse(keys))
        }
        #expect(calls.all == [])
        // The Security pane asks for its content hashes and STIR once, as an effect, and says it is checking.
        #expect(effects.filter { if case .checkSecurity = $0 { true } else { false } } == [.checkSecurity(0)])
        #expect(effects.contains(.rejudge(.trust("/tmp/a.pem"))))
        #expect(effects.contains(.cancelWork))
        #expect(effects.contains(.rejudge(.key("/tmp/k.pem"))))
        #expect(state.work == .judging(.key("/tmp/k.pem")))
        #expect(state.message?.hasPrefix("judging every vCon again with key /tmp/k.pem") == true)
        // Carrying out an effect is what reads files and calls the crypto, once; the answer comes back as an action.
        BrowserApp.settle(&state, [.checkSecurity(0), .checkSecurity(0)])
        #expect(calls.all == ["hashes", "stir"], "checked once, then read from the cache")
        calls.reset()
        BrowserApp.settle(&state, [.rejudge(.key("/tmp/k.pem"))])
        #expect(calls.all.filter { $0.hasPrefix("rejudge") } == ["rejudge /tmp/k.pem"])
        #expect(state.work == nil)
        #expect(state.message?.hasPrefix("key k.pem added, every vCon judged again") == true)
    }

    @Test func escDropsTheAnswerOfCancelledWork() throws {
        let calls = Calls()
        var state = AppState(session: session(calls), size: TerminalSize(width: 120, height: 40))
        let asked = state.handle(script: try KeyScript.parse(":trust /tmp/a.pem<Enter>"))
        #expect(asked == [.rejudge(.trust("/tmp/a.pem"))])
        #expect(state.handle(script: try KeyScript.parse(":key /tmp/b.pem<Enter>")) == [])
        #expect(state.message?.hasPrefix("busy: judging") == true)
        #expect(state.handle(script: try KeyScript.parse("<Esc>")) == [.cancelWork])
        #expect(state.message?.hasSuffix("cancelled") == true)
        let before = state.session.documents.count
        let late = RejudgeOutcome(.failure(SecurityAdditionError("late")))
        _ = state.apply(.rejudged(.trust("/tmp/a.pem"), late))
        #expect(state.message?.hasSuffix("cancelled") == true)
        #expect(state.session.documents.count == before)
    }

    @Test func aWorkerThreadCarriesOutTheJobAndItsAnswerIsApplied() throws {
        let calls = Calls()
        var state = AppState(session: session(calls), size: TerminalSize(width: 100, height: 30))
        calls.reset()
        _ = state.handle(script: try KeyScript.parse(":trust /tmp/a.pem<Enter>"))
        let job = try #require(BrowserApp.job(for: .rejudge(.trust("/tmp/a.pem")), state: state))
        let runner = WorkRunner()
        runner.start(job)
        runner.waitUntilIdle()
        let answers = runner.drain()
        #expect(answers.count == 1)
        // The worker built the judged session's list rows too (swapping them in took 463 ms of the key loop at
        // 10 000 members); the reducer takes them as they are.
        guard case .rejudged(_, let outcome) = answers.first, case .success(let judged) = outcome.result else {
            Issue.record("not a judged session: \(answers)")
            return
        }
        #expect(outcome.rows?.rows.count == judged.listed.count)
        for answer in answers { _ = state.apply(answer) }
        #expect(state.work == nil)
        #expect(calls.all == ["rejudge /tmp/a.pem"])
        #expect(state.libraryRowData.rows.map(\.file) == outcome.rows?.rows.map(\.file))
    }
}

/// The vCon list fills in the background: the first screen has only what was opened before it, `start` asks the
/// run loop for more, and each answer grows the list; nothing is opened by the reducer, and Esc stops it.
@Suite struct BackgroundLoadingTests {
    /// `count` tiny vCons, counting loads.
    struct ManySource: LibrarySource {
        let calls: ReducerNoIOTests.Calls
        let count: Int
        var name: String { "many" }
        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            ListPage(members: (0..<count).map { MemberListing(key: MemberKey(String($0)), displayName: "m\($0).json") }, next: nil)
        }
        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            calls.add(key.raw)
            let uuid = String(format: "00000000-0000-4000-8000-%012d", Int(key.raw) ?? 0)
            let json =
                #"{"vcon": "0.4.0", "uuid": "\#(uuid)", "created_at": "2024-01-01T00:00:00Z", "subject": "call \#(key.raw)", "parties": []}"#
            return MemberBytes(buffer: ByteBuffer(Array(json.utf8)), sourceName: "m\(key.raw).json")
        }
    }

    @Test func theListFillsAfterTheFirstScreenAndEachMemberOpensOnce() throws {
        let calls = ReducerNoIOTests.Calls()
        let session = BrowserSession(catalog: Catalog(sources: [ManySource(calls: calls, count: 1_200)]), openFirst: 10)
        #expect(calls.all.count == 10)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        #expect(state.session.listed.count == 10)
        let asked = state.start()
        #expect(asked == [.openMore])
        #expect(state.work == .loading(opened: 10, total: 1_200))
        #expect(screen(state).plainText.contains("loading 10/1200…"))
        _ = state.handle(script: try KeyScript.parse("jj"))
        #expect(calls.all.count == 10, "keys answered while loading open nothing")
        BrowserApp.settle(&state, asked)
        #expect(state.session.listed.count == 1_200)
        #expect(state.work == nil)
        #expect(calls.all.count == 1_200)
        #expect(Set(calls.all).count == 1_200)
        #expect(state.libraryCursor.selected == 2, "the cursor stayed on its row while the list grew")
    }

    /// A background step while a vCon is open swaps in the grown session under it: its pane, the JSON tree's
    /// folds and the detail's cursor stay (every step used to rebuild the tree and reset the detail), and the
    /// rows already built are kept, the new ones added by the worker.
    @Test func aBackgroundStepKeepsTheOpenVConAsItWas() throws {
        let calls = ReducerNoIOTests.Calls()
        let session = BrowserSession(catalog: Catalog(sources: [ManySource(calls: calls, count: 1_200)]), openFirst: 10)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        let effects = state.start()
        _ = state.handle(script: try KeyScript.parse("jj<Enter>8"))
        #expect(state.pane == .json)
        let tree = try #require(state.tree)
        _ = state.handle(script: try KeyScript.parse("j<Space>"))
        let folds = state.treeState
        let rowsBefore = state.libraryRowData.rows.map(\.title)
        BrowserApp.settle(&state, effects)
        #expect(state.session.listed.count == 1_200)
        #expect(state.pane == .json && state.treeState == folds)
        #expect(state.tree.map { $0.nodeCount == tree.nodeCount } == true)
        #expect(state.currentDocument?.vcon?.subject == "call 2")
        #expect(Array(state.libraryRowData.rows.prefix(10).map(\.title)) == rowsBefore)
        #expect(state.libraryRowData.rows.count == 1_200 && state.libraryRowData.rows[1_199].title == "call 1199")
        #expect(state.libraryRowData.widths == ColumnWidths(state.libraryRowData.rows), "widths kept as rows were added")
    }

    /// Each background step rebuilds the session over everything open so far: the steps double, so a big
    /// listing costs a few rebuilds, not one per 500 members (3 000 members: 4 steps, not 6; 100 000: 8, not 200).
    @Test func backgroundStepsDoubleSoTheWholeListingIsLinear() {
        let calls = ReducerNoIOTests.Calls()
        let session = BrowserSession(catalog: Catalog(sources: [ManySource(calls: calls, count: 3_000)]), openFirst: 10)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        var effects = state.start()
        var steps = 0
        while let effect = effects.first, let job = BrowserApp.job(for: effect, state: state) {
            steps += 1
            effects = state.apply(job(Cancellation()))
        }
        #expect(state.session.listed.count == 3_000)
        #expect(steps == 4)
        #expect(calls.all.count == 3_000)
    }

    /// ManySource listed in pages (a directory tree), with a member that cannot be read.
    struct PagedSource: LibrarySource {
        let base: ManySource
        let failing: String
        var name: String { "paged" }
        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            base.calls.add("list")
            let start = request.cursor.flatMap { Int($0.token) } ?? 0
            let end = min(base.count, start + request.limit)
            let members = (start..<end).map { MemberListing(key: MemberKey(String($0)), displayName: "m\($0).json") }
            return ListPage(members: members, next: end < base.count ? ListCursor(String(end)) : nil)
        }
        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            if key.raw == failing { throw SourceError(.unreadable, place: "m\(key.raw).json", message: "permission denied") }
            return try base.load(key, cancellation: cancellation)
        }
    }

    @Test func theFirstScreenListsOnePageAndWhatIsSkippedLaterIsAdded() {
        let calls = ReducerNoIOTests.Calls()
        let source = PagedSource(base: ManySource(calls: calls, count: 2_500), failing: "2321")
        let session = BrowserSession(catalog: Catalog(sources: [source]), openFirst: 10)
        #expect(calls.all.filter { $0 == "list" }.count == 1, "one page before the first screen")
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        let asked = state.start()
        #expect(screen(state).plainText.contains("loading 10/1000+…"), "the count grows while the listing goes on")
        BrowserApp.settle(&state, asked)
        #expect(state.session.listed.count == 2_499)
        #expect(calls.all.filter { $0 == "list" }.count <= 5)
        #expect(state.session.skipped == ["m2321.json: permission denied"])
        #expect(state.work == nil)
    }

    @Test func escStopsLoadingAndKeepsWhatIsOpen() throws {
        let calls = ReducerNoIOTests.Calls()
        let session = BrowserSession(catalog: Catalog(sources: [ManySource(calls: calls, count: 1_200)]), openFirst: 10)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        let asked = state.start()
        #expect(state.handle(script: try KeyScript.parse("<Esc>")) == [.cancelWork])
        BrowserApp.settle(&state, asked)
        #expect(state.session.listed.count == 10)
        #expect(state.work == nil)
    }
}
