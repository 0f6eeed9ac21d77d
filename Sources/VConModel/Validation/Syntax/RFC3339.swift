/// RFC 3339 `date-time` checking, as the draft's Date type requires (via JMAP §1.4).
public enum RFC3339 {
    /// What a date string gets wrong, from fatal to cosmetic.
    public enum Problem: Sendable, Equatable {
        /// Not an RFC 3339 date-time at all (the reason says which part).
        case invalid(String)
        /// A date and time with no `Z` or `±hh:mm` offset: the instant is ambiguous.
        case missingOffset
        /// Readable, but not the normal form JMAP asks for (lowercase `t`/`z`, a space separator).
        case notNormalized(String)
    }

    /// Checks one string; nil when it is a well-formed, normalised RFC 3339 date-time.
    public static func problem(_ text: String) -> Problem? {
        let b = Array(text.utf8)
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for k in start..<(start + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            return value
        }
        guard let year = digits(0, 4), b.count > 4, b[4] == UInt8(ascii: "-"), let month = digits(5, 2),
            b.count > 7, b[7] == UInt8(ascii: "-"), let day = digits(8, 2)
        else { return .invalid("it does not start with a full date YYYY-MM-DD") }
        guard (1...12).contains(month) else { return .invalid("month \(month) is out of range") }
        guard day >= 1 && day <= daysIn(month: month, year: year) else { return .invalid("day \(day) is out of range") }
        guard b.count > 10 else { return .invalid("a date without a time (RFC 3339 date-time needs both)") }
        var cosmetic: String?
        switch b[10] {
        case UInt8(ascii: "T"): break
        case UInt8(ascii: "t"): cosmetic = "lowercase \"t\" separator"
        case UInt8(ascii: " "): cosmetic = "a space instead of \"T\" between date and time"
        default: return .invalid("the date is not followed by \"T\" and a time")
        }
        guard let hour = digits(11, 2), b.count > 13, b[13] == UInt8(ascii: ":"), let minute = digits(14, 2),
            b.count > 16, b[16] == UInt8(ascii: ":"), let second = digits(17, 2)
        else { return .invalid("the time is not hh:mm:ss") }
        guard hour <= 23, minute <= 59, second <= 60 else { return .invalid("the time \(hour):\(minute):\(second) is out of range") }
        var i = 19
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > start else { return .invalid("a decimal point with no fraction digits") }
        }
        guard i < b.count else { return .missingOffset }
        switch b[i] {
        case UInt8(ascii: "Z"): i += 1
        case UInt8(ascii: "z"):
            cosmetic = cosmetic ?? "lowercase \"z\""
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let offsetHour = digits(i + 1, 2), b.count > i + 3, b[i + 3] == UInt8(ascii: ":"),
                let offsetMinute = digits(i + 4, 2)
            else { return .invalid("the time zone offset is not ±hh:mm") }
            guard offsetHour <= 23, offsetMinute <= 59 else { return .invalid("the time zone offset is out of range") }
            i += 6
        default: return .invalid("unexpected text after the time")
        }
        guard i == b.count else { return .invalid("unexpected text after the time zone offset") }
        return cosmetic.map(Problem.notNormalized)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
