/// Why a text is not an RFC 3339 date-time, in the order the parser checks.
extension RFC3339Time {
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case notADate
        case monthOutOfRange(Int)
        case dayOutOfRange(Int)
        case dateOnly
        case noTimeSeparator
        case notAClock
        case clockOutOfRange(hour: Int, minute: Int, second: Int)
        case emptyFraction
        /// A date and time with no `Z` or `±hh:mm`: the instant is ambiguous.
        case missingOffset
        case textAfterTime
        case malformedOffset
        case offsetOutOfRange
        case textAfterOffset

        /// The reason in words, as validation findings print it.
        public var description: String {
            switch self {
            case .notADate: "it does not start with a full date YYYY-MM-DD"
            case .monthOutOfRange(let month): "month \(month) is out of range"
            case .dayOutOfRange(let day): "day \(day) is out of range"
            case .dateOnly: "a date without a time (RFC 3339 date-time needs both)"
            case .noTimeSeparator: "the date is not followed by \"T\" and a time"
            case .notAClock: "the time is not hh:mm:ss"
            case .clockOutOfRange(let hour, let minute, let second): "the time \(hour):\(minute):\(second) is out of range"
            case .emptyFraction: "a decimal point with no fraction digits"
            case .missingOffset: "no time zone offset (Z or ±hh:mm)"
            case .textAfterTime: "unexpected text after the time"
            case .malformedOffset: "the time zone offset is not ±hh:mm"
            case .offsetOutOfRange: "the time zone offset is out of range"
            case .textAfterOffset: "unexpected text after the time zone offset"
            }
        }
    }
}
