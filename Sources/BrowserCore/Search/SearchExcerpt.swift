import TermUI

/// Cuts a sanitised excerpt around a match from UTF-8 bytes.
enum SearchExcerpt {
    /// `before`/`after`: how many bytes of context to keep on each side (cut at character boundaries).
    static func make(
        _ bytes: [UInt8], match: Range<Int>, before: Int = 24, after: Int = 40,
        ellipsis: String = "…"
    ) -> (excerpt: String, range: Range<Int>) {
        var start = max(0, match.lowerBound - before)
        while start > 0, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(bytes.count, match.upperBound + after)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let head = (start > 0 ? ellipsis : "") + clean(bytes[start..<match.lowerBound])
        let hit = clean(bytes[match])
        let tail = clean(bytes[match.upperBound..<end]) + (end < bytes.count ? ellipsis : "")
        let lower = head.count
        return (head + hit + tail, lower..<(lower + hit.count))
    }

    /// Sanitised, single line (newlines as `\n`, controls and bidi as escapes).
    private static func clean(_ bytes: ArraySlice<UInt8>) -> String {
        Sanitizer.singleLine.sanitize(String(decoding: bytes, as: UTF8.self))
    }
}
