import Foundation
import VConModel
import VConSIP

/// The gutter's time texts: `14:30:00.001`, `2026-01-15`, and deltas of at most nine cells.
///
/// Locale-free and without `DateFormatter`, so a 10 000-row ladder formats in microseconds per row.
public enum LadderClockText {
    /// The widest delta text (`-59m59.9s`).
    public static let deltaWidth = 9

    /// `HH:MM:SS.mmm` in `zone`.
    public static func time(_ date: Date, zone: LadderTimeZone) -> String {
        let parts = split(date, zone: zone)
        return LadderTime.pad(parts.secondOfDay / 3600, 2) + ":" + LadderTime.pad(parts.secondOfDay / 60 % 60, 2) + ":"
            + LadderTime.pad(parts.secondOfDay % 60, 2) + "." + LadderTime.pad(parts.millis, 3)
    }

    /// `YYYY-MM-DD` in `zone`.
    public static func day(_ date: Date, zone: LadderTimeZone) -> String {
        let (year, month, day) = LadderTime.civilFromDays(split(date, zone: zone).day)
        return LadderTime.pad(year, 4) + "-" + LadderTime.pad(month, 2) + "-" + LadderTime.pad(day, 2)
    }

    /// Days since 1970-01-01 in `zone` (to notice a change of date between rows).
    public static func dayNumber(_ date: Date, zone: LadderTimeZone) -> Int { split(date, zone: zone).day }

    /// A signed delta in at most `deltaWidth` cells: `0`, `+49ms`, `+1.150s`, `-1.000s`, `+5m12.4s`, `+2h03m`, `+3d04h`.
    public static func delta(_ seconds: TimeInterval) -> String {
        let millis = Milliseconds.of(abs(seconds))
        if millis == 0 { return "0" }
        let sign = seconds < 0 ? "-" : "+"
        if millis < 1000 { return "\(sign)\(millis)ms" }
        if millis < 60_000 { return "\(sign)\(millis / 1000).\(LadderTime.pad(millis % 1000, 3))s" }
        if millis < 3_600_000 { return "\(sign)\(millis / 60_000)m\(LadderTime.pad(millis / 1000 % 60, 2)).\(millis / 100 % 10)s" }
        if millis < 86_400_000 { return "\(sign)\(millis / 3_600_000)h\(LadderTime.pad(millis / 60_000 % 60, 2))m" }
        let hours = millis / 3_600_000
        return "\(sign)\(min(hours / 24, 9999))d\(LadderTime.pad(hours % 24, 2))h"
    }

    /// `+05:30`, `-08:00`.
    static func offset(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        return (seconds < 0 ? "-" : "+") + LadderTime.pad(magnitude / 3600, 2) + ":" + LadderTime.pad(magnitude / 60 % 60, 2)
    }

    private static func split(_ date: Date, zone: LadderTimeZone) -> (day: Int, secondOfDay: Int, millis: Int) {
        let seconds = date.timeIntervalSince1970 + Double(zone.offset(at: date))
        let total = Milliseconds.of(seconds)
        let millis = ((total % 1000) + 1000) % 1000
        let wholeSeconds = (total - millis) / 1000
        let secondOfDay = ((wholeSeconds % 86_400) + 86_400) % 86_400
        return ((wholeSeconds - secondOfDay) / 86_400, secondOfDay, millis)
    }

}
