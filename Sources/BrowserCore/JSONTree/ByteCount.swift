/// Human-readable sizes and counts for previews: `1.2 MB`, `950 B`, `1 000 000`.
public enum ByteCount {
    /// A size in decimal units (B, kB, MB, GB, TB), one decimal under 100.
    public static func format(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        guard bytes >= 1000 else { return "\(max(0, bytes)) B" }
        var value = Double(bytes)
        var unit = 0
        while value >= 999.95, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        if tenths >= 1000 { return "\(tenths / 10) \(units[unit])" }
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }

    /// An integer with a space every three digits: `1 000 000`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
