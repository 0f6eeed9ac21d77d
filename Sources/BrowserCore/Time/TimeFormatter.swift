import Foundation
import TermUI
import VConModel

/// Formats RFC 3339 times from a vCon for display in the current `TimeMode`; pure (no clock, no zone database).
///
///     utc              2026-01-15 14:30:00Z        (14:30:00Z compact)
///     local / offset   2026-01-15 15:30:00 +01:00  (15:30:00 +01:00 compact)
///     relativeToStart  +4m12s
///     delta            Δ+1.150s                    (from the previous time in the list)
///
/// Text that does not parse is shown as written, sanitised, followed by the `invalidMarker`.
public struct TimeFormatter: Sendable, Hashable {
    public var mode: TimeMode
    /// The local zone's offset east of UTC in seconds, injected by the app (tests pin it).
    public var localOffsetSeconds: Int
    /// The conversation's start, for `relativeToStart` (and `delta` of the first row).
    public var start: Date?
    /// Drop the date (for narrow columns such as the ladder gutter).
    public var compact: Bool
    /// Appended to a time that does not parse: `⚠` (`?!` in ASCII).
    public var invalidMarker: String

    public init(mode: TimeMode, localOffsetSeconds: Int = 0, start: Date? = nil, compact: Bool = false,
                invalidMarker: String = "⚠") {
        self.mode = mode
        self.localOffsetSeconds = localOffsetSeconds
        self.start = start
        self.compact = compact
        self.invalidMarker = invalidMarker
    }

    /// A formatter whose start is parsed from an RFC 3339 string (nil or unparseable: no start).
    public init(mode: TimeMode, localOffsetSeconds: Int = 0, startText: String?, compact: Bool = false) {
        self.init(mode: mode, localOffsetSeconds: localOffsetSeconds, start: startText.flatMap(LadderTime.parse),
                  compact: compact)
    }

    /// Parses an RFC 3339 time with the ladder's parser (`Z`, `+00:00`, `+0000`, a space for `T`, fractions).
    public static func parse(_ text: String) -> Date? { LadderTime.parse(text) }

    /// `text` for display; `previous` is the time shown on the row before (for `delta`).
    public func format(_ text: String, previous: String? = nil) -> FormattedTime {
        guard let date = LadderTime.parse(text) else {
            let shown = Sanitizer.singleLine.sanitize(text)
            return FormattedTime(text: shown.isEmpty ? invalidMarker : shown + " " + invalidMarker, isValid: false)
        }
        return FormattedTime(text: format(date, previous: previous.flatMap(LadderTime.parse)), isValid: true)
    }

    /// A parsed time for display.
    public func format(_ date: Date, previous: Date? = nil) -> String {
        switch mode {
        case .utc: return wallClock(date, offset: nil)
        case .local: return wallClock(date, offset: localOffsetSeconds)
        case .offset(let seconds): return wallClock(date, offset: seconds)
        case .relativeToStart:
            guard let start else { return wallClock(date, offset: nil) }
            return Self.relative(date.timeIntervalSince(start))
        case .delta:
            guard let reference = previous ?? start else { return "Δ" + LadderTime.formatDelta(0) }
            return "Δ" + LadderTime.formatDelta(date.timeIntervalSince(reference))
        }
    }

    /// `2026-01-15 14:30:00Z`, `2026-01-15 15:30:00.250 +01:00`: milliseconds only when not zero.
    /// A nil offset is UTC, written `Z`.
    func wallClock(_ date: Date, offset: Int?) -> String {
        // LadderTime.formatUTC gives `YYYY-MM-DDTHH:MM:SS.mmmZ`; shifting the instant by the offset
        // first yields the wall clock there.
        let shifted = LadderTime.formatUTC(date.addingTimeInterval(TimeInterval(offset ?? 0)))
        let parts = shifted.dropLast().split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return shifted }
        var clock = String(parts[1])
        if clock.hasSuffix(".000") { clock.removeLast(4) }
        let zone = offset.map { " " + TimeMode.formatOffset($0) } ?? "Z"
        return (compact ? "" : parts[0] + " ") + clock + zone
    }

    /// `+0s`, `+12s`, `+1.150s` (under a minute with a fraction), `+4m12s`, `+1h02m05s`, `-3s`.
    public static func relative(_ seconds: TimeInterval) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let millis = Int((abs(seconds) * 1000).rounded())
        let whole = millis / 1000
        if whole < 60 {
            if millis % 1000 == 0 { return "\(sign)\(whole)s" }
            let fraction = String(millis % 1000 + 1000).dropFirst()
            return "\(sign)\(whole).\(fraction)s"
        }
        let hours = whole / 3600
        let minutes = whole / 60 % 60
        let secs = whole % 60
        if hours == 0 { return "\(sign)\(minutes)m\(TimeMode.pad2(secs))s" }
        return "\(sign)\(hours)h\(TimeMode.pad2(minutes))m\(TimeMode.pad2(secs))s"
    }
}

/// A time ready to show: the text (always sanitised) and whether it parsed.
public struct FormattedTime: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var isValid: Bool
    public var description: String { text }
}
