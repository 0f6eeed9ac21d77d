import LadderTestSupport
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// The view into a `CellBuffer`, as the browser pane will drive it: selection, mark, scrolling, styles.
@Suite struct LadderViewTests {
    static func draftView(width: Int = 70, scrolling: Bool = true) throws -> LadderView {
        let layout = try LadderFixtures.corpusLayout("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")
        return LadderView(geometry: LadderGeometry(layout: layout, metrics: LadderMetrics(width: width, allowsLaneScrolling: scrolling)))
    }

    @Test(.corpus) func paneWithSelectionAndVerticalScroll() throws {
        let view = try Self.draftView()
        var state = LadderViewState()
        state.moveSelection(by: 1, in: view.geometry)  // nothing selected: the first row
        state.moveSelection(by: 3, in: view.geometry)
        state.scrollToSelection(bodyHeight: view.bodyHeight(areaHeight: 6), in: view.geometry)
        var buffer = CellBuffer(width: 70, height: 6)
        view.render(into: &buffer, area: buffer.area, state: state)
        #expect(
            buffer.lines == [
                "  2026-01-15 UTC  Δ          [0] Alice Smith     [1] Bob Jones",
                "                             +12125551234        +12125559876",
                "                             ─────┬─────         ─────┬─────",
                "   14:30:00.050   +49ms           │◀── 100 Trying ────│",
                "   14:30:01.200   +1.150s         │◀── 180 Ringing ───│",
                " ▶ 14:30:05.200   +4.000s         │◀──── 200 OK ──────│",
            ])
        #expect(state.selectedRow == 3 && state.topLine == 1)
        // The selected row is reverse video across the whole width; the others are not.
        #expect(buffer.styleLines { $0.reverse ? "R" : "." }[5] == String(repeating: "R", count: 70))
        #expect(!buffer.styleLines { $0.reverse ? "R" : "." }[4].contains("R"))
    }

    @Test(.corpus) func markShowsTimeSinceMarkOnTheSelection() throws {
        let view = try Self.draftView()
        var state = LadderViewState(selectedRow: 0)
        state.toggleMark()
        state.moveSelection(by: 2, in: view.geometry)
        var buffer = CellBuffer(width: 70, height: 6)
        view.render(into: &buffer, area: buffer.area, state: state)
        #expect(buffer.lines[3] == "   14:30:00.001   0        ●      │── INVITE (SDP) ──▶│")
        #expect(buffer.lines[5] == " ▶ 14:30:01.200   +1.199s         │◀── 180 Ringing ───│")
        state.selectedRow = 0
        state.toggleMark()
        #expect(state.markedRow == nil)
    }

    @Test func lanesScrollSidewaysWithTheGutterPinned() throws {
        let layout = try LadderScenarios.fivePartyTrace()
        let view = LadderView(geometry: LadderGeometry(layout: layout, metrics: LadderMetrics(width: 50)))
        var state = LadderViewState()
        state.scrollLanes(by: 1, in: view.geometry)
        var buffer = CellBuffer(width: 50, height: 5)
        view.render(into: &buffer, area: buffer.area, state: state)
        #expect(view.geometry.gutter == .compact && view.geometry.visibleLaneCount == 3)
        #expect(buffer.lines[0] == "  2026-01-15 UTC  [1] SBC   [2] IVR   [3] Agen… [4")
        // The arrow from lane 0, cut at the edge (no weak `?`: the SBC's 100 Trying confirms the receiver).
        #expect(buffer.lines[3] == "   14:30:00.000   TE─▶│         │         │")
        state.scrollLanes(by: 10, in: view.geometry)
        #expect(state.laneScroll == view.geometry.maxLaneScroll)
        state.scrollLanes(by: -10, in: view.geometry)
        #expect(state.laneScroll == 0)
    }

    @Test func errorsStandOutAndInferredEndsAreDim() throws {
        let layout = try LadderScenarios.partyOutOfRange()
        let view = LadderView(geometry: LadderGeometry(layout: layout, metrics: LadderMetrics(width: 80)))
        var buffer = CellBuffer(width: 80, height: 6)
        view.render(into: &buffer, area: buffer.area, state: LadderViewState())
        let errorRow = buffer.lines.firstIndex { $0.contains("486 Busy Here") } ?? -1
        let x = buffer.rowText(errorRow).distance(of: "486")
        #expect(buffer.style(x: x, y: errorRow) == Theme.standard.error)
        let arrowRow = buffer.lines.firstIndex { $0.contains("INVITE") } ?? -1
        let head = buffer.rowText(arrowRow).distance(of: "▶")
        #expect(buffer.style(x: head, y: arrowRow).dim)  // receiver inferred from the two-party dialog
    }

    @Test func selectNextErrorSkipsOtherRows() throws {
        let layout = try LadderScenarios.forkedInvite()
        let geometry = LadderGeometry(layout: layout, metrics: LadderMetrics(width: 100))
        var state = LadderViewState()
        let isError: (Int) -> Bool = { row in
            if case .message(let index) = layout.rows[row] { return layout.messages[index].errorClass != nil }
            return false
        }
        state.selectNext(forward: true, in: geometry, where: isError)
        let row = try #require(state.selectedRow)
        guard case .message(let index) = layout.rows[row] else {
            Issue.record("an error row is a message")
            return
        }
        #expect(layout.messages[index].label == "487 Request Terminated")
        state.selectNext(forward: true, in: geometry, where: isError)
        #expect(state.selectedRow == row)  // no later error: stays
    }
}

extension String {
    /// Cell column of the first occurrence of `needle` in a row of single-width text (test helper).
    func distance(of needle: String) -> Int {
        guard let range = range(of: needle) else { return -1 }
        return self[..<range.lowerBound].count
    }
}
