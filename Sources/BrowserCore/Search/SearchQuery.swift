import Foundation

/// What `/` looks for: a literal text, case-insensitive unless it holds an uppercase letter (smart case).
public struct SearchQuery: Sendable, Hashable {
    public let text: String
    public let caseSensitive: Bool
    private let needle: [UInt8]
    private let isASCII: Bool

    /// `caseSensitive` nil means smart case: sensitive only when `text` has an uppercase letter.
    public init(_ text: String, caseSensitive: Bool? = nil) {
        self.text = text
        self.caseSensitive = caseSensitive ?? text.contains { $0.isUppercase }
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let bytes = Array(text.utf8)
        needle = self.caseSensitive ? bytes : bytes.map(Self.lowerASCII)
    }

    /// True for an empty query (which matches nothing).
    public var isEmpty: Bool { needle.isEmpty }

    /// Byte ranges of the non-overlapping matches in UTF-8 `haystack`, at most `limit`.
    public func matches(in haystack: [UInt8], limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        if caseSensitive || isASCII { return byteMatches(in: haystack, limit: limit) }
        return foldedMatches(in: haystack, limit: limit)
    }

    /// Byte search; ASCII letters folded when insensitive (exact for ASCII queries).
    private func byteMatches(in haystack: [UInt8], limit: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let first = needle[0]
        let fold = !caseSensitive
        var i = 0
        let last = haystack.count - needle.count
        while i <= last, result.count < limit {
            let byte = fold ? Self.lowerASCII(haystack[i]) : haystack[i]
            if byte == first {
                var k = 1
                while k < needle.count {
                    let b = fold ? Self.lowerASCII(haystack[i + k]) : haystack[i + k]
                    if b != needle[k] { break }
                    k += 1
                }
                if k == needle.count {
                    result.append(i..<(i + needle.count))
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Unicode case-insensitive search for non-ASCII queries (`Émile` finds `émile`).
    private func foldedMatches(in haystack: [UInt8], limit: Int) -> [Range<Int>] {
        let string = String(decoding: haystack, as: UTF8.self)
        var result: [Range<Int>] = []
        var from = string.startIndex
        while result.count < limit,
            let found = string.range(of: text, options: [.caseInsensitive], range: from..<string.endIndex)
        {
            let start = string.utf8.distance(from: string.startIndex, to: found.lowerBound)
            let end = string.utf8.distance(from: string.startIndex, to: found.upperBound)
            result.append(start..<end)
            from = found.upperBound
            if found.isEmpty { break }
        }
        return result
    }

    @inline(__always)
    static func lowerASCII(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
