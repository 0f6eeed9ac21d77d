import Foundation

/// The zone the ladder's gutter shows times in: UTC, a fixed offset, or a named zone (`--tz local`).
public enum LadderTimeZone: Sendable, Hashable {
    case utc
    /// A fixed offset east of UTC, in seconds (`+05:30` is 19 800).
    case offset(seconds: Int)
    /// A named zone, its offset taken at each time (daylight saving included).
    case zone(TimeZone)

    /// Parses `utc`, `local` (the process's zone) or `±hh:mm` / `±hhmm` / `±hh`; nil otherwise.
    public static func parse(_ text: String) -> LadderTimeZone? {
        let lower = text.lowercased()
        if lower == "utc" || lower == "z" { return .utc }
        if lower == "local" { return .zone(TimeZone.current) }
        guard let signChar = text.first, signChar == "+" || signChar == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(\.isASCII), let value = Int(digits) else {
            return nil
        }
        let hours = digits.count == 2 ? value : value / 100
        let minutes = digits.count == 2 ? 0 : value % 100
        guard hours <= 18, minutes < 60, text.dropFirst().filter({ $0 == ":" }).count <= 1 else { return nil }
        let seconds = (hours * 3600 + minutes * 60) * (signChar == "-" ? -1 : 1)
        return seconds == 0 ? .utc : .offset(seconds: seconds)
    }

    /// Seconds east of UTC at `date`.
    public func offset(at date: Date) -> Int {
        switch self {
        case .utc: return 0
        case .offset(let seconds): return seconds
        case .zone(let zone): return zone.secondsFromGMT(for: date)
        }
    }

    /// `UTC`, `+05:30`, or for a named zone its offset at `date` (`+01:00`), as shown in the gutter header.
    public func label(at date: Date?) -> String {
        switch self {
        case .utc: return "UTC"
        case .offset(let seconds): return LadderClockText.offset(seconds)
        case .zone(let zone):
            let seconds = zone.secondsFromGMT(for: date ?? Date(timeIntervalSince1970: 0))
            return seconds == 0 ? "UTC" : LadderClockText.offset(seconds)
        }
    }
}
