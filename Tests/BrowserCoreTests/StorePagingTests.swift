import Foundation
import Synchronization
import TermUI
import Testing
import VConLibrary
import VConModel

@testable import BrowserCore

/// The vCon list over a store (issue 11): paged as it scrolls, rows from summaries, a row fetched on Enter, the
/// `\` filter asked of the store, links followed into it. The reducer asks (effects) and does no I/O; carrying
/// out the effects (`BrowserApp.settle`, as the batch run loop does) is what calls the source.
@Suite struct StorePagingTests {
    /// A store double: `count` members newest first, paged by offset, loaded by uuid; records every call.
    /// Member n ending in 99 is a redacted version of n - 300; n ending in 98 groups a uuid nobody has.
    struct PagedStore: LibrarySource {
        let calls: ReducerNoIOTests.Calls
        let count: Int
        var name: String { "store" }
        var capabilities: SourceCapabilities {
            SourceCapabilities(filters: [.text], isRemote: true, isOrdered: true, pagesOnDemand: true)
        }

        static func uuid(_ n: Int) -> String { String(format: "00000000-0000-4000-8000-%012d", n) }
        static let nobody = "00000000-0000-4000-8000-00000000dead"

        /// Member at listing position `p` (newest first) is number `count - 1 - p`.
        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            calls.add("list \(request.limit)")
            let numbers = (0..<count).reversed().filter { n in request.filter.text.map { "call \(n)".contains($0) } ?? true }
            let start = Int(request.cursor?.token ?? "0") ?? 0
            let slice = numbers.dropFirst(start).prefix(request.limit)
            let members = slice.map { n in
                MemberListing(
                    key: MemberKey(Self.uuid(n)), displayName: Self.uuid(n),
                    summary: MemberSummary(
                        uuid: Self.uuid(n), subject: "call \(n)", createdAt: "2024-01-01T00:00:00Z", partyNames: ["Ann"]))
            }
            let end = start + slice.count
            let next = end < numbers.count ? ListCursor(String(end)) : nil
            return ListPage(members: Array(members), next: next, estimatedTotal: numbers.count)
        }

        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            calls.add("load \(key.raw)")
            guard let n = Int(key.raw.suffix(12)), key.raw.hasPrefix("00000000-0000-4000-8000-"), n < count else {
                throw SourceError(.notFound, place: "store#" + key.raw, message: "no such vCon")
            }
            var links = ""
            if n % 100 == 99, n >= 300 { links = #", "redacted": {"uuid": "\#(Self.uuid(n - 300))", "type": "pii"}"# }
            if n % 100 == 98 { links = #", "group": [{"uuid": "\#(Self.nobody)"}]"# }
            let json =
                #"{"vcon": "0.4.0", "uuid": "\#(Self.uuid(n))", "created_at": "2024-01-01T00:00:00Z", "subject": "call \#(n)", "parties": [{"name": "Ann"}]\#(links)}"#
            return MemberBytes(buffer: ByteBuffer(Array(json.utf8)), sourceName: "store#" + key.raw)
        }
    }

    func state(count: Int = 1_000, height: Int = 24) -> (AppState, ReducerNoIOTests.Calls) {
        let calls = ReducerNoIOTests.Calls()
        let catalog = Catalog(sources: [PagedStore(calls: calls, count: count)])
        catalog.listAll()
        let session = BrowserSession(catalog: catalog)
        return (AppState(session: session, size: TerminalSize(width: 120, height: height)), calls)
    }

    func screen(_ state: AppState) -> String {
        BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme).plainText
    }

    @Test func theListShowsTheFirstPageFromSummariesAndOpensNothing() {
        let (state, calls) = state()
        #expect(calls.all == ["list 200"])
        #expect(state.mode == .library)
        #expect(state.session.listCount == 200)
        #expect(state.session.documents.isEmpty, "no document is parsed to list")
        #expect(screen(state).contains("200 of ≈1000 vCons"))
        #expect(screen(state).contains("call 999"))
    }

    @Test func scrollingPastTheLastScreenAsksForTheNextPageOffTheReducer() throws {
        var (state, calls) = state()
        var effects = state.handle(script: try KeyScript.parse("jjj"))
        #expect(effects.isEmpty, "far from the end: nothing asked")
        effects = state.handle(script: try KeyScript.parse("G"))
        #expect(effects == [.listMore(limit: 200)])
        #expect(calls.all == ["list 200"], "the reducer asked; it listed nothing itself")
        #expect(state.work == .paging(listed: 200))
        #expect(screen(state).contains("loading…"))
        BrowserApp.settle(&state, effects)
        #expect(calls.all == ["list 200", "list 200"])
        #expect(state.session.listCount == 400)
        #expect(state.work == nil)
        #expect(state.libraryCursor.selected == 199, "G stayed on its row while the list grew")
        #expect(state.session.documents.isEmpty)
        // PgDn through the whole store: every page is asked once, in order, and the list ends.
        for _ in 0..<60 {
            let more = state.handle(script: try KeyScript.parse("<PgDn>"))
            BrowserApp.settle(&state, more)
        }
        #expect(state.session.listCount == 1_000)
        #expect(state.session.paged?.hasMore == false)
        #expect(calls.all.count == 5)
        #expect(screen(state).contains("1000 vCons"))
    }

    @Test func escCancelsAPageLoadAndItsLateAnswerIsDropped() throws {
        var (state, calls) = state()
        let asked = state.handle(script: try KeyScript.parse("G"))
        #expect(asked == [.listMore(limit: 200)])
        #expect(state.handle(script: try KeyScript.parse("<Esc>")) == [.cancelWork])
        #expect(state.work == nil)
        #expect(state.message?.contains("cancelled") == true)
        BrowserApp.settle(&state, asked)
        #expect(state.session.listCount == 200, "the answer that came after Esc is not applied")
        _ = calls
    }

    @Test func goingToARowNotListedYetPagesUntilItIs() throws {
        var (state, _) = state()
        let effects = state.handle(script: try KeyScript.parse(":750<Enter>"))
        #expect(effects.count == 1)
        guard case .listMore(let limit)? = effects.first else {
            Issue.record("expected a page request, got \(effects)")
            return
        }
        #expect(limit >= 550)
        BrowserApp.settle(&state, effects)
        #expect(state.libraryCursor.selected == 749)
        #expect(screen(state).contains("call 250"))
        let beyond = state.handle(script: try KeyScript.parse(":5000<Enter>"))
        BrowserApp.settle(&state, beyond)
        #expect(state.message == "no row 5000: the store has 1000")
    }

    @Test func enterFetchesARowOffTheReducerAndOpensOnlyIt() throws {
        var (state, calls) = state()
        let effects = state.handle(script: try KeyScript.parse("jj<Enter>"))
        guard case .openEntry? = effects.first else {
            Issue.record("expected a fetch, got \(effects)")
            return
        }
        #expect(!calls.all.contains { $0.hasPrefix("load") })
        #expect(screen(state).contains("loading…"))
        BrowserApp.settle(&state, effects)
        #expect(calls.all.filter { $0.hasPrefix("load") } == ["load " + PagedStore.uuid(997)])
        #expect(state.mode == .document)
        #expect(state.currentDocument?.vcon?.subject == "call 997")
        #expect(state.session.documents.count == 1, "only the opened row is a document")
        // Back in the list, the row shows what opening it found; Enter again fetches nothing more.
        _ = state.handle(script: try KeyScript.parse("q"))
        #expect(state.mode == .library)
        #expect(state.libraryCursor.selected == 2)
        let again = state.handle(script: try KeyScript.parse("<Enter>"))
        #expect(again.allSatisfy { if case .openEntry = $0 { false } else { true } })
        #expect(state.currentDocument?.vcon?.subject == "call 997")
    }

    @Test func theFilterPromptAsksTheStoreWithAParameterNotALocalFilter() throws {
        var (state, calls) = state()
        let effects = state.handle(script: try KeyScript.parse("\\call 12<Enter>"))
        guard case .relist(let filter, let text)? = effects.first else {
            Issue.record("expected a store filter, got \(effects)")
            return
        }
        #expect(filter.text == "call 12")
        #expect(text == "call 12")
        #expect(calls.all == ["list 200"])
        BrowserApp.settle(&state, effects)
        let rows = state.session.paged?.rows.map { $0.summary.subject ?? "" } ?? []
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0.contains("call 12") })
        #expect(screen(state).contains("store filter: call 12"))
        // Esc clears the store filter: the store is asked again without it.
        let clear = state.handle(script: try KeyScript.parse("<Esc>"))
        guard case .relist(let none, _)? = clear.first else {
            Issue.record("expected the filter cleared in the store, got \(clear)")
            return
        }
        #expect(none.isEmpty)
        BrowserApp.settle(&state, clear)
        #expect(state.session.listCount == 200)
    }

    @Test func aBadDateInTheStoreFilterIsSaidAndNothingIsAsked() throws {
        var (state, _) = state()
        let effects = state.handle(script: try KeyScript.parse("\\since:yesterday<Enter>"))
        #expect(effects.isEmpty)
        #expect(state.message?.contains("since: expects YYYY-MM-DD") == true)
    }

    @Test func linksIntoTheStoreAreNotLoadedYetUntilFollowedThenFetchedOrMissing() throws {
        var (state, calls) = state()
        BrowserApp.settle(&state, state.handle(script: try KeyScript.parse("<Enter>")))
        _ = state.handle(script: try KeyScript.parse("6"))
        #expect(state.currentDocument?.vcon?.subject == "call 999")
        #expect(screen(state).contains("redacted → not loaded yet 00000000-0000"))
        let follow = state.handle(script: try KeyScript.parse("j<Enter>"))
        #expect(follow == [.fetchReference(PagedStore.uuid(699))])
        #expect(!calls.all.contains("load " + PagedStore.uuid(699)), "nothing fetched by the reducer")
        BrowserApp.settle(&state, follow)
        #expect(state.currentDocument?.vcon?.subject == "call 699")
        #expect(state.session.paged?.rows.count == 200, "a link's target is not a row of the list")
        // Back: the link now resolves to the opened vCon.
        _ = state.handle(script: try KeyScript.parse("q"))
        #expect(screen(state).contains("redacted → here"))

        // A uuid the store does not have: missing, and following it again asks nothing.
        var (other, _) = self.state()
        BrowserApp.settle(&other, other.handle(script: try KeyScript.parse("j<Enter>")))
        _ = other.handle(script: try KeyScript.parse("6"))
        #expect(screen(other).contains("group → not loaded yet 00000000-0000"))
        BrowserApp.settle(&other, other.handle(script: try KeyScript.parse("j<Enter>")))
        #expect(screen(other).contains("group → missing 00000000-0000"))
        #expect(other.message == "missing: the store has no vCon " + PagedStore.nobody)
        #expect(other.handle(script: try KeyScript.parse("<Enter>")).isEmpty)
    }

    @Test func escReachesTheJobsCancellation() {
        let runner = WorkRunner()
        let saw = Mutex(false)
        runner.start { cancellation in
            let deadline = Date().addingTimeInterval(5)
            while !cancellation.isCancelled, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
            saw.withLock { $0 = cancellation.isCancelled }
            return .idle
        }
        let started = Date()
        runner.cancelAll()
        runner.waitUntilIdle()
        #expect(saw.withLock { $0 })
        #expect(Date().timeIntervalSince(started) < 2)
    }
}
