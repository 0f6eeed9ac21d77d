import Foundation

/// Substring tests for filters and searches over many rows, on UTF-8 bytes (`memchr`, `memcmp`): Foundation's
/// `String.contains` goes through `range(of:)` and took a 100 000-row `\` filter about half a second a keystroke.
/// UTF-8 is self-synchronising, so a byte match is a match of whole code points; canonically equivalent but
/// differently encoded text (a precomposed é against e + U+0301) does not match, as a byte search would not.
public enum TextMatch {
    /// `text.lowercased()`, with a fast path when only ASCII letters change (most of what lists match: uuids, paths,
    /// times, counts, an ellipsis): `lowercased()` walked Unicode case mappings, half the time of a first `/` over
    /// 100 000 rows. The bytes A-Z never occur inside a multi-byte UTF-8 sequence, so they are mapped in place.
    public static func lowercased(_ text: String) -> String {
        let utf8 = text.utf8
        if !utf8.allSatisfy({ $0 < 0x80 }), text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.changesWhenLowercased }) {
            return text.lowercased()
        }
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (index, byte) in utf8.enumerated() { buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
            return utf8.count
        }
    }

    /// True when `needle` occurs in `haystack` (both as given: lowercase them first for a case-insensitive test).
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { wanted in
                guard let wantedBase = wanted.baseAddress, !wanted.isEmpty else { return true }
                guard let textBase = text.baseAddress, text.count >= wanted.count else { return false }
                let last = text.count - wanted.count
                var from = 0
                while from <= last {
                    guard let hit = memchr(textBase + from, Int32(wantedBase[0]), last - from + 1) else { return false }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(textBase)
                    if memcmp(textBase + at, wantedBase, wanted.count) == 0 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }
}
