import TermUI
import VConModel

/// How a checked inline body hash reads in the detail, meaning carried by glyph or word as well as colour.
///
///     hash        ✔ sha512 matches                      (ASCII: ok sha512 matches)
///     hash        ✖ sha512 mismatch: expected sha512-… got sha512-…   (ASCII: MISMATCH sha512: …)
///     hash        ⚠ sha512 not checked: the inline body does not decode: …
enum InlineHashText {
    static func field(_ check: HashCheck, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        let ascii = context.glyphs.isASCII
        let theme = context.theme
        switch check.status {
        case .match:
            w.field("hash", (ascii ? "ok " : "✔ ") + "\(check.algorithm) matches", pointer: pointer, style: theme.success)
        case .mismatch:
            let got = check.actual ?? "?"
            let text =
                ascii
                ? "MISMATCH \(check.algorithm): expected \(check.expected) got \(got)"
                : "✖ \(check.algorithm) mismatch: expected \(check.expected) got \(got)"
            w.field("hash", text, pointer: pointer, style: theme.error.bolded)
        case .unusable, .notAvailable:
            w.field(
                "hash", (ascii ? "! " : "⚠ ") + "\(check.algorithm) not checked: \(check.detail)", pointer: pointer,
                style: theme.warning)
        }
    }
}
