/// An RFC 3339 time as written in a vCon: the instant and the UTC offset it was written with.
public struct BrowserTimestamp: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Double
    /// The offset written (`+02:00` is 7200); 0 for `Z`.
    public var offsetSeconds: Int

    public init(epochSeconds: Double, offsetSeconds: Int) {
        self.epochSeconds = epochSeconds
        self.offsetSeconds = offsetSeconds
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` (also a space or `t` for `T`, `z` for `Z`);
    /// nil for anything else, which the caller then shows as written.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for byte in b[start..<(start + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard b.count >= 20, let year = number(0, 4), b[4] == 45, let month = number(5, 2), b[7] == 45,
            let day = number(8, 2), [84, 116, 32].contains(b[10]), let hour = number(11, 2), b[13] == 58,
            let minute = number(14, 2), b[16] == 58, let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < b.count, b[index] == 46 {
            var scale = 0.1
            index += 1
            while index < b.count, b[index] >= 48, b[index] <= 57 {
                fraction += Double(b[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < b.count else { return nil }
        var offset = 0
        if b[index] == 90 || b[index] == 122 {
            index += 1
        } else if b[index] == 43 || b[index] == 45, let oh = number(index + 1, 2), index + 3 < b.count,
            b[index + 3] == 58, let om = number(index + 4, 2)
        {
            offset = (oh * 3600 + om * 60) * (b[index] == 45 ? -1 : 1)
            index += 6
        } else {
            return nil
        }
        guard index == b.count else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        epochSeconds = Double(days * 86400 + hour * 3600 + minute * 60 + second - offset) + fraction
        offsetSeconds = offset
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil date and time of `epoch` seconds shifted by `offset`.
    static func civil(_ epoch: Double, offset: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int,
                                                        second: Int, millis: Int) {
        let shifted = epoch + Double(offset)
        let whole = Int(shifted.rounded(.down))
        let millis = Int(((shifted - Double(whole)) * 1000).rounded(.down))
        var days = whole / 86400
        var secs = whole % 86400
        if secs < 0 {
            secs += 86400
            days -= 1
        }
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secs / 3600, (secs % 3600) / 60, secs % 60, millis)
    }
}
