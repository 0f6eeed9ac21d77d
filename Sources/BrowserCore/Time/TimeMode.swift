/// How times from a vCon are shown (`T` cycles, `:set tz=` picks one directly).
public enum TimeMode: Sendable, Hashable {
    /// `2026-01-15 14:30:00Z`
    case utc
    /// In the local zone, whose offset is injected (`TimeFormatter.localOffsetSeconds`).
    case local
    /// Each time at the offset it was written with: `2026-01-15 16:30:00 +02:00`.
    case written
    /// At a fixed offset east of UTC, in seconds (`:set tz=+01:00`).
    case offset(seconds: Int)
    /// From the conversation's start: `+4m12s`.
    case relativeToStart
    /// From the previous time in the list: `Δ+1.150s`.
    case delta

    /// The next mode for `T`: UTC → local → as written → from start → delta → UTC.
    ///
    /// A fixed offset (only reachable with `:set tz=±hh:mm`) stands where "as written" stands.
    public var next: TimeMode {
        switch self {
        case .utc: .local
        case .local: .written
        case .written, .offset: .relativeToStart
        case .relativeToStart: .delta
        case .delta: .utc
        }
    }

    /// The header badge: `UTC`, `local`, `as written`, `+01:00`, `from start`, `Δ` (`delta` in ASCII).
    public func badge(ascii: Bool = false) -> String {
        switch self {
        case .utc: "UTC"
        case .local: "local"
        case .written: "as written"
        case .offset(let seconds): Self.formatOffset(seconds)
        case .relativeToStart: "from start"
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
