/// A wall-clock reading of an instant at a UTC offset: the calendar fields a time is written with.
///
/// Pure arithmetic on the proleptic Gregorian calendar (Howard Hinnant's day-number algorithms), so no
/// `Calendar`, locale or zone database is involved and the result is the same on every machine.
public struct CivilTime: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// 0…999, rounded to the nearest millisecond (so `.001` parsed into a `Double` still reads `.001`).
    public var millisecond: Int

    /// The fields of `epochSeconds` (seconds since 1970-01-01T00:00:00Z) on a clock `offsetSeconds` east of UTC.
    /// Instants beyond ±`Milliseconds.limitSeconds` (a file's start plus a `duration` of 1e300) read as that limit.
    public init(epochSeconds: Double, offsetSeconds: Int = 0) {
        let totalMillis = Milliseconds.of(epochSeconds + Double(offsetSeconds))
        millisecond = ((totalMillis % 1000) + 1000) % 1000
        let totalSeconds = (totalMillis - millisecond) / 1000
        let secondOfDay = ((totalSeconds % 86_400) + 86_400) % 86_400
        (year, month, day) = Self.date(days: (totalSeconds - secondOfDay) / 86_400)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `days(year:month:day:)`.
    public static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// How many days `month` has in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
