import Foundation
import TermUI
import VConModel
import VConSIP

/// The work behind `LadderGeometry.init`: labels once, then the lane plan, then every line.
struct LadderGeometryBuilder {
    /// Lane spacing and gutter chosen for a width.
    struct Plan {
        var mode: LadderGeometry.Mode
        var gutter: LadderGutter
        var spacing: Int
        var pad: Int
        var laneX: [Int]
        var visible: Int
        /// Canvas columns usable right of the last lane: the whole area when every lane is shown.
        var room: Int
    }

    let layout: LadderLayout
    let metrics: LadderMetrics
    let options: LadderOptions
    let glyphs: LadderGlyphs
    /// Per message: its label with suffixes.
    let labels: [LadderLabel]
    /// Per event: its text with a warning suffix.
    let eventLabels: [LadderLabel]
    /// Per row of `layout.rows`: hidden by collapsing.
    let hidden: [Bool]
    /// Per row of `layout.rows`: its time.
    let rowTimes: [Date?]

    init(layout: LadderLayout, metrics: LadderMetrics, options: LadderOptions, glyphs: LadderGlyphs) {
        self.layout = layout
        self.metrics = metrics
        self.options = options
        self.glyphs = glyphs
        var copies = [Int](repeating: 1, count: layout.messages.count)
        var labels: [LadderLabel] = []
        labels.reserveCapacity(layout.messages.count)
        for row in layout.messages {
            var suffixes: [(SafeText, LadderRole)] = []
            if let original = row.retransmissionOf, original >= 0, original < copies.count {
                copies[original] += 1
                if !options.collapseRetransmissions {
                    suffixes.append((SafeText(" " + glyphs.times + String(copies[original])), .retransmission))
                }
            } else if options.collapseRetransmissions, row.retransmissionCount > 0 {
                suffixes.append((SafeText(" " + glyphs.times + String(row.retransmissionCount + 1)), .retransmission))
            }
            if !row.warnings.isEmpty { suffixes.append((SafeText(" " + glyphs.warning), .warning)) }
            let role: LadderRole = row.errorClass != nil ? .errorLabel : (row.retransmissionOf != nil ? .retransmission : .label)
            labels.append(LadderLabel(core: SafeText(row.label).asciiOnly(if: glyphs.isASCII), coreRole: role, suffixes: suffixes))
        }
        self.labels = labels
        eventLabels = layout.events.map { row in
            var text = Self.eventName(row.event.kind)
            if let detail = row.event.detail, !detail.isEmpty { text += " " + glyphs.separator + " " + detail }
            let suffixes: [(SafeText, LadderRole)] = row.warnings.isEmpty ? [] : [(SafeText(" " + glyphs.warning), .warning)]
            return LadderLabel(core: SafeText(text).asciiOnly(if: glyphs.isASCII), coreRole: .event, suffixes: suffixes)
        }
        hidden = layout.rows.map { row in
            guard options.collapseRetransmissions, case .message(let index) = row else { return false }
            return layout.messages[index].retransmissionOf != nil
        }
        rowTimes = layout.rows.map { row in
            switch row {
            case .message(let index): return layout.messages[index].time
            case .event(let index): return layout.events[index].event.time
            }
        }
    }

    /// `dialog start`, `join`, or the name as written for other events.
    static func eventName(_ kind: LadderEventKind) -> String {
        switch kind {
        case .dialogStart: return "dialog start"
        case .dialogEnd: return "dialog end"
        case .sdp: return "SDP"
        case .other(let name): return name
        default: return kind.name
        }
    }

    /// Whether an endpoint was only weakly inferred (From/To URI or Call-ID): those get a `?` mark.
    static func isWeak(_ endpoint: LadderEndpoint) -> Bool {
        endpoint.source == .uri || endpoint.source == .callID
    }

    // MARK: lane plan

    /// The lane spacing every label, title and URI would like, clamped to the metrics.
    func desiredSpacing() -> Int {
        var need = 0
        for lane in layout.lanes {
            need = max(
                need, SafeText(lane.title).asciiOnly(if: glyphs.isASCII).width + 1,
                SafeText(lane.subtitle ?? "").asciiOnly(if: glyphs.isASCII).width + 1)
        }
        let last = layout.lanes.count - 1
        for (index, row) in layout.messages.enumerated() where !hiddenMessage(row) {
            let width = labels[index].width
            let span = abs(row.to.lane - row.from.lane)
            if span == 0 {
                need = max(need, width + (row.from.lane == last ? 10 : 5))
            } else {
                let marks = (Self.isWeak(row.from) ? 1 : 0) + (Self.isWeak(row.to) ? 1 : 0)
                need = max(need, (width + 8 + marks + span - 1) / span)
            }
        }
        for (index, row) in layout.events.enumerated() where row.lane != nil {
            need = max(need, eventLabels[index].width + 3)
        }
        return min(max(need, metrics.minLaneWidth), metrics.maxLaneWidth)
    }

    private func hiddenMessage(_ row: LadderMessageRow) -> Bool {
        options.collapseRetransmissions && row.retransmissionOf != nil
    }

    /// Picks gutter, spacing and visible lanes: every lane at its wish if it fits, else narrowed to the
    /// minimum, else scrolled (when allowed and two lanes fit), else the list.
    func plan() -> Plan {
        let lanes = layout.lanes.count
        let candidates: [LadderGutter] = metrics.gutterWidth.map { [LadderGutter.forWidth($0)] } ?? [.full(), .compact]
        let desired = desiredSpacing()
        // The full gutter while its lanes stay legible; else the compact one when it gives wider lanes.
        let legible = min(desired, metrics.minLaneWidth + 4)
        var best: Plan?
        for gutter in candidates {
            let area = metrics.width - gutter.width
            var plan: Plan?
            if lanes > 0, lanes * desired <= area {
                plan = makePlan(gutter, spacing: desired, visible: lanes)
            } else if lanes > 0, lanes * metrics.minLaneWidth <= area {
                plan = makePlan(gutter, spacing: area / lanes, visible: lanes)
            } else if metrics.allowsLaneScrolling, lanes >= 2, area / metrics.minLaneWidth >= 2 {
                let visible = area / metrics.minLaneWidth
                plan = makePlan(gutter, spacing: min(area / visible, max(desired, metrics.minLaneWidth)), visible: visible)
            }
            guard let plan else { continue }
            if plan.visible == lanes, plan.spacing >= legible { return plan }
            if best.map({ (plan.visible, plan.spacing) > ($0.visible, $0.spacing) }) ?? true { best = plan }
        }
        if let best { return best }
        let gutter = metrics.gutterWidth.map(LadderGutter.forWidth) ?? (metrics.width >= 60 ? .full() : .compact)
        return Plan(mode: .list, gutter: gutter, spacing: 0, pad: 0, laneX: [], visible: 0, room: 0)
    }

    private func makePlan(_ gutter: LadderGutter, spacing: Int, visible: Int) -> Plan {
        let pad = min(5, (spacing - 1) / 2)
        let laneX = layout.lanes.indices.map { $0 * spacing + pad }
        let canvas = spacing * layout.lanes.count
        let room = visible == layout.lanes.count ? max(canvas, metrics.width - gutter.width) : canvas
        return Plan(mode: .ladder, gutter: gutter, spacing: spacing, pad: pad, laneX: laneX, visible: visible, room: room)
    }
}
