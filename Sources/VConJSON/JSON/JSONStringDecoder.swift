/// Turns the raw bytes between a JSON string's quotes into UTF-8, resolving escapes.
///
/// Invalid UTF-8 and lone surrogates become U+FFFD (the parser has already reported them).
enum JSONStringDecoder {
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func decode(_ raw: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        let n = raw.count
        while i < n {
            let c = raw[i]
            if c == UInt8(ascii: "\\"), i + 1 < n {
                i = decodeEscape(raw, i, into: &out)
            } else if c < 0x80 {
                out.append(c)
                i += 1
            } else {
                let length = raw.withMemoryRebound(to: UInt8.self) { bytes -> Int in
                    guard let base = bytes.baseAddress else { return 0 }
                    return JSONParser.utf8SequenceLength(base, i, n)
                }
                if length == 0 {
                    out.append(contentsOf: replacement)
                    i += 1
                } else {
                    out.append(contentsOf: raw[i..<(i + length)])
                    i += length
                }
            }
        }
        return out
    }

    private static func decodeEscape(_ raw: UnsafeRawBufferPointer, _ i: Int, into out: inout [UInt8]) -> Int {
        switch raw[i + 1] {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            return decodeUnicode(raw, i, into: &out)
        default: out.append(raw[i + 1])
        }
        return i + 2
    }

    private static func decodeUnicode(_ raw: UnsafeRawBufferPointer, _ i: Int, into out: inout [UInt8]) -> Int {
        let hex = { (at: Int) -> UInt32? in
            raw.withMemoryRebound(to: UInt8.self) { bytes in
                guard let base = bytes.baseAddress else { return nil }
                return JSONParser.hex4(base, at, bytes.count)
            }
        }
        guard let unit = hex(i + 2) else {
            out.append(contentsOf: replacement)
            return i + 2
        }
        var scalar = unit
        var next = i + 6
        if unit >= 0xD800 && unit <= 0xDBFF {
            if i + 12 <= raw.count, raw[i + 6] == UInt8(ascii: "\\"), raw[i + 7] == UInt8(ascii: "u"),
                let low = hex(i + 8), low >= 0xDC00 && low <= 0xDFFF
            {
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                next = i + 12
            } else {
                scalar = 0xFFFD
            }
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
            scalar = 0xFFFD
        }
        if let value = Unicode.Scalar(scalar) {
            out.append(contentsOf: UTF8.encode(value).map { Array($0) } ?? replacement)
        }
        return next
    }
}
