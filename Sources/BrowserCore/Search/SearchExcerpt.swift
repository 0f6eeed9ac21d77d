import TermUI

/// Cuts a sanitised excerpt around a match from UTF-8 bytes.
enum SearchExcerpt {
    /// The raw bytes an excerpt is made from: the match with some context, cut at character boundaries.
    struct Context: Sendable, Hashable {
        var bytes: [UInt8]
        var match: Range<Int>
        /// Whether text was cut off before or after the context.
        var clippedStart: Bool
        var clippedEnd: Bool

        /// The sanitised excerpt and the match within it, in Characters.
        var excerpt: (text: String, range: Range<Int>) {
            let ellipsis = "…"
            let head = (clippedStart ? ellipsis : "") + SearchExcerpt.clean(bytes[..<match.lowerBound])
            let hit = SearchExcerpt.clean(bytes[match])
            let tail = SearchExcerpt.clean(bytes[match.upperBound...]) + (clippedEnd ? ellipsis : "")
            let lower = head.count
            return (head + hit + tail, lower..<(lower + hit.count))
        }
    }

    /// `before`/`after`: how many bytes of context to keep on each side (cut at character boundaries).
    static func context(_ bytes: [UInt8], match: Range<Int>, before: Int = 24, after: Int = 40) -> Context {
        var start = max(0, match.lowerBound - before)
        while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(bytes.count, match.upperBound + after)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return Context(
            bytes: Array(bytes[start..<end]), match: (match.lowerBound - start)..<(match.upperBound - start),
            clippedStart: start > 0, clippedEnd: end < bytes.count)
    }

    /// Sanitised, single line (newlines as `\n`, controls and bidi as escapes).
    static func clean(_ bytes: ArraySlice<UInt8>) -> String {
        Sanitizer.singleLine.sanitize(String(decoding: bytes, as: UTF8.self))
    }
}
