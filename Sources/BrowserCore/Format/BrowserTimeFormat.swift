import Foundation

/// How times are shown (`T` cycles): every time on screen goes through `BrowserTimeFormat.format`.
public enum BrowserTimeMode: String, Sendable, Hashable, CaseIterable {
    case utc, local, offset, relative, delta

    /// The next mode for `T`.
    public var next: BrowserTimeMode {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// The header's label.
    public var label: String {
        switch self {
        case .utc: "UTC"
        case .local: "local"
        case .offset: "as written"
        case .relative: "from start"
        case .delta: "delta"
        }
    }
}

/// Formats vCon times for display in the current mode; no wall clock is read (the zone and start are inputs).
public struct BrowserTimeFormat: Sendable, Hashable {
    public var mode: BrowserTimeMode
    /// Offset from UTC of the local zone, in seconds (from `TimeZone.current` at start-up; tests pin 0).
    public var localOffset: Int
    /// The vCon's start (earliest dialog start, else `created_at`), for `relative`.
    public var start: Double?

    public init(mode: BrowserTimeMode = .utc, localOffset: Int = 0, start: Double? = nil) {
        self.mode = mode
        self.localOffset = localOffset
        self.start = start
    }

    /// A time for display; `previous` is the time of the row before (for `delta`). Unparsable text is returned as written.
    public func format(_ text: String?, previous: String? = nil) -> String {
        guard let text else { return "-" }
        guard let time = BrowserTimestamp(text) else { return text }
        switch mode {
        case .utc: return Self.clock(time.epochSeconds, offset: 0) + "Z"
        case .local: return Self.clock(time.epochSeconds, offset: localOffset) + Self.offsetText(localOffset)
        case .offset: return Self.clock(time.epochSeconds, offset: time.offsetSeconds) + Self.offsetText(time.offsetSeconds)
        case .relative:
            guard let start else { return Self.clock(time.epochSeconds, offset: 0) + "Z" }
            return "T" + Self.signedDuration(time.epochSeconds - start)
        case .delta:
            guard let previous, let before = BrowserTimestamp(previous) else {
                return Self.clock(time.epochSeconds, offset: 0) + "Z"
            }
            return "Δ" + Self.signedDuration(time.epochSeconds - before.epochSeconds)
        }
    }

    /// `2024-01-15 10:00:05.000` style: milliseconds only when not zero.
    static func clock(_ epoch: Double, offset: Int) -> String {
        let c = BrowserTimestamp.civil(epoch, offset: offset)
        var text = String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, c.second)
        if c.millis != 0 { text += String(format: ".%03d", c.millis) }
        return text
    }

    static func offsetText(_ offset: Int) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        return sign + String(format: "%02d:%02d", abs(offset) / 3600, (abs(offset) % 3600) / 60)
    }

    /// `+1:02:03.5`, `-4.2s`, `+0s`.
    static func signedDuration(_ seconds: Double) -> String {
        (seconds < 0 ? "-" : "+") + duration(abs(seconds))
    }

    /// A duration as `4.72s`, `2m 05s`, `1h 02m 03s`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        if seconds < 60 {
            let rounded = (seconds * 100).rounded() / 100
            return rounded == rounded.rounded() ? "\(Int(rounded))s" : String(format: "%.2fs", rounded)
        }
        let total = Int(seconds.rounded())
        if total < 3600 { return String(format: "%dm %02ds", total / 60, total % 60) }
        if total >= 86400 { return String(format: "%dd %02dh %02dm", total / 86400, (total % 86400) / 3600, (total % 3600) / 60) }
        return String(format: "%dh %02dm %02ds", total / 3600, (total % 3600) / 60, total % 60)
    }
}
