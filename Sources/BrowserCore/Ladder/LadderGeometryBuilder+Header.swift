import TermUI
import VConModel

/// Header lines: lane titles, their URIs and bars (ladder), or a legend of the lanes (list); then the date.
extension LadderGeometryBuilder {
    func headerLines(_ plan: Plan) -> [LadderLine] {
        var lines: [LadderLine] = []
        let dateLine = gutterHeader(plan.gutter)
        switch plan.mode {
        case .ladder:
            let room = plan.spacing - 1
            let titles = layout.lanes.enumerated().map { index, lane in
                LadderSpan(x: index * plan.spacing, text: fitted(lane.title, room), role: .title)
            }
            lines.append(LadderLine(kind: .header, row: nil, gutter: dateLine, body: .spans(titles), drawsLanes: false))
            if layout.lanes.contains(where: { $0.subtitle != nil }) {
                let subtitles = layout.lanes.enumerated().compactMap { index, lane in
                    lane.subtitle.map { LadderSpan(x: index * plan.spacing, text: fitted($0, room), role: .subtitle) }
                }
                lines.append(LadderLine(kind: .header, row: nil, gutter: [], body: .spans(subtitles), drawsLanes: false))
            }
            lines.append(LadderLine(kind: .header, row: nil, gutter: [], body: .bars, drawsLanes: false))
        case .list:
            for lane in layout.lanes {
                var spans = [LadderSpan(x: 1, text: fitted(lane.title, metrics.width - 1), role: .title)]
                let used = 1 + spans[0].width
                if let subtitle = lane.subtitle, metrics.width - used - 2 >= 4 {
                    spans.append(LadderSpan(x: used + 2, text: fitted(subtitle, metrics.width - used - 2), role: .subtitle))
                }
                lines.append(LadderLine(kind: .header, row: nil, gutter: [], body: .list(spans), drawsLanes: false))
            }
            lines.append(LadderLine(kind: .header, row: nil, gutter: dateLine, body: .empty, drawsLanes: false))
        }
        return lines
    }

    /// `2026-01-15 UTC` over the time column and `Δ` over the delta column.
    private func gutterHeader(_ gutter: LadderGutter) -> [LadderSpan] {
        let text =
            rowTimes.lazy.compactMap { $0 }.first.map {
                LadderClockText.day($0, zone: options.timeZone) + " " + options.timeZone.label(at: $0)
            } ?? "no times"
        // Two columns in, like the times; one, and the `Δ` a column later, when a zone offset needs the room.
        let end = (gutter.deltaX ?? gutter.width) - 1
        let shown = fitted(text, end)
        let x = shown.width <= end - 2 ? 2 : 1
        var spans = [LadderSpan(x: x, text: shown, role: .muted)]
        if let deltaX = gutter.deltaX {
            spans.append(LadderSpan(x: max(deltaX, x + shown.width + 1), glyphs.isASCII ? "delta" : "Δ", role: .muted))
        }
        return spans
    }

    /// Sanitised `text` (escaped to ASCII in ASCII mode, before measuring) shortened to `width` cells.
    func fitted(_ text: String, _ width: Int) -> SafeText {
        SafeText(text).asciiOnly(if: glyphs.isASCII).truncated(to: max(0, width), ellipsis: glyphs.ellipsis)
    }
}
