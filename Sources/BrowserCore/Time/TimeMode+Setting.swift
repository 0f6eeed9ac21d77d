import Foundation
import TermUI

/// `:set tz=utc|local|written|relative|delta|±hh:mm` parsing.
extension TimeMode {
    /// Why a `tz=` value was refused.
    public struct SettingError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses the value of `:set tz=`: `utc` (also `z`, `gmt`), `local`, `written` (also `offset`),
    /// `relative` (also `start`), `delta`, or an offset `±hh:mm`, `±hhmm`, `±hh` up to ±23:59. Case does not matter.
    public static func parseSetting(_ text: String) -> Result<TimeMode, SettingError> {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = settingNames.first(where: { $0.names.contains(value) }) { return .success(named.mode) }
        guard let seconds = parseOffset(value) else {
            let shown = Sanitizer.singleLine.sanitize(text)
            return .failure(SettingError(message: "tz must be \(acceptedSettings) (got \(shown))"))
        }
        return .success(.offset(seconds: seconds))
    }

    /// The names `:set tz=` accepts, each mode with its spellings (the first is the one to suggest).
    static let settingNames: [(mode: TimeMode, names: [String])] = [
        (.utc, ["utc", "z", "gmt"]), (.local, ["local"]), (.written, ["written", "offset"]),
        (.relativeToStart, ["relative", "start"]), (.delta, ["delta"]),
    ]

    /// What the error lists: every name `parseSetting` accepts, and the offset forms.
    static var acceptedSettings: String {
        settingNames.map { $0.names.joined(separator: "/") }.joined(separator: ", ") + " or an offset like +01:00"
    }

    /// `+01:00`, `-0530`, `+1`, `+01` → seconds east of UTC; nil when malformed or beyond ±23:59.
    static func parseOffset(_ text: String) -> Int? {
        guard let signCharacter = text.first, signCharacter == "+" || signCharacter == "-" else { return nil }
        let sign = signCharacter == "-" ? -1 : 1
        let rest = text.dropFirst()
        let hoursText: Substring
        let minutesText: Substring
        if let colon = rest.firstIndex(of: ":") {
            hoursText = rest[..<colon]
            minutesText = rest[rest.index(after: colon)...]
            guard minutesText.count == 2 else { return nil }
        } else if rest.count == 4 {
            hoursText = rest.prefix(2)
            minutesText = rest.suffix(2)
        } else {
            hoursText = rest
            minutesText = "0"
        }
        guard (1...2).contains(hoursText.count), hoursText.allSatisfy(\.isASCIIDigit),
            minutesText.allSatisfy(\.isASCIIDigit),
            let hours = Int(hoursText), let minutes = Int(minutesText), hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
