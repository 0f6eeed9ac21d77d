/// How times from a vCon are shown (`T` cycles, `:set tz=` picks the zone).
public enum TimeMode: Sendable, Hashable {
    /// `2026-01-15 14:30:00Z`
    case utc
    /// In the local zone, whose offset is injected (`TimeFormatter.localOffsetSeconds`).
    case local
    /// At a fixed offset east of UTC, in seconds (`:set tz=+01:00`).
    case offset(seconds: Int)
    /// From the conversation's start: `+4m12s`.
    case relativeToStart
    /// From the previous time in the list: `Δ+1.150s`.
    case delta

    /// The next mode for `T`: UTC → local → offset → relative → delta → UTC.
    ///
    /// `offsetSeconds` is the offset the offset mode uses (the last `:set tz=±hh:mm`, else +00:00).
    public func next(offsetSeconds: Int) -> TimeMode {
        switch self {
        case .utc: .local
        case .local: .offset(seconds: offsetSeconds)
        case .offset: .relativeToStart
        case .relativeToStart: .delta
        case .delta: .utc
        }
    }

    /// The header badge: `UTC`, `local`, `+01:00`, `rel`, `Δ` (`delta` in ASCII).
    public func badge(ascii: Bool = false) -> String {
        switch self {
        case .utc: "UTC"
        case .local: "local"
        case .offset(let seconds): Self.formatOffset(seconds)
        case .relativeToStart: "rel"
        case .delta: ascii ? "delta" : "Δ"
        }
    }

    /// An offset as `+01:00`, `-05:30`, `+00:00`.
    public static func formatOffset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad2(minutes / 60) + ":" + pad2(minutes % 60)
    }

    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
