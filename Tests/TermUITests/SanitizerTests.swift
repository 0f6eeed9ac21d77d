import Testing

@testable import TermUI

@Suite struct SanitizerTests {
    private func shown(_ s: String, _ sanitizer: Sanitizer = .singleLine) -> String { sanitizer.sanitize(s) }

    @Test func everyC0ControlBecomesAnEscape() {
        for v in UInt32(0)..<0x20 where v != 0x09 && v != 0x0A {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let expected = v == 0x0D ? "\\r" : "\\u00" + (v < 0x10 ? "0" : "") + String(v, radix: 16)
            #expect(shown("a" + String(Character(scalar)) + "b") == "a\(expected)b")
        }
    }

    @Test func delAndEveryC1ControlBecomeEscapes() {
        for v in UInt32(0x7F)...0x9F {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(shown(String(Character(scalar))) == "\\u00" + String(v, radix: 16))
        }
    }

    @Test(
        arguments: [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
            as [UInt32])
    func bidiControlsBecomeEscapes(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "abc" + String(Character(scalar)) + "def"
        #expect(shown(text) == "abc\\u" + String(value, radix: 16).leftPadded(4) + "def")
    }

    @Test func invisibleFormatCharactersBecomeEscapes() {
        #expect(shown("a\u{200B}b") == "a\\u200bb")
        #expect(shown("a\u{2060}b") == "a\\u2060b")
        #expect(shown("\u{FEFF}x") == "\\ufeffx")
        #expect(shown("soft\u{AD}hyphen") == "soft\\u00adhyphen")
        #expect(shown("a\u{2028}b") == "a\\u2028b")
        #expect(shown("x\u{FFFF}") == "x\\uffff")
        // Tag characters smuggling text after a letter are shown; inside an emoji flag they stay.
        #expect(shown("a\u{E0041}\u{E0042}") == "a\\u{e0041}\\u{e0042}")
        #expect(shown("🏴󠁧󠁢󠁳󠁣󠁴󠁿") == "🏴󠁧󠁢󠁳󠁣󠁴󠁿")
    }

    @Test func terminalAttacksAreDefused() {
        let title = "\u{1B}]0;pwned\u{07}"
        #expect(shown(title) == "\\u001b]0;pwned\\u0007")
        let osc52 = "\u{1B}]52;c;ZXZpbA==\u{1B}\\"
        #expect(shown(osc52) == "\\u001b]52;c;ZXZpbA==\\u001b\\")
        #expect(shown("\u{9B}31m") == "\\u009b31m")
        #expect(!shown("\u{1B}[2J\u{1B}[H").unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func legitimateTextIsKept() {
        for text in ["Grüße", "中文", "שלום עולם", "مرحبا", "👨‍👩‍👧", "🇺🇸", "e\u{301}", "क्षि", "नमस्ते", "ab\u{200C}c"] {
            #expect(shown(text) == text)
        }
    }

    @Test func loneMarksAndJoiners() {
        #expect(shown("\u{301}x") == " \u{301}x")
        #expect(shown("\u{200D}") == "\\u200d")
        #expect(shown("\u{FE0F}") == "\\ufe0f")
    }

    @Test func newlinePolicies() {
        #expect(shown("a\nb") == "a\\nb")
        #expect(shown("a\r\nb") == "a\\nb")
        #expect(shown("a\nb", Sanitizer(newlines: .marker("↵"))) == "a↵b")
        #expect(shown("a\nb", .multiLine) == "a\nb")
        let glyphs = Sanitizer.multiLine.glyphs("a\nb")
        #expect(glyphs.map(\.kind) == [.text, .lineBreak, .text])
    }

    @Test func tabsExpandToStops() {
        #expect(shown("a\tb") == "a       b")
        #expect(shown("abcdefgh\tx") == "abcdefgh        x")
        #expect(shown("a\tb", Sanitizer(tabWidth: 4)) == "a   b")
        #expect(shown("ab\ncd\te", Sanitizer(newlines: .keep, tabWidth: 4)) == "ab\ncd  e")
        #expect(Sanitizer.singleLine.glyphs("\tx", startColumn: 3).count == 6)
    }

    @Test func escapesAreMarkedAndDrawnDim() {
        let glyphs = Sanitizer.singleLine.glyphs("a\u{1B}")
        #expect(glyphs.map(\.kind) == [.text, .escape])
        #expect(glyphs[1].width == 6)
        #expect(glyphs[1].drawnStyle.dim)
    }

    /// No sequence of hostile code points ever yields a cell holding an unsafe code point.
    @Test func nothingUnsafeReachesACell() {
        var rng = SplitMix(seed: 42)
        let pool: [UInt32] =
            Array(0...0x20) + Array(0x7F...0xA0) + [
                0x200B, 0x200D, 0x202E, 0x2066, 0xFE0F, 0x301,
                0x1F468, 0x1F1FA, 0xE0041, 0xFEFF, 0x2028, 0x4E2D, 0x41, 0x61C, 0xAD,
            ]
        for _ in 0..<300 {
            let scalars = (0..<12).compactMap { _ in Unicode.Scalar(pool[Int(rng.next() % UInt64(pool.count))]) }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            var buffer = CellBuffer(width: 120, height: 1)
            buffer.write(text, x: 0, y: 0)
            for x in 0..<buffer.width {
                let unsafe = buffer[x, 0].text.unicodeScalars.filter { Sanitizer.isUnsafe($0) }
                #expect(unsafe.isEmpty, "cell \(x) of \(scalars.map(\.value))")
            }
        }
    }
}

/// A small deterministic generator for fuzz-style tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
