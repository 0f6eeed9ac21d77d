import Foundation
import VConModel

/// RFC 3339 timestamps for the ladder: the shared parser, a fixed UTC formatter and deltas.
public enum LadderTime {
    /// Parses `2026-01-15T14:30:00.001+00:00` (also `Z`, `+0000`, a space for `T`, any number of fraction digits).
    public static func parse(_ text: String) -> Date? { RFC3339Time(text)?.date }

    /// `2026-01-15T14:30:00.001Z`: UTC, milliseconds, for goldens and JSON.
    public static func formatUTC(_ date: Date) -> String {
        let c = CivilTime(epochSeconds: date.timeIntervalSince1970)
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2) + "T" + pad(c.hour, 2) + ":"
            + pad(c.minute, 2) + ":" + pad(c.second, 2) + "." + pad(c.millisecond, 3) + "Z"
    }

    /// A signed delta with a unit: `+0ms`, `+49ms`, `+1.150s`, `-1.000s`, `+5m12.450s`, `+2h03m`.
    public static func formatDelta(_ seconds: TimeInterval) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let millis = Milliseconds.of(abs(seconds))
        if millis < 1000 { return "\(sign)\(millis)ms" }
        if millis < 60_000 { return "\(sign)\(millis / 1000).\(pad(millis % 1000, 3))s" }
        if millis < 3_600_000 {
            return "\(sign)\(millis / 60_000)m\(pad(millis / 1000 % 60, 2)).\(pad(millis % 1000, 3))s"
        }
        return "\(sign)\(millis / 3_600_000)h\(pad(millis / 60_000 % 60, 2))m"
    }

    /// `value` in decimal, zero-padded to `width` digits.
    public static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Year, month, day of a day number since 1970-01-01.
    public static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let date = CivilTime.date(days: days)
        return (date.year, date.month, date.day)
    }
}
