import Foundation

/// An RFC 3339 `date-time` as written in a vCon: the instant, the UTC offset it was written with, and which
/// lenient spellings were accepted to read it. The one parser behind the validator, the ladder and the browser.
///
/// Why not `ISO8601DateFormatter`: it is slow for 10 000 ladder rows, rejects real-world variants (a space for
/// `T`, `+0000`), cannot say what is wrong, and is not `Sendable`. This one reads the UTF-8 bytes in place.
public struct RFC3339Time: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z, fraction included.
    public var epochSeconds: Double
    /// The offset east of UTC the time was written with (`+02:00` is 7200, `Z` is 0).
    public var offsetSeconds: Int
    /// The lenient spellings this text used (empty for the normal form).
    public var leniency: Leniency

    public init(epochSeconds: Double, offsetSeconds: Int, leniency: Leniency = []) {
        self.epochSeconds = epochSeconds
        self.offsetSeconds = offsetSeconds
        self.leniency = leniency
    }

    /// Reads `text` accepting every lenient spelling; nil when it is not a date-time with an offset.
    public init?(_ text: String) {
        guard case .success(let time) = Self.parse(text) else { return nil }
        self = time
    }

    /// The instant.
    public var date: Date { Date(timeIntervalSince1970: epochSeconds) }

    /// The wall clock as written (at `offsetSeconds`).
    public var civilAsWritten: CivilTime { CivilTime(epochSeconds: epochSeconds, offsetSeconds: offsetSeconds) }

    /// Spellings real files use that RFC 3339's normal form does not.
    public struct Leniency: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `2024-01-15t10:00:00Z`
        public static let lowercaseT = Leniency(rawValue: 1)
        /// `2024-01-15 10:00:00Z`
        public static let spaceSeparator = Leniency(rawValue: 2)
        /// `2024-01-15T10:00:00z`
        public static let lowercaseZ = Leniency(rawValue: 4)
        /// `2024-01-15T10:00:00,5Z`
        public static let commaFraction = Leniency(rawValue: 8)
        /// `2024-01-15T10:00:00+0100`
        public static let offsetWithoutColon = Leniency(rawValue: 16)

        public static let all: Leniency = [.lowercaseT, .spaceSeparator, .lowercaseZ, .commaFraction, .offsetWithoutColon]
    }

    /// Reads `text`, accepting the lenient spellings in `accepting` (and flagging them in `leniency`);
    /// a spelling not accepted fails as the strict grammar would.
    public static func parse(_ text: String, accepting: Leniency = .all) -> Result<RFC3339Time, Failure> {
        var text = text
        return text.withUTF8 { parse(bytes: $0, accepting: accepting) }
    }

    /// The scanner, over UTF-8 bytes; checks run in the order the validator reports them.
    public static func parse(bytes b: UnsafeBufferPointer<UInt8>, accepting: Leniency = .all) -> Result<RFC3339Time, Failure> {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for k in start..<(start + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), b.count > 4, b[4] == 0x2D, let month = digits(5, 2), b.count > 7, b[7] == 0x2D,
            let day = digits(8, 2)
        else { return .failure(.notADate) }
        guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
        guard day >= 1 && day <= CivilTime.daysIn(month: month, year: year) else { return .failure(.dayOutOfRange(day)) }
        guard b.count > 10 else { return .failure(.dateOnly) }
        var leniency: Leniency = []
        switch b[10] {
        case 0x54: break  // T
        case 0x74 where accepting.contains(.lowercaseT): leniency.insert(.lowercaseT)
        case 0x20 where accepting.contains(.spaceSeparator): leniency.insert(.spaceSeparator)
        default: return .failure(.noTimeSeparator)
        }
        guard let hour = digits(11, 2), b.count > 13, b[13] == 0x3A, let minute = digits(14, 2), b.count > 16,
            b[16] == 0x3A, let second = digits(17, 2)
        else { return .failure(.notAClock) }
        guard hour <= 23, minute <= 59, second <= 60 else {
            return .failure(.clockOutOfRange(hour: hour, minute: minute, second: second))
        }
        var i = 19
        var fraction = 0.0
        if i < b.count, b[i] == 0x2E || (b[i] == 0x2C && accepting.contains(.commaFraction)) {
            if b[i] == 0x2C { leniency.insert(.commaFraction) }
            i += 1
            let start = i
            var scale = 0.1
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return .failure(.emptyFraction) }
        }
        guard i < b.count else { return .failure(.missingOffset) }
        var offset = 0
        switch b[i] {
        case 0x5A: i += 1  // Z
        case 0x7A where accepting.contains(.lowercaseZ):
            leniency.insert(.lowercaseZ)
            i += 1
        case 0x2B, 0x2D:
            guard let offsetHour = digits(i + 1, 2) else { return .failure(.malformedOffset) }
            let hasColon = b.count > i + 3 && b[i + 3] == 0x3A
            if !hasColon {
                guard accepting.contains(.offsetWithoutColon) else { return .failure(.malformedOffset) }
                leniency.insert(.offsetWithoutColon)
            }
            let minuteAt = hasColon ? i + 4 : i + 3
            guard let offsetMinute = digits(minuteAt, 2) else { return .failure(.malformedOffset) }
            guard offsetHour <= 23, offsetMinute <= 59 else { return .failure(.offsetOutOfRange) }
            offset = (offsetHour * 3600 + offsetMinute * 60) * (b[i] == 0x2D ? -1 : 1)
            i = minuteAt + 2
        default: return .failure(.textAfterTime)
        }
        guard i == b.count else { return .failure(.textAfterOffset) }
        let days = CivilTime.days(year: year, month: month, day: day)
        let whole = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return .success(RFC3339Time(epochSeconds: Double(whole) + fraction, offsetSeconds: offset, leniency: leniency))
    }
}
