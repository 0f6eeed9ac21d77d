/// The value's text without insignificant whitespace: equal for two copies of the same JSON
/// written with different indentation. A byte scan, so depth costs nothing.
extension JSONValue {
    public var minifiedBytes: [UInt8] {
        document.buffer.withUnsafeBytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(byteRange.count)
            var inString = false
            var escaped = false
            for position in byteRange {
                let c = bytes[position]
                if inString {
                    out.append(c)
                    if escaped {
                        escaped = false
                    } else if c == UInt8(ascii: "\\") {
                        escaped = true
                    } else if c == UInt8(ascii: "\"") {
                        inString = false
                    }
                } else if c == UInt8(ascii: "\"") {
                    inString = true
                    out.append(c)
                } else if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 {
                    out.append(c)
                }
            }
            return out
        }
    }
}
