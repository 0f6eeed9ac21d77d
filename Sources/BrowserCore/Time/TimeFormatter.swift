import TermUI
import VConModel
import VConSIP

/// Formats RFC 3339 times from a vCon for display in the current `TimeMode`; pure (no clock, no zone database).
///
///     utc              2026-01-15 14:30:00Z        (14:30:00Z compact)
///     local / offset   2026-01-15 15:30:00 +01:00  (15:30:00 +01:00 compact)
///     written          2026-01-15 16:30:00 +02:00  (each time at the offset it was written with)
///     relativeToStart  +4m12s
///     delta            Δ+1.150s                    (from the previous time in the list)
///
/// Text that does not parse is shown as written, sanitised, followed by the `invalidMarker`.
public struct TimeFormatter: Sendable, Hashable {
    public var mode: TimeMode
    /// The local zone's offset east of UTC in seconds, injected by the app (tests pin it).
    public var localOffsetSeconds: Int
    /// The conversation's start in seconds since 1970, for `relativeToStart` (and `delta` of the first row).
    public var start: Double?
    /// Drop the date (for narrow columns such as the ladder gutter).
    public var compact: Bool
    /// Appended to a time that does not parse: `⚠` (`?!` in ASCII).
    public var invalidMarker: String
    /// Before a delta: `Δ` (`d` in ASCII, so a `LANG=C` screen never shows `?`).
    public var deltaMarker: String

    public init(
        mode: TimeMode, localOffsetSeconds: Int = 0, start: Double? = nil, compact: Bool = false,
        invalidMarker: String = "⚠", deltaMarker: String = "Δ"
    ) {
        self.mode = mode
        self.localOffsetSeconds = localOffsetSeconds
        self.start = start
        self.compact = compact
        self.invalidMarker = invalidMarker
        self.deltaMarker = deltaMarker
    }

    /// A formatter whose start is parsed from an RFC 3339 string (nil or unparseable: no start).
    public init(mode: TimeMode, localOffsetSeconds: Int = 0, startText: String?, compact: Bool = false) {
        self.init(
            mode: mode, localOffsetSeconds: localOffsetSeconds, start: startText.flatMap(RFC3339Time.init)?.epochSeconds,
            compact: compact)
    }

    /// The marker for unparseable times in the given glyph set.
    public static func invalidMarker(ascii: Bool) -> String { ascii ? "?!" : "⚠" }

    /// The delta marker in the given glyph set.
    public static func deltaMarker(ascii: Bool) -> String { ascii ? "d" : "Δ" }

    /// `text` for display (`-` when absent); `previous` is the time shown on the row before (for `delta`).
    public func format(_ text: String?, previous: String? = nil) -> String { formatted(text, previous: previous).text }

    /// `text` for display with whether it parsed; absent text is `-` and counts as valid.
    public func formatted(_ text: String?, previous: String? = nil) -> FormattedTime {
        guard let text else { return FormattedTime(text: "-", isValid: true) }
        guard let time = RFC3339Time(text) else {
            let shown = Sanitizer.singleLine.sanitize(text)
            return FormattedTime(text: shown.isEmpty ? invalidMarker : shown + " " + invalidMarker, isValid: false)
        }
        return FormattedTime(text: format(time, previous: previous.flatMap(RFC3339Time.init)), isValid: true)
    }

    /// A parsed time for display.
    public func format(_ time: RFC3339Time, previous: RFC3339Time? = nil) -> String {
        switch mode {
        case .utc: return wallClock(time.epochSeconds, offset: nil)
        case .local: return wallClock(time.epochSeconds, offset: localOffsetSeconds)
        case .written: return wallClock(time.epochSeconds, offset: time.offsetSeconds == 0 ? nil : time.offsetSeconds)
        case .offset(let seconds): return wallClock(time.epochSeconds, offset: seconds)
        case .relativeToStart:
            guard let start else { return wallClock(time.epochSeconds, offset: nil) }
            return Self.relative(time.epochSeconds - start)
        case .delta:
            guard let reference = previous?.epochSeconds ?? start else {
                return deltaMarker + LadderTime.formatDelta(0)
            }
            return deltaMarker + LadderTime.formatDelta(time.epochSeconds - reference)
        }
    }

    /// `2026-01-15 14:30:00Z`, `2026-01-15 15:30:00.250 +01:00`: milliseconds only when not zero.
    /// A nil offset is UTC, written `Z`.
    func wallClock(_ epochSeconds: Double, offset: Int?) -> String {
        let c = CivilTime(epochSeconds: epochSeconds, offsetSeconds: offset ?? 0)
        var text = compact ? "" : LadderTime.pad(c.year, 4) + "-" + TimeMode.pad2(c.month) + "-" + TimeMode.pad2(c.day) + " "
        text += TimeMode.pad2(c.hour) + ":" + TimeMode.pad2(c.minute) + ":" + TimeMode.pad2(c.second)
        if c.millisecond != 0 { text += "." + LadderTime.pad(c.millisecond, 3) }
        return text + (offset.map { " " + TimeMode.formatOffset($0) } ?? "Z")
    }
}

/// A time ready to show: the text (always sanitised) and whether it parsed.
public struct FormattedTime: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var isValid: Bool
    public var description: String { text }
}
