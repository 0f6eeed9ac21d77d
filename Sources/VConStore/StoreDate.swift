/// Checks the dates a user types for `--since`/`--until`: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.fff]]`
/// with an optional `Z` or `±HH:MM`.
///
/// The text itself is what goes to the store (as a query parameter): the vcon-server table keeps
/// `created_at` as the wall-clock time the vCon wrote, so no conversion is made here.
public enum StoreDate {
    /// The parts of a checked date, or nil when `text` is not a date.
    public static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        if bytes.count == 10 { return (year, month, day) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
            bytes.count >= 16, let hour = number(bytes[11..<13]), bytes[13] == UInt8(ascii: ":"),
            let minute = number(bytes[14..<16]), hour < 24, minute < 60
        else { return nil }
        let allowed = Set("0123456789:.+-Zz".utf8)
        guard bytes[16...].allSatisfy({ allowed.contains($0) }) else { return nil }
        return (year, month, day)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
