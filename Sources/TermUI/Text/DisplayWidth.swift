import UnsafeText

/// Display width in terminal cells, per code point and per grapheme cluster.
///
/// Rules (what xterm, tmux and wcwidth-based terminals do, plus modern emoji):
/// - East Asian Wide/Fullwidth and emoji-presentation code points: 2 cells.
/// - Combining marks (Mn, Me), medial/final Hangul jamo, joiners, tags: 0 cells.
/// - Everything else, including East Asian Ambiguous and unassigned: 1 cell.
/// - A cluster is the sum of its code points, except emoji clusters: a flag
///   (two regional indicators), a ZWJ sequence, a modifier sequence or a base
///   followed by VS16 (U+FE0F) is 2 cells.
/// Controls are given 0 here; the `Sanitizer` replaces them before display.
public enum DisplayWidth {
    /// Width of one code point: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if contains(wideRanges, v) { return 2 }
        if contains(zeroWidthRanges, v) { return 0 }
        return 1
    }

    /// Width of one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        if isRegionalIndicator(first) { return 2 }
        let hasVS16 = scalars.contains { $0.value == 0xFE0F }
        if isPictographic(first) {
            return hasVS16 || of(first) == 2 || scalars.contains { $0.value == 0x200D } ? 2 : 1
        }
        if hasVS16, isKeycapBase(first) { return 2 }
        return scalars.reduce(0) { $0 + of($1) }
    }

    /// Width of a string: the sum over its grapheme clusters (raw, before sanitising).
    public static func of(_ string: String) -> Int {
        string.reduce(0) { $0 + of($1) }
    }

    /// True for Extended_Pictographic code points (emoji bases).
    public static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA9 && contains(pictographicRanges, scalar.value)
    }

    /// True for zero-width code points that are visible marks (not joiners, selectors or tags).
    static func isVisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0x200B...0x200D).contains(v) || (0xE0020...0xE007F).contains(v) { return false }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || (0x180B...0x180F).contains(v) {
            return false
        }
        return v >= 0x300 && contains(zeroWidthRanges, v)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

    private static func isKeycapBase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x30...0x39).contains(v) || v == 0x23 || v == 0x2A
    }

    /// Binary search in a sorted table of inclusive (lo, hi) pairs.
    static func contains(_ table: [UInt32], _ value: UInt32) -> Bool { UnsafeText.rangesContain(table, value) }
}
