import Foundation

/// String scanning and duplicate-key detection.
extension JSONParser {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A mask with the high bit set in each byte of `word` that is `"`, `\\`, below 0x20 or above 0x7F.
    ///
    /// Exact for the lowest such byte (the classic has-zero-byte trick can only err above a true
    /// hit), so `trailingZeroBitCount / 8` is the offset of the first special byte.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasBackslash = (backslash &- ones) & ~backslash
        let hasControl = (word &- ones &* 0x20) & ~word
        return ((hasQuote | hasBackslash | hasControl) | word) & highs
    }

    /// Scans a string starting at its opening quote, appends its node, returns the offset after the closing quote.
    mutating func parseString(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ raw: UnsafeRawBufferPointer
    ) throws(JSONError) -> Int {
        let nodeIndex = nodes.count
        var bits = JSONKind.string.rawValue
        var i = start + 1
        let content = i
        while true {
            while i + 8 <= end {
                let special = Self.specialBytes(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < end else { throw error("unterminated string", at: start, raw) }
            let c = p[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") {
                bits |= JSONNode.hasEscapes
                i = try scanEscape(p, i, end, raw, nodeIndex: nodeIndex)
            } else if c < 0x20 {
                let code = String(c, radix: 16, uppercase: true)
                throw error(
                    "raw control character U+\(String(repeating: "0", count: 4 - code.count))\(code) in a string (must be escaped)", at: i,
                    raw)
            } else if c < 0x80 {
                i += 1
            } else {
                let length = Self.utf8SequenceLength(p, i, end)
                if length == 0 {
                    if bits & JSONNode.badUTF8 == 0 {
                        issues.append(
                            JSONIssue(
                                kind: .invalidUTF8,
                                message: "invalid UTF-8 byte 0x\(String(c, radix: 16, uppercase: true)) in a string (shown as U+FFFD)",
                                offset: i, nodeIndex: nodeIndex))
                    }
                    bits |= JSONNode.badUTF8
                    i += 1
                } else {
                    i += length
                }
            }
        }
        nodes.append(JSONNode(offset: UInt32(start), aux: UInt32(i - content), bits: bits))
        return i + 1
    }

    /// Checks one escape at `i` (the backslash) and returns the offset after it.
    private mutating func scanEscape(
        _ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ raw: UnsafeRawBufferPointer, nodeIndex: Int
    ) throws(JSONError) -> Int {
        guard i + 1 < end else { throw error("unterminated string", at: i, raw) }
        switch p[i + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            guard let unit = Self.hex4(p, i + 2, end) else {
                throw error("invalid \\u escape: expected four hex digits", at: i, raw)
            }
            if unit >= 0xD800 && unit <= 0xDBFF {
                if i + 12 <= end, p[i + 6] == UInt8(ascii: "\\"), p[i + 7] == UInt8(ascii: "u"),
                    let low = Self.hex4(p, i + 8, end), low >= 0xDC00 && low <= 0xDFFF
                {
                    return i + 12
                }
                issues.append(
                    JSONIssue(
                        kind: .loneSurrogate, message: "lone high surrogate \\u\(String(unit, radix: 16)) (shown as U+FFFD)", offset: i,
                        nodeIndex: nodeIndex))
            } else if unit >= 0xDC00 && unit <= 0xDFFF {
                issues.append(
                    JSONIssue(
                        kind: .loneSurrogate, message: "lone low surrogate \\u\(String(unit, radix: 16)) (shown as U+FFFD)", offset: i,
                        nodeIndex: nodeIndex))
            }
            return i + 6
        default:
            throw error("invalid escape \\\(Self.describe(p[i + 1])) in a string", at: i, raw)
        }
    }

    static func hex4(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> UInt32? {
        guard i + 4 <= end else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = p[i + k]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The length of a valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or 0.
    static func utf8SequenceLength(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = p[i]
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < end && p[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return cont(1) && p[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED:
            return cont(1) && p[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xF0:
            return cont(1) && p[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return cont(1) && p[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// Reports keys that appear twice in the object whose tape index is `object` (all copies are kept).
    ///
    /// Small objects (the million transcript segments of a big file) are compared pairwise in
    /// place, with no allocation; large ones go through a set.
    mutating func checkDuplicateKeys(object: Int, _ raw: UnsafeRawBufferPointer) {
        let end = Int(nodes[object].aux)
        guard end > object + 3 else { return }
        var count = 0
        var index = object + 1
        while index < end {
            count += 1
            index = nextMember(after: index)
        }
        if count <= 16 {
            var a = nextMember(after: object + 1)
            while a < end {
                var b = object + 1
                while b < a {
                    if sameKey(a, b, raw) {
                        reportDuplicate(a, raw)
                        break
                    }
                    b = nextMember(after: b)
                }
                a = nextMember(after: a)
            }
        } else {
            var seen = Set<[UInt8]>()
            var key = object + 1
            while key < end {
                if !seen.insert(decodedKey(key, raw)).inserted { reportDuplicate(key, raw) }
                key = nextMember(after: key)
            }
        }
    }

    /// The tape index of the next member name after the member whose name is at `key`.
    @inline(__always)
    private func nextMember(after key: Int) -> Int {
        let value = key + 1
        let node = nodes[value]
        let kind = node.bits & JSONNode.kindMask
        return (kind == JSONKind.object.rawValue || kind == JSONKind.array.rawValue) ? Int(node.aux) : value + 1
    }

    private func sameKey(_ a: Int, _ b: Int, _ raw: UnsafeRawBufferPointer) -> Bool {
        let na = nodes[a]
        let nb = nodes[b]
        if (na.bits | nb.bits) & JSONNode.hasEscapes != 0 { return decodedKey(a, raw) == decodedKey(b, raw) }
        guard na.aux == nb.aux else { return false }
        let sa = Int(na.offset) + 1
        let sb = Int(nb.offset) + 1
        return memcmp(raw.baseAddress.unsafelyUnwrapped + sa, raw.baseAddress.unsafelyUnwrapped + sb, Int(na.aux)) == 0
    }

    private func decodedKey(_ index: Int, _ raw: UnsafeRawBufferPointer) -> [UInt8] {
        let node = nodes[index]
        let start = Int(node.offset) + 1
        let slice = UnsafeRawBufferPointer(rebasing: raw[start..<(start + Int(node.aux))])
        return node.bits & JSONNode.hasEscapes != 0 ? JSONStringDecoder.decode(slice) : Array(slice)
    }

    private mutating func reportDuplicate(_ key: Int, _ raw: UnsafeRawBufferPointer) {
        let name = String(decoding: decodedKey(key, raw), as: UTF8.self)
        issues.append(
            JSONIssue(
                kind: .duplicateKey, message: "duplicate member name \"\(name)\" (all copies kept; the last one is used)",
                offset: Int(nodes[key].offset), nodeIndex: key))
    }
}
