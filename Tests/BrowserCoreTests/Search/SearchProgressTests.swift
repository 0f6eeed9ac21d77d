import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// `/` runs a step per idle tick of the run loop: progress on the status line, first hit early, Esc cancels.
@Suite struct SearchProgressTests {
    /// A vCon of `count` parties; only the last one is named `needle`.
    static func bigVCon(parties count: Int) -> String {
        var parties: [String] = []
        parties.reserveCapacity(count)
        for index in 0..<count - 1 { parties.append(#"{"name": "p\#(index)", "tel": "+1 555 \#(index)"}"#) }
        parties.append(#"{"name": "needle"}"#)
        return #"{"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z", "parties": ["#
            + parties.joined(separator: ",") + "]}"
    }

    func batch(_ keys: String, json: String = fixtureJSON) throws -> (AppState, BatchBackend) {
        let backend = try BatchBackend(size: TerminalSize(width: 100, height: 24), keys: keys)
        let state = AppState(session: BrowserSession(files: [try loadFixture(json)]), size: backend.size)
        return (BrowserApp.run(state, on: backend, files: RunLoopTests.FakeFiles()), backend)
    }

    /// Keys handled one by one with no idle tick between or after them (a fast typist), over 2000 parties.
    func typed(_ keys: String) throws -> AppState {
        var state = AppState(
            session: BrowserSession(files: [try loadFixture(Self.bigVCon(parties: 2000))]),
            size: TerminalSize(width: 100, height: 24))
        for event in try KeyScript.parse(keys) { _ = state.handle(event) }
        return state
    }

    @Test func batchSearchFindsItsHitOnIdleTicks() throws {
        let (state, backend) = try batch("/meter<Enter>")
        #expect(state.pendingSearch == nil)
        #expect(state.search?.hits.map(\.pointer) == ["/dialog/1/body"])
        #expect(state.pane == .dialog && state.selectedItem == 1)
        #expect(backend.lastFrame?.plainText.contains("hit 1/1 in the decoded body") == true)
    }

    @Test func aBigSearchTakesSeveralTicksAndShowsTheLastHit() throws {
        // About 4 values a party: 40 000 parties need a few steps of `PendingSearch.stepBudget`.
        let (state, backend) = try batch("/needle<Enter>", json: Self.bigVCon(parties: 40_000))
        #expect(state.search?.hits.map(\.pointer) == ["/parties/39999/name"])
        let keysAndInitial = 1 + "/needle".count + 1
        #expect(backend.frameCount > keysAndInitial + 1, "each idle tick presents a frame")
    }

    @Test func escCancelsAPendingSearchInBatchMode() throws {
        // Esc is already typed when the loop first polls, so it wins over the first step.
        let (state, _) = try batch("/needle<Enter><Esc>", json: Self.bigVCon(parties: 40_000))
        #expect(state.pendingSearch == nil)
        #expect(state.search == nil)
        #expect(state.message == "search cancelled at 0%")
        #expect(state.pane == .summary)
    }

    @Test func statusLineShowsProgressAndEscKeepsHitsSoFar() throws {
        var state = try typed("/p1<Enter>")
        #expect(state.hasPendingWork)
        #expect(screen(state).plainText.contains("/p1 searching… 0%"))
        state.advancePendingWork(budget: 3000)
        let percent = try #require(state.pendingSearch?.percent)
        #expect(percent > 0 && percent < 99)
        let found = state.search?.hits.count ?? 0
        #expect(found > 0)
        #expect(state.focusedPointer?.hasPrefix("/parties/1") == true, "the first hit is shown while searching")
        #expect(screen(state).plainText.contains("1/\(found)  searching… \(percent)%"))
        _ = state.handle(.key(KeyPress(.escape)))
        #expect(!state.hasPendingWork)
        #expect(state.message == "search cancelled at \(percent)% (\(found) hits so far: n/N)")
        #expect(state.search?.hits.count == found)
    }

    @Test func nWhileSearchingWaitsForTheNextHit() throws {
        let state = try typed("/1998<Enter>n")
        // Two hits, the name `p1998` and the tel `+1 555 1998`: n searched on until the second existed.
        #expect(state.search?.current == 1)
        #expect(state.search?.hits.map(\.pointer) == ["/parties/1998/name", "/parties/1998/tel"])
        #expect(state.focusedPointer == "/parties/1998/tel")
    }
}
