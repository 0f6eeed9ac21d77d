import Foundation
import TermUI
import VConModel
import VConSIP

/// Where everything of a ladder goes at one width, computed once from a `LadderLayout` and metrics.
///
/// ```
///  gutter (pinned)            canvas (scrolled by whole lanes with H/L)
///  ─────────────────────────┬──────────────────────────────────────────────
///    2026-01-15 UTC  Δ      │[0] Alice          [1] Bob              header lines
///                           │─────┬─────        ─────┬─────
///    14:30:00.001   0       │     │── INVITE ────────▶│                 one line per row
/// ```
///
/// Lanes sit `laneSpacing` apart, lane `i`'s line at canvas column `i * laneSpacing + lanePad`.
/// Drawing (`LadderView`) only copies what is here, shifted by the lane scroll, and fills arrow shafts:
/// no widths, label fitting or time formatting happen while drawing. Recompute on resize, on a change
/// of options (time zone, collapsing) or of the layout.
public struct LadderGeometry: Sendable {
    /// Lanes side by side, or one line per message when fewer than two lanes fit.
    public enum Mode: Sendable, Hashable {
        case ladder
        case list
    }

    public let metrics: LadderMetrics
    public let options: LadderOptions
    public let glyphs: LadderGlyphs
    public let mode: Mode
    public let gutter: LadderGutter
    /// Columns from one lane line to the next (0 in list mode).
    public let laneSpacing: Int
    /// Columns from a lane's left edge to its line.
    public let lanePad: Int
    /// Canvas column of each lane's line.
    public let laneX: [Int]
    /// Columns of the whole canvas (`lanes × laneSpacing`).
    public let canvasWidth: Int
    /// Lanes shown at once; fewer than `laneX.count` when lanes scroll.
    public let visibleLaneCount: Int
    /// Header lines, pinned above the rows.
    public let header: [LadderLine]
    /// Row lines (messages, events, date changes) in display order.
    public let lines: [LadderLine]
    /// For each `LadderLayout.rows` index, its line in `lines`, or nil when hidden (collapsed retransmission).
    let lineOfRow: [Int?]
    /// For each `LadderLayout.rows` index, its time.
    let rowTimes: [Date?]

    /// Columns right of the gutter.
    public var areaWidth: Int { max(0, metrics.width - gutter.width) }

    /// The largest lane scroll (0 when every lane is shown).
    public var maxLaneScroll: Int { mode == .ladder ? max(0, laneX.count - visibleLaneCount) : 0 }

    /// Line index in `lines` of a row of `LadderLayout.rows`, or nil when the row is hidden.
    public func line(ofRow row: Int) -> Int? {
        row >= 0 && row < lineOfRow.count ? lineOfRow[row] : nil
    }

    /// Rows that have a line, in display order (what `j`/`k` step through).
    public var visibleRows: [Int] { lines.compactMap(\.row) }

    /// The time of a row, if known.
    public func time(ofRow row: Int) -> Date? {
        row >= 0 && row < rowTimes.count ? rowTimes[row] : nil
    }

    /// Seconds from row `from` to row `to` (for "delta from mark"), nil when either has no time.
    public func seconds(fromRow from: Int, toRow to: Int) -> TimeInterval? {
        guard let start = time(ofRow: from), let end = time(ofRow: to) else { return nil }
        return end.timeIntervalSince(start)
    }

    /// Canvas column shown at the left edge of the lanes area for a lane scroll.
    public func canvasOffset(laneScroll: Int) -> Int { min(max(0, laneScroll), maxLaneScroll) * laneSpacing }

    /// Computes the geometry of `layout` at `metrics`.
    public init(layout: LadderLayout, metrics: LadderMetrics, options: LadderOptions = LadderOptions()) {
        self.metrics = metrics
        self.options = options
        let glyphs = metrics.ladderGlyphs
        self.glyphs = glyphs
        let builder = LadderGeometryBuilder(layout: layout, metrics: metrics, options: options, glyphs: glyphs)
        let plan = builder.plan()
        mode = plan.mode
        gutter = plan.gutter
        laneSpacing = plan.spacing
        lanePad = plan.pad
        laneX = plan.laneX
        canvasWidth = plan.spacing * layout.lanes.count
        visibleLaneCount = plan.visible
        header = builder.headerLines(plan)
        let body = builder.bodyLines(plan)
        lines = body.lines
        lineOfRow = body.lineOfRow
        rowTimes = builder.rowTimes
    }
}
