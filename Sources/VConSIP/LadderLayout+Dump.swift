import Foundation
import VConModel

/// A plain-text description of a layout, one line per lane, Call-ID and row: the format of the golden tests.
///
/// ```
/// lane 0  [0] Alice | +12125551234
/// lane 2  ?
/// call 0  a84b4c76e66710@pc33.example.com
/// msg 0   2026-01-15T14:30:00.001Z  -        0 -> 1  INVITE (SDP)  to=two-party-dialog call=0 tx=0
/// evt 0   2026-01-15T14:30:05.200Z  dialog-start  lane=-  recording
/// ```
///
/// Endpoints are lane indices (`?` lane included); `from=`/`to=` name how an inferred end was found.
/// Every vCon string is escaped with `TextSafety.line`.
extension LadderLayout {
    /// The golden text (ends with a newline).
    public func dump() -> String {
        var lines: [String] = []
        for (index, lane) in lanes.enumerated() {
            var line = "lane \(index)  " + TextSafety.line(lane.title)
            if let subtitle = lane.subtitle { line += " | " + TextSafety.line(subtitle) }
            lines.append(line)
        }
        for (index, id) in callIDs.enumerated() { lines.append("call \(index)  " + TextSafety.line(id)) }
        for warning in warnings { lines.append("warn  " + TextSafety.line(warning.message)) }
        for row in rows {
            switch row {
            case .message(let index): lines.append(dumpLine(messages[index]))
            case .event(let index): lines.append(dumpLine(events[index]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func dumpLine(_ row: LadderMessageRow) -> String {
        var parts = [
            "msg \(row.index)", row.time.map(LadderTime.formatUTC) ?? "-",
            row.delta.map(LadderTime.formatDelta) ?? "-",
            "\(row.from.lane) -> \(row.to.lane)", TextSafety.line(row.label),
        ]
        var tags: [String] = []
        if row.from.isInferred { tags.append("from=\(row.from.source.rawValue)") }
        if row.to.isInferred { tags.append("to=\(row.to.source.rawValue)") }
        if row.isSelf { tags.append("self") }
        if let direction = row.direction { tags.append(direction.rawValue) }
        if let group = row.callGroup { tags.append("call=\(group)") }
        if let transaction = row.transaction { tags.append("tx=\(transaction)") }
        if let original = row.retransmissionOf { tags.append("rtx-of=\(original)") }
        if row.retransmissionCount > 0 { tags.append("x\(row.retransmissionCount + 1)") }
        if let error = row.errorClass { tags.append("err=\(error)xx") }
        if row.sources.count > 1 { tags.append("also=" + row.sources.dropFirst().joined(separator: ",")) }
        if !tags.isEmpty { parts.append(tags.joined(separator: " ")) }
        for warning in row.warnings { parts.append("! " + TextSafety.line(warning.message)) }
        return parts.joined(separator: "  ")
    }

    func dumpLine(_ row: LadderEventRow) -> String {
        var parts = [
            "evt \(row.index)", row.event.time.map(LadderTime.formatUTC) ?? "-", row.event.kind.name,
            "lane=" + (row.lane.map(String.init) ?? "-"),
        ]
        if let detail = row.event.detail { parts.append(TextSafety.line(detail)) }
        for warning in row.warnings { parts.append("! " + TextSafety.line(warning.message)) }
        return parts.joined(separator: "  ")
    }
}
