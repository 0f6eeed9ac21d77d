import VConModel
import VConSIP

/// Durations and signed offsets in one style: `12s`, `1.150s`, `4m12s`, `1h02m05s`, `2d03h04m05s`.
extension TimeFormatter {
    /// A signed time from the start: `+0s`, `+12s`, `+1.150s` (milliseconds only when not whole), `+4m12s`, `-3s`.
    public static func relative(_ seconds: Double) -> String {
        (seconds < 0 ? "-" : "+") + duration(abs(seconds))
    }

    /// A length of time (a dialog's `duration`): `12.500s`, `30s`, `2h01m00s`; `-` before a negative one,
    /// `?` for what no clock can show (not finite, or beyond a million years).
    public static func duration(_ seconds: Double) -> String {
        // Checked before converting: `Int(_:)` traps on NaN, infinities and values beyond Int's range.
        guard seconds.isFinite, abs(seconds) < 3.2e13 else { return "?" }
        if seconds < 0 { return "-" + duration(-seconds) }
        let millis = Int((seconds * 1000).rounded())
        let whole = millis / 1000
        if whole < 60 {
            if millis % 1000 == 0 { return "\(whole)s" }
            return "\(whole).\(LadderTime.pad(millis % 1000, 3))s"
        }
        let days = whole / 86_400
        let hours = whole / 3600 % 24
        let minutes = whole / 60 % 60
        let clock = "\(TimeMode.pad2(minutes))m\(TimeMode.pad2(whole % 60))s"
        if days > 0 { return "\(days)d\(TimeMode.pad2(hours))h" + clock }
        if hours > 0 { return "\(hours)h" + clock }
        return "\(minutes)m\(TimeMode.pad2(whole % 60))s"
    }
}
