import Foundation
import TermUI
import VConModel
import VConSIP

/// The ladder's message panel: one message in full (or an event), or the header diff of two messages.
///
///     #3 200 OK (SDP)
///     [1] Bob → [0] Alice (receiver inferred: two-party-dialog)
///     time        14:30:03.400  +2.200s
///     source      /attachments/0/body/3
///     SIP/2.0 200 OK
///     Via: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776asdhds
///     …
///     ▸ SDP  12 lines: audio 49170 RTP/AVP PCMU/8000   (l unfolds)
///
/// Every text from the vCon goes through `SafeText` (controls and bidi shown as escapes).
struct LadderMessageLines {
    let pane: LadderPane
    let zone: LadderTimeZone
    let glyphs: Glyphs
    let theme: Theme

    init(pane: LadderPane, zone: LadderTimeZone, glyphs: Glyphs, theme: Theme) {
        self.pane = pane
        self.zone = zone
        self.glyphs = glyphs
        self.theme = theme
    }

    private var layout: LadderLayout { pane.layout }

    /// The full message or event of a row.
    func lines(ofRow row: Int, sdpUnfolded: Bool) -> [DetailLine] {
        guard row >= 0, row < layout.rows.count else { return [] }
        var w = DetailWriter(theme: theme, glyphs: glyphs)
        w.nameWidth = 8
        switch layout.rows[row] {
        case .message(let index): message(index, sdpUnfolded: sdpUnfolded, into: &w)
        case .event(let index): event(index, into: &w)
        }
        return w.lines
    }

    private func message(_ index: Int, sdpUnfolded: Bool, into w: inout DetailWriter) {
        let row = layout.messages[index]
        let pointer = row.sources.first
        w.lines.append(
            DetailLine(
                SafeText("#\(index) ", style: theme.muted) + SafeText(row.label, style: theme.accent),
                pointer: pointer))
        w.lines.append(DetailLine(endpoints(row), pointer: pointer, indent: 2))
        if let time = row.time {
            var text = LadderClockText.time(time, zone: zone) + " " + zoneLabel(time)
            if let delta = row.delta { text += "  " + LadderClockText.delta(delta) }
            w.field("time", text, pointer: pointer)
        } else if let written = row.timeText {
            w.field("time", written + " (unreadable)", pointer: pointer, style: theme.warning)
        }
        for (n, source) in row.sources.enumerated() { w.field(n == 0 ? "source" : "", source, pointer: source) }
        if row.retransmissionCount > 0 { w.field("repeats", "\(row.retransmissionCount) retransmission(s) follow", pointer: pointer) }
        if let original = row.retransmissionOf { w.field("repeat", "retransmission of #\(original)", pointer: pointer) }
        for warning in row.warnings {
            w.lines.append(
                DetailLine(
                    SafeText(glyphs.isASCII ? "! " : "⚠ ", style: theme.warning)
                        + SafeText(warning.message, style: theme.warning), pointer: pointer, indent: 2))
        }
        w.blank()
        w.lines.append(DetailLine(SafeText(row.message.startLine.text, style: Style(bold: true)), pointer: pointer))
        for header in row.message.headers {
            var text = SafeText(header.name + ":", style: theme.accent)
            text.append(" " + header.value)
            w.lines.append(DetailLine(text, pointer: pointer, indent: 4))
        }
        body(row, unfolded: sdpUnfolded, pointer: pointer, into: &w)
    }

    /// The SDP folded to one line (or unfolded), any other body as text.
    private func body(_ row: LadderMessageRow, unfolded: Bool, pointer: String?, into w: inout DetailWriter) {
        let own = row.message.sdpText
        let text = own ?? row.attachedSDP
        guard let text else {
            guard !row.message.body.isEmpty else { return }
            w.blank()
            w.text(row.message.body, pointer: pointer, indent: 0)
            return
        }
        let sdp = SDPSession.parse(text)
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
        let origin = own == nil ? "  from a sip-sdp attachment" : ""
        w.blank()
        if unfolded {
            w.lines.append(
                DetailLine(
                    SafeText(glyphs.expanded + " SDP" + origin + "  (h folds)", style: theme.accent),
                    pointer: pointer))
            for line in lines { w.lines.append(DetailLine(SafeText("  " + line), pointer: pointer, indent: 4)) }
        } else {
            var summary = SafeText(glyphs.collapsed + " SDP  ", style: theme.accent)
            summary.append(
                Counted.text(lines.count, "line")
                    + (sdp.mediaSummaries.isEmpty
                        ? ""
                        : ": "
                            + sdp.mediaSummaries.joined(separator: "; ")))
            summary.append(origin + "  (l unfolds)", style: theme.muted)
            w.lines.append(DetailLine(summary, pointer: pointer, indent: 4))
        }
    }

    /// `[0] Alice → [1] Bob`, with how inferred ends were found.
    private func endpoints(_ row: LadderMessageRow) -> SafeText {
        func name(_ end: LadderEndpoint) -> String {
            end.lane < layout.lanes.count ? layout.lanes[end.lane].title : "?"
        }
        var text = SafeText(name(row.from) + " " + glyphs.arrowRight + " " + name(row.to))
        let inferred = [("sender", row.from), ("receiver", row.to)].filter { $0.1.isInferred }
        if !inferred.isEmpty {
            text.append(
                "  (" + inferred.map { "\($0.0) inferred: \($0.1.source.rawValue)" }.joined(separator: ", ") + ")",
                style: theme.muted)
        }
        return text
    }

    private func event(_ index: Int, into w: inout DetailWriter) {
        let row = layout.events[index]
        let pointer = row.event.source
        w.heading("event: " + row.event.kind.name, pointer: pointer)
        if let time = row.event.time {
            w.field("time", LadderClockText.time(time, zone: zone) + " " + zoneLabel(time), pointer: pointer)
        }
        if let lane = row.lane, lane < layout.lanes.count { w.field("party", layout.lanes[lane].title, pointer: pointer) }
        if let detail = row.event.detail { w.field("detail", detail, pointer: pointer) }
        w.field("source", row.event.source, pointer: pointer)
        for warning in row.warnings { w.field("", warning.message, pointer: pointer, style: theme.warning) }
    }

    /// The header diff of two message rows (`first` is the mark).
    func diff(_ first: Int, _ second: Int) -> [DetailLine] {
        guard let a = pane.message(ofRow: first), let b = pane.message(ofRow: second) else { return [] }
        let left = layout.messages[a], right = layout.messages[b]
        var w = DetailWriter(theme: theme, glyphs: glyphs)
        var title = SafeText("Diff  ", style: theme.accent)
        title.append("#\(a) " + left.label + "  " + glyphs.arrowRight + "  #\(b) " + right.label)
        w.lines.append(DetailLine(title, pointer: right.sources.first))
        if let start = left.time, let end = right.time {
            w.lines.append(
                DetailLine(
                    SafeText(
                        "  " + LadderClockText.delta(end.timeIntervalSince(start))
                            + " between them", style: theme.muted)))
        }
        w.lines.append(DetailLine(SafeText("  = same  ~ changed  - only #\(a)  + only #\(b)", style: theme.muted)))
        w.blank()
        let result = SIPHeaderDiff(left.message, right.message)
        entry("start", result.startLine, into: &w, pointer: right.sources.first)
        for item in result.entries { entry(item.name, item.change, into: &w, pointer: right.sources.first) }
        return w.lines
    }

    private func entry(_ name: String, _ change: SIPHeaderDiff.Change, into w: inout DetailWriter, pointer: String?) {
        let width = 16
        func line(_ mark: String, _ value: String, style: Style, label: String = name) -> DetailLine {
            var text = SafeText(mark + " ", style: style)
            text.append(label.padding(width - 2) + " ", style: label.isEmpty ? .plain : theme.accent)
            text.append(value, style: style == theme.muted ? theme.muted : .plain)
            return DetailLine(text, pointer: pointer, indent: width + 1)
        }
        switch change {
        case .same(let value): w.lines.append(line("=", value, style: theme.muted))
        case .changed(let old, let new):
            w.lines.append(line("~", old, style: theme.warning))
            w.lines.append(line(" ", glyphs.arrowRight + " " + new, style: theme.warning, label: ""))
        case .onlyFirst(let value): w.lines.append(line("-", value, style: theme.error))
        case .onlySecond(let value): w.lines.append(line("+", value, style: theme.success))
        }
    }

    private func zoneLabel(_ date: Date) -> String { zone.label(at: date) }
}
