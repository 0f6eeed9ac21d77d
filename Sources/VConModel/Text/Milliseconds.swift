/// Whole milliseconds of a time in seconds, for the clock arithmetic of the formatters.
///
/// Times and durations come from files: a `duration` of `1e300` (or one that overflows to infinity)
/// must print as an absurd but finite clock, never trap in `Int(_:)`. So the value is clamped to
/// ±`limitSeconds` (about a million years, far past any real conversation) before converting, and
/// NaN counts as zero.
public enum Milliseconds {
    /// The largest magnitude, in seconds, a formatter is asked to show.
    public static let limitSeconds = 3.2e13

    /// `seconds × 1000`, rounded by `rule`, after clamping to ±`limitSeconds`.
    public static func of(_ seconds: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
        guard !seconds.isNaN else { return 0 }
        let clamped = min(max(seconds, -limitSeconds), limitSeconds)
        return Int((clamped * 1000).rounded(rule))
    }
}
