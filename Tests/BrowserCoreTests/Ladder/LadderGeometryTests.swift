import Foundation
import LadderTestSupport
import TermUI
import TestSupport
import Testing
import VConModel
import VConSIP

@testable import BrowserCore

/// The geometry on its own: lane plans at widths, list fallback, scrolling, hidden rows, line lookup.
@Suite struct LadderGeometryTests {
    static func draft() throws -> LadderLayout {
        try LadderFixtures.corpusLayout("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")
    }

    @Test(.corpus) func everyLaneAtItsWishWhenWide() throws {
        let geometry = LadderGeometry(layout: try Self.draft(), metrics: LadderMetrics(width: 120))
        #expect(geometry.mode == .ladder)
        #expect(geometry.gutter == .full())
        #expect(geometry.visibleLaneCount == 2 && geometry.maxLaneScroll == 0)
        #expect(geometry.laneX == [5, 5 + geometry.laneSpacing])
        #expect(geometry.header.count == 3)  // titles, URIs, bars
        #expect(geometry.lines.count == 9)  // 7 messages and 2 events, one date
    }

    @Test func lanesScrollInThePaneAndFallBackToAListInText() throws {
        let layout = try LadderScenarios.fivePartyTrace()
        let pane = LadderGeometry(layout: layout, metrics: LadderMetrics(width: 50, allowsLaneScrolling: true))
        #expect(pane.mode == .ladder)
        #expect(pane.visibleLaneCount == 3 && pane.maxLaneScroll == 2)
        #expect(pane.canvasOffset(laneScroll: 9) == 2 * pane.laneSpacing)  // clamped
        let text = LadderGeometry(layout: layout, metrics: LadderMetrics(width: 50, allowsLaneScrolling: false))
        #expect(text.mode == .list)
        let tiny = LadderGeometry(layout: layout, metrics: LadderMetrics(width: 30, allowsLaneScrolling: true))
        #expect(tiny.mode == .list)  // fewer than two lanes fit
    }

    @Test(.corpus) func injectedGutterAndLaneLimits() throws {
        let metrics = LadderMetrics(width: 100, gutterWidth: 20, minLaneWidth: 12, maxLaneWidth: 14)
        let geometry = LadderGeometry(layout: try Self.draft(), metrics: metrics)
        #expect(geometry.gutter == .compact)
        #expect(geometry.laneSpacing == 14)
        #expect(geometry.areaWidth == 100 - LadderGutter.compactWidth)
    }

    @Test func collapsingHidesRepeatsAndKeepsRowLookup() throws {
        let layout = try LadderScenarios.retransmissionStorm()
        let all = LadderGeometry(layout: layout, metrics: LadderMetrics(width: 80))
        let collapsed = LadderGeometry(
            layout: layout, metrics: LadderMetrics(width: 80), options: LadderOptions(collapseRetransmissions: true))
        #expect(all.visibleRows.count == layout.rows.count)
        #expect(collapsed.visibleRows.count == layout.rows.count - 5)
        let repeatRow = try #require(layout.rows.firstIndex(of: .message(1)))
        #expect(collapsed.line(ofRow: repeatRow) == nil)
        #expect(all.line(ofRow: repeatRow) != nil)
        for row in collapsed.visibleRows {
            let line = try #require(collapsed.line(ofRow: row))
            #expect(collapsed.lines[line].row == row)
        }
    }

    @Test(.corpus) func secondsBetweenRowsForTheDeltaFromTheMark() throws {
        let geometry = LadderGeometry(layout: try Self.draft(), metrics: LadderMetrics(width: 80))
        let seconds = try #require(geometry.seconds(fromRow: 0, toRow: 3))
        #expect(abs(seconds - 5.199) < 0.0005)
        #expect(geometry.seconds(fromRow: 0, toRow: 99) == nil)
    }

    @Test func emptyLayoutAndZeroWidthDoNotTrap() {
        let empty = LadderLayout(LadderInput(parties: []))
        #expect(LadderGeometry(layout: empty, metrics: LadderMetrics(width: 80)).mode == .list)
        #expect(LadderText.lines(empty, metrics: LadderMetrics(width: 80)) == ["  no times        Δ"])
        let layout = LadderLayout(LadderInput(parties: [LadderParty(index: 0, name: "Solo")]))
        for width in [0, 1, 5, 17] {
            let lines = LadderText.lines(layout, metrics: LadderMetrics(width: width))
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        }
    }

    @Test(.corpus) func noLineExceedsAnyWidth() throws {
        let layouts = [
            try Self.draft(), try LadderScenarios.fivePartyTrace(), try LadderScenarios.forkedInvite(),
            try LadderScenarios.cjkDisplayNamesAndUnsafeText(), try LadderScenarios.eventsOnTheTimeLine(),
        ]
        for layout in layouts {
            for width in stride(from: 1, through: 130, by: 3) {
                for glyphs in [Glyphs.unicode, .ascii] {
                    for scrolling in [false, true] {
                        let metrics = LadderMetrics(width: width, glyphs: glyphs, allowsLaneScrolling: scrolling)
                        let geometry = LadderGeometry(layout: layout, metrics: metrics)
                        for scroll in 0...geometry.maxLaneScroll {
                            let lines = LadderText.lines(geometry, state: LadderViewState(laneScroll: scroll))
                            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
                        }
                    }
                }
            }
        }
    }
}

/// Gutter texts and time zones.
@Suite struct LadderClockTextTests {
    @Test func deltasFitNineCells() {
        let cases: [(Double, String)] = [
            (0, "0"), (0.049, "+49ms"), (1.15, "+1.150s"), (-1, "-1.000s"), (312.45, "+5m12.4s"),
            (3599.99, "+59m59.9s"), (7380, "+2h03m"), (-90_000, "-1d01h"), (1e12, "+9999d01h"),
        ]
        for (seconds, text) in cases {
            #expect(LadderClockText.delta(seconds) == text)
            #expect(text.count <= LadderClockText.deltaWidth)
        }
    }

    @Test func timeZonesParse() {
        #expect(LadderTimeZone.parse("UTC") == .utc)
        #expect(LadderTimeZone.parse("+05:30") == .offset(seconds: 19_800))
        #expect(LadderTimeZone.parse("-0800") == .offset(seconds: -28_800))
        #expect(LadderTimeZone.parse("+02") == .offset(seconds: 7200))
        #expect(LadderTimeZone.parse("+00:00") == .utc)
        for bad in ["", "5", "+5:3", "+25:00", "+05:60", "+0a:00", "mars", "+05::30"] {
            #expect(LadderTimeZone.parse(bad) == nil, "\(bad)")
        }
        guard case .zone = LadderTimeZone.parse("local") else {
            Issue.record("local is a named zone")
            return
        }
    }

    @Test func timesInAZone() {
        let date = Date(timeIntervalSince1970: 1_768_487_400.001)  // 2026-01-15T14:30:00.001Z
        #expect(LadderClockText.time(date, zone: .utc) == "14:30:00.001")
        #expect(LadderClockText.time(date, zone: .offset(seconds: -28_800)) == "06:30:00.001")
        #expect(LadderClockText.day(date, zone: .offset(seconds: 36_000)) == "2026-01-16")
        #expect(LadderTimeZone.offset(seconds: 19_800).label(at: date) == "+05:30")
        let zone = LadderTimeZone.zone(TimeZone(identifier: "America/New_York") ?? .gmt)
        #expect(LadderClockText.time(date, zone: zone) == "09:30:00.001")
    }
}
