import TermUI

/// Draws a ladder into a `CellBuffer`: header lines pinned at the top, row lines below, the gutter
/// pinned on the left, lanes shifted by `LadderViewState.laneScroll`.
///
/// ```
///    2026-01-15 UTC  Δ          [0] Alice            [1] Bob
///                               ─────┬─────          ─────┬─────
///    14:30:00.001   0        ●       │── INVITE (SDP) ───▶│
///  ▶ 14:30:00.050   +49ms            │◀─── 100 Trying ────│      ← selected row, reverse video
/// ```
///
/// Everything placed comes from `LadderGeometry`; drawing only shifts, clips and fills shafts.
/// The buffer sanitises nothing twice: every span is already `SafeText`.
public struct LadderView: Sendable {
    public let geometry: LadderGeometry
    public var theme: Theme

    /// A view of a geometry; `theme` maps roles to styles (`Theme.monochrome` for `NO_COLOR`).
    public init(geometry: LadderGeometry, theme: Theme = .standard) {
        self.geometry = geometry
        self.theme = theme
    }

    /// Lines left for rows in an area of `height` lines.
    public func bodyHeight(areaHeight height: Int) -> Int { max(0, height - geometry.header.count) }

    /// Draws header and the rows from `state.topLine` into `area` (whose width should be the metrics' width).
    public func render(into buffer: inout CellBuffer, area: Rect, state: LadderViewState) {
        var y = area.y
        for line in geometry.header where y < area.maxY {
            draw(line, into: &buffer, x: area.x, y: y, width: area.width, state: state)
            y += 1
        }
        var index = max(0, state.topLine)
        while y < area.maxY {
            if index < geometry.lines.count {
                draw(geometry.lines[index], into: &buffer, x: area.x, y: y, width: area.width, state: state)
            } else {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            }
            index += 1
            y += 1
        }
    }

    /// Draws one line on row `y` from column `x`, at most `width` (default: the metrics' width) columns.
    public func draw(_ line: LadderLine, into buffer: inout CellBuffer, x: Int, y: Int, width: Int? = nil, state: LadderViewState) {
        let width = min(width ?? geometry.metrics.width, geometry.metrics.width)
        let rowRect = Rect(x: x, y: y, width: max(0, width), height: 1)
        buffer.fill(rowRect)
        guard width > 0 else { return }
        let gutter = geometry.gutter
        let gutterRect = Rect(x: x, y: y, width: min(gutter.width, width), height: 1)
        for span in line.gutter { write(span, at: x + span.x, y: y, clip: gutterRect, into: &buffer) }
        if case .list(let spans) = line.body {
            for span in spans { write(span, at: x + span.x, y: y, clip: rowRect, into: &buffer) }
        } else if geometry.mode == .ladder {
            let lanes = Rect(x: x + gutter.width, y: y, width: max(0, width - gutter.width), height: 1)
            drawLanes(line, origin: lanes.x - geometry.canvasOffset(laneScroll: state.laneScroll), clip: lanes, into: &buffer)
        }
        decorate(line, x: x, y: y, rowRect: rowRect, state: state, into: &buffer)
    }

    /// The lanes part: lane lines, then bars, an arrow, a rule or spans over them.
    private func drawLanes(_ line: LadderLine, origin: Int, clip: Rect, into buffer: inout CellBuffer) {
        let glyphs = geometry.glyphs
        if line.drawsLanes {
            for laneX in geometry.laneX {
                run(glyphs.vertical, from: origin + laneX, count: 1, y: clip.y, role: .lane, clip: clip, into: &buffer)
            }
        }
        switch line.body {
        case .empty, .list: break
        case .spans(let spans):
            for span in spans { write(span, at: origin + span.x, y: clip.y, clip: clip, into: &buffer) }
        case .bars:
            let pad = geometry.lanePad
            for laneX in geometry.laneX {
                run(glyphs.horizontal, from: origin + laneX - pad, count: 2 * pad + 1, y: clip.y, role: .lane, clip: clip, into: &buffer)
                run(glyphs.teeDown, from: origin + laneX, count: 1, y: clip.y, role: .lane, clip: clip, into: &buffer)
            }
        case .rule(let from, let to, let spans):
            run(glyphs.eventRule, from: origin + from, count: to - from + 1, y: clip.y, role: .event, clip: clip, into: &buffer)
            for span in spans { write(span, at: origin + span.x, y: clip.y, clip: clip, into: &buffer) }
        case .arrow(let arrow):
            drawArrow(arrow, origin: origin, clip: clip, into: &buffer)
        }
    }

    private func drawArrow(_ arrow: LadderArrow, origin: Int, clip: Rect, into buffer: inout CellBuffer) {
        let glyphs = geometry.glyphs
        let low = origin + min(arrow.fromX, arrow.toX), high = origin + max(arrow.fromX, arrow.toX)
        run(glyphs.horizontal, from: low + 1, count: high - low - 1, y: clip.y, role: arrow.role, clip: clip, into: &buffer)
        let headX = arrow.pointsRight ? high - 1 : low + 1
        let tailX = arrow.pointsRight ? low + 1 : high - 1
        run(
            arrow.pointsRight ? glyphs.headRight : glyphs.headLeft, from: headX, count: 1, y: clip.y, role: arrow.role, clip: clip,
            into: &buffer)
        for span in arrow.spans { write(span, at: origin + span.x, y: clip.y, clip: clip, into: &buffer) }
        // Inferred ends are drawn dim: the glyphs say the same in text only when the inference was weak (`?`).
        if arrow.toInferred { buffer.modifyStyle(in: Rect(x: headX, y: clip.y, width: 1, height: 1).intersection(clip)) { $0.dim = true } }
        if arrow.fromInferred {
            buffer.modifyStyle(in: Rect(x: tailX, y: clip.y, width: 1, height: 1).intersection(clip)) { $0.dim = true }
        }
    }

    /// Selection marker and reverse video, mark, and the time since the mark on the selected row.
    private func decorate(_ line: LadderLine, x: Int, y: Int, rowRect: Rect, state: LadderViewState, into buffer: inout CellBuffer) {
        guard let row = line.row else { return }
        let gutter = geometry.gutter
        let gutterRect = Rect(x: x, y: y, width: min(gutter.width, rowRect.width), height: 1)
        let glyphs = geometry.glyphs
        if row == state.markedRow {
            write(LadderSpan(x: 0, glyphs.mark, role: .title), at: x + gutter.markX, y: y, clip: gutterRect, into: &buffer)
        }
        guard row == state.selectedRow else { return }
        write(LadderSpan(x: 0, glyphs.selection, role: .title), at: x + gutter.selectionX, y: y, clip: gutterRect, into: &buffer)
        if let mark = state.markedRow, mark != row, let deltaX = gutter.deltaX,
            let seconds = geometry.seconds(fromRow: mark, toRow: row)
        {
            let text = LadderClockText.delta(seconds)
            let cell = Rect(x: x + deltaX, y: y, width: LadderClockText.deltaWidth, height: 1).intersection(gutterRect)
            buffer.fill(cell)
            write(LadderSpan(x: 0, text, role: .title), at: cell.x, y: y, clip: cell, into: &buffer)
        }
        let selection = theme.selection
        buffer.modifyStyle(in: rowRect) { style in
            style.reverse = style.reverse || selection.reverse
            style.bold = style.bold || selection.bold
        }
    }

    private func write(_ span: LadderSpan, at x: Int, y: Int, clip: Rect, into buffer: inout CellBuffer) {
        let style = style(for: span.role)
        buffer.write(span.text.restyled { $0 = style }, x: x, y: y, clip: clip)
    }

    /// Fills `count` cells from `x` with a one-cell symbol, clipped.
    private func run(_ symbol: String, from x: Int, count: Int, y: Int, role: LadderRole, clip: Rect, into buffer: inout CellBuffer) {
        guard count > 0 else { return }
        let rect = Rect(x: x, y: y, width: count, height: 1).intersection(clip)
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: symbol, style: style(for: role))
    }

    /// The style of a role in the view's theme.
    public func style(for role: LadderRole) -> Style {
        switch role {
        case .normal, .label, .time: return theme.normal
        case .title: return theme.accent
        case .subtitle, .muted, .delta, .retransmission: return theme.muted
        case .lane: return theme.border
        case .errorLabel: return theme.error
        case .warning, .inferred: return theme.warning
        case .event: return theme.success
        }
    }
}
