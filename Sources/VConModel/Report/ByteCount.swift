/// Human sizes for summaries: `812 B`, `1.2 KiB`, `3.4 MiB`.
public enum ByteCount {
    public static func format(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = (value * 10).rounded() / 10
        let text = tenths == tenths.rounded() && tenths >= 10 ? String(Int(tenths)) : String(tenths)
        return "\(text) \(units[unit])"
    }
}
