import Testing

@testable import TermUI

@Suite struct TextLayoutTests {
    @Test func truncationByDisplayWidth() {
        let text = SafeText("Alice Wonderland")
        #expect(text.truncated(to: 20).plainText == "Alice Wonderland")
        #expect(text.truncated(to: 8).plainText == "Alice W…")
        #expect(text.truncated(to: 8, ellipsis: Glyphs.ascii.ellipsis).plainText == "Alice W~")
        #expect(text.truncated(to: 8, ellipsis: "...").plainText == "Alice...")
        #expect(text.truncated(to: 8, position: .start).plainText == "…derland")
        #expect(text.truncated(to: 8, position: .middle).plainText == "Alic…and")
        #expect(text.truncated(to: 1).plainText == "…")
        #expect(text.truncated(to: 0).plainText == "")
    }

    @Test func truncationNeverSplitsWideCharactersOrEscapes() {
        let cjk = SafeText("中文字幕")
        #expect(cjk.truncated(to: 6).plainText == "中文…")
        #expect(cjk.truncated(to: 6).width == 5)
        let escaped = SafeText("ab\u{1B}cd")
        #expect(escaped.truncated(to: 7).plainText == "ab…")
        #expect(SafeText("👨‍👩‍👧👨‍👩‍👧").truncated(to: 3).plainText == "👨‍👩‍👧…")
    }

    @Test func wrapsByWords() {
        let text = SafeText("the quick brown fox jumps over the lazy dog")
        #expect(text.wrapped(width: 10).map(\.plainText) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func hardBreaksLongWordsAndKeepsIndentation() {
        #expect(SafeText("abcdefghij klm").wrapped(width: 4).map(\.plainText) == ["abcd", "efgh", "ij", "klm"])
        #expect(SafeText("  indented text").wrapped(width: 10).map(\.plainText) == ["  indented", "text"])
    }

    @Test func wrapsWideCharactersAndEscapesWithoutSplitting() {
        #expect(SafeText("中文字幕中文").wrapped(width: 5).map(\.plainText) == ["中文", "字幕", "中文"])
        #expect(SafeText("ab \u{1B}").wrapped(width: 4).map(\.plainText) == ["ab", "\\u00", "1b"])
        #expect(SafeText("x \u{1B} y").wrapped(width: 8).map(\.plainText) == ["x \\u001b", "y"])
    }

    @Test func keptLineBreaksStartRowsAndEmptyLinesSurvive() {
        let text = SafeText("one two\n\nthree", sanitizer: .multiLine)
        #expect(text.wrapped(width: 20).map(\.plainText) == ["one two", "", "three"])
        #expect(text.lines.count == 3)
        #expect(SafeText("").wrapped(width: 5).map(\.plainText) == [""])
    }

    @Test func spansKeepTheirStyles() {
        let text = SafeText(spans: [("key: ", .plain.bolded), ("value", .plain.fg(.blue))])
        #expect(text.plainText == "key: value")
        #expect(text.glyphs[0].style.bold)
        #expect(text.glyphs[5].style.foreground == .blue)
        #expect(text.padded(to: 12).width == 12)
    }
}
