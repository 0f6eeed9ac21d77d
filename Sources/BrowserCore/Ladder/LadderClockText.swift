import Foundation

/// The gutter's time texts: `14:30:00.001`, `2026-01-15`, and deltas of at most nine cells.
///
/// Locale-free and without `DateFormatter`, so a 10 000-row ladder formats in microseconds per row.
public enum LadderClockText {
    /// The widest delta text (`-59m59.9s`).
    public static let deltaWidth = 9

    /// `HH:MM:SS.mmm` in `zone`.
    public static func time(_ date: Date, zone: LadderTimeZone) -> String {
        let parts = split(date, zone: zone)
        return pad(parts.secondOfDay / 3600, 2) + ":" + pad(parts.secondOfDay / 60 % 60, 2) + ":"
            + pad(parts.secondOfDay % 60, 2) + "." + pad(parts.millis, 3)
    }

    /// `YYYY-MM-DD` in `zone`.
    public static func day(_ date: Date, zone: LadderTimeZone) -> String {
        let (year, month, day) = civil(fromDays: split(date, zone: zone).day)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Days since 1970-01-01 in `zone` (to notice a change of date between rows).
    public static func dayNumber(_ date: Date, zone: LadderTimeZone) -> Int { split(date, zone: zone).day }

    /// A signed delta in at most `deltaWidth` cells: `0`, `+49ms`, `+1.150s`, `-1.000s`, `+5m12.4s`, `+2h03m`, `+3d04h`.
    public static func delta(_ seconds: TimeInterval) -> String {
        let millis = Int((abs(seconds) * 1000).rounded())
        if millis == 0 { return "0" }
        let sign = seconds < 0 ? "-" : "+"
        if millis < 1000 { return "\(sign)\(millis)ms" }
        if millis < 60_000 { return "\(sign)\(millis / 1000).\(pad(millis % 1000, 3))s" }
        if millis < 3_600_000 { return "\(sign)\(millis / 60_000)m\(pad(millis / 1000 % 60, 2)).\(millis / 100 % 10)s" }
        if millis < 86_400_000 { return "\(sign)\(millis / 3_600_000)h\(pad(millis / 60_000 % 60, 2))m" }
        let hours = millis / 3_600_000
        return "\(sign)\(min(hours / 24, 9999))d\(pad(hours % 24, 2))h"
    }

    /// `+05:30`, `-08:00`.
    static func offset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + pad(magnitude / 3600, 2) + ":" + pad(magnitude / 60 % 60, 2)
    }

    private static func split(_ date: Date, zone: LadderTimeZone) -> (day: Int, secondOfDay: Int, millis: Int) {
        let seconds = date.timeIntervalSince1970 + Double(zone.offset(at: date))
        let total = Int((seconds * 1000).rounded(.toNearestOrAwayFromZero))
        let millis = ((total % 1000) + 1000) % 1000
        let wholeSeconds = (total - millis) / 1000
        let secondOfDay = ((wholeSeconds % 86_400) + 86_400) % 86_400
        return ((wholeSeconds - secondOfDay) / 86_400, secondOfDay, millis)
    }

    /// Year, month, day of a day number (Howard Hinnant's `civil_from_days`).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
