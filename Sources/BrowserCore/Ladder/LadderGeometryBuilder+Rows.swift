import Foundation
import TermUI
import VConModel
import VConSIP

/// Row lines: gutter texts, then an arrow, a self-arrow, an event or a list entry.
extension LadderGeometryBuilder {
    func bodyLines(_ plan: Plan) -> (lines: [LadderLine], lineOfRow: [Int?]) {
        var lines: [LadderLine] = []
        lines.reserveCapacity(layout.rows.count)
        var lineOfRow = [Int?](repeating: nil, count: layout.rows.count)
        var lastDay = rowTimes.lazy.compactMap { $0 }.first.map { LadderClockText.dayNumber($0, zone: options.timeZone) }
        var seenTime = false
        for (rowIndex, row) in layout.rows.enumerated() where !hidden[rowIndex] {
            if let time = rowTimes[rowIndex] {
                let day = LadderClockText.dayNumber(time, zone: options.timeZone)
                if day != lastDay {
                    let text = SafeText(LadderClockText.day(time, zone: options.timeZone))
                    let gutter = [LadderSpan(x: plan.gutter.timeX, text: text, role: .muted)]
                    lines.append(LadderLine(kind: .day, row: nil, gutter: gutter, body: .empty, drawsLanes: plan.mode == .ladder))
                    lastDay = day
                }
            }
            lineOfRow[rowIndex] = lines.count
            switch row {
            case .message(let index):
                lines.append(messageLine(index, row: rowIndex, plan: plan, first: !seenTime))
            case .event(let index):
                lines.append(eventLine(index, row: rowIndex, plan: plan))
            }
            if rowTimes[rowIndex] != nil, case .message = row { seenTime = true }
        }
        return (lines, lineOfRow)
    }

    private func messageLine(_ index: Int, row: Int, plan: Plan, first: Bool) -> LadderLine {
        let message = layout.messages[index]
        var gutter: [LadderSpan] = []
        if let time = message.time {
            gutter.append(LadderSpan(x: plan.gutter.timeX, LadderClockText.time(time, zone: options.timeZone), role: .time))
            if let deltaX = plan.gutter.deltaX {
                if let delta = message.delta {
                    gutter.append(LadderSpan(x: deltaX, LadderClockText.delta(delta), role: delta < 0 ? .warning : .delta))
                } else if first {
                    gutter.append(LadderSpan(x: deltaX, "0", role: .delta))
                }
            }
        }
        let body: LadderBody
        switch plan.mode {
        case .list: body = .list(listSpans(message, label: labels[index], plan: plan))
        case .ladder:
            if message.from.lane == message.to.lane {
                body = .spans(selfSpans(message, label: labels[index], plan: plan))
            } else {
                body = .arrow(arrow(message, label: labels[index], plan: plan))
            }
        }
        return LadderLine(kind: .message(index), row: row, gutter: gutter, body: body, drawsLanes: plan.mode == .ladder)
    }

    private func eventLine(_ index: Int, row: Int, plan: Plan) -> LadderLine {
        let event = layout.events[index]
        var gutter: [LadderSpan] = []
        if let time = event.event.time {
            gutter.append(LadderSpan(x: plan.gutter.timeX, LadderClockText.time(time, zone: options.timeZone), role: .time))
        }
        let label = eventLabels[index]
        let body: LadderBody
        switch (plan.mode, event.lane) {
        case (.list, let lane):
            let x = plan.gutter.width
            let marker = lane == nil ? glyphs.eventRule : glyphs.laneEvent
            var prefix = marker + " "
            if let lane { prefix += layout.lanes[lane].title + " " }
            let head = LadderSpan(x: x, text: fitted(prefix, metrics.width - x), role: .event)
            body = .list([head] + label.spans(at: x + head.width, maxWidth: metrics.width - x - head.width, ellipsis: glyphs.ellipsis))
        case (.ladder, .some(let lane)):
            let laneX = plan.laneX[lane]
            let room = laneRoom(lane, plan: plan) - 2
            body = .spans(
                [LadderSpan(x: laneX, glyphs.laneEvent, role: .event)]
                    + label.spans(at: laneX + 2, maxWidth: room, ellipsis: glyphs.ellipsis))
        case (.ladder, .none):
            let first = plan.laneX.first ?? 0, last = plan.laneX.last ?? 0
            let spans = label.spans(at: first + 3, maxWidth: plan.room - first - 5, ellipsis: glyphs.ellipsis)
            let end = first + 3 + LadderLabel.width(of: spans)
            let padded =
                spans.isEmpty ? [] : [LadderSpan(x: first + 2, " ", role: .event)] + spans + [LadderSpan(x: end, " ", role: .event)]
            body = .rule(from: first, to: min(max(last, end + 1), plan.room - 1), spans: padded)
        }
        return LadderLine(kind: .event(index), row: row, gutter: gutter, body: body, drawsLanes: plan.mode == .ladder)
    }

    /// Columns right of a lane's line up to the next lane's line (or the canvas end for the last lane).
    private func laneRoom(_ lane: Int, plan: Plan) -> Int {
        lane == layout.lanes.count - 1 ? plan.room - plan.laneX[lane] - 1 : plan.spacing - 1
    }

    /// `├─↺ MESSAGE` right of the lane's line.
    private func selfSpans(_ message: LadderMessageRow, label: LadderLabel, plan: Plan) -> [LadderSpan] {
        let x = plan.laneX[message.from.lane]
        var spans = [
            LadderSpan(x: x, glyphs.teeRight, role: .lane),
            LadderSpan(x: x + 1, glyphs.horizontal, role: label.coreRole),
            LadderSpan(x: x + 2, glyphs.selfLoop, role: label.coreRole),
        ]
        spans += label.spans(at: x + 4, maxWidth: laneRoom(message.from.lane, plan: plan) - 4, ellipsis: glyphs.ellipsis)
        return spans
    }

    /// `│── INVITE (SDP) ──▶│`: the label centred between the lane lines, a `?` next to a weakly inferred end.
    private func arrow(_ message: LadderMessageRow, label: LadderLabel, plan: Plan) -> LadderArrow {
        let fromX = plan.laneX[message.from.lane], toX = plan.laneX[message.to.lane]
        let low = min(fromX, toX), high = max(fromX, toX)
        let inner = high - low - 1
        let headLeft = toX < fromX
        let tailMark = Self.isWeak(message.from) ? 1 : 0, headMark = Self.isWeak(message.to) ? 1 : 0
        let leftReserve = 1 + (headLeft ? 1 + headMark : tailMark)
        let rightReserve = 1 + (headLeft ? tailMark : 1 + headMark)
        var spans: [LadderSpan] = []
        if tailMark == 1 { spans.append(LadderSpan(x: headLeft ? high - 1 : low + 1, glyphs.weakInference, role: .inferred)) }
        if headMark == 1 { spans.append(LadderSpan(x: headLeft ? low + 2 : high - 2, glyphs.weakInference, role: .inferred)) }
        // Roomy: a space either side of the label and a dash before the head. Tight (narrow lanes): neither.
        let roomy = inner - leftReserve - rightReserve - 2
        let tight = label.width > roomy
        let room = tight ? inner - 2 - tailMark - headMark : roomy
        if room >= 1 {
            let pad = tight ? 0 : 1
            let block = min(label.width, room) + 2 * pad
            let lowest = low + 1 + (tight ? (headLeft ? 1 + headMark : 1 + tailMark) : leftReserve)
            let highest = high - (tight ? (headLeft ? 1 + tailMark : 1 + headMark) : rightReserve) - block
            let start = max(lowest, min(low + 1 + (inner - block) / 2, highest))
            let text = label.spans(at: start + pad, maxWidth: room, ellipsis: glyphs.ellipsis)
            if pad == 1 { spans.append(LadderSpan(x: start, " ", role: label.coreRole)) }
            spans += text
            if pad == 1 { spans.append(LadderSpan(x: start + 1 + LadderLabel.width(of: text), " ", role: label.coreRole)) }
        }
        let role: LadderRole = label.coreRole == .label ? .normal : label.coreRole
        return LadderArrow(
            fromX: fromX, toX: toX, spans: spans, fromInferred: message.from.isInferred,
            toInferred: message.to.isInferred, role: role)
    }

    /// `[0] Alice → [1] Bob  INVITE (SDP)`; `0→1 INVITE (SDP)` when the line is narrow.
    private func listSpans(_ message: LadderMessageRow, label: LadderLabel, plan: Plan) -> [LadderSpan] {
        let x = plan.gutter.width
        let area = metrics.width - x
        let narrow = area < 36
        func name(_ endpoint: LadderEndpoint) -> SafeText {
            let lane = layout.lanes[endpoint.lane]
            var text =
                narrow
                ? SafeText(lane.party.map(String.init) ?? "?")
                : SafeText(lane.title).asciiOnly(if: glyphs.isASCII).truncated(to: min(16, area / 4), ellipsis: glyphs.ellipsis)
            if Self.isWeak(endpoint) { text.append(glyphs.weakInference) }
            return text
        }
        let arrow = SafeText(narrow ? glyphs.listArrow : " " + glyphs.listArrow + " ")
        let ends = (name(message.from) + arrow + name(message.to)).truncated(to: max(0, area), ellipsis: glyphs.ellipsis)
        let head = LadderSpan(x: x, text: ends, role: .normal)
        let labelX = x + head.width + (narrow ? 1 : 2)
        return [head] + label.spans(at: labelX, maxWidth: metrics.width - labelX, ellipsis: glyphs.ellipsis)
    }
}
