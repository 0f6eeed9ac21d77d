import Testing

@testable import TermUI

/// Issue 12.3: in ASCII mode (`--ascii`, `LANG=C`) no character outside ASCII from a vCon reaches the
/// terminal raw; it is shown as an escape.
@Suite struct ASCIIOnlyTests {
    @Test func asciiBuffersEscapeEveryNonASCIICharacterWrittenAndMeasureTheEscape() {
        var buffer = CellBuffer(width: 40, height: 2)
        buffer.asciiOnly = true
        let end = buffer.write(SafeText("鈴木 José 😀"), x: 0, y: 0)
        #expect(buffer.rowText(0) == #"\u9234\u6728 Jos\u00e9 \u{1f600}        "#)
        #expect(end == 32)
        #expect(buffer.rowText(0).utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func aLineIsEscapedBeforeItIsCutSoItEndsInTheEllipsis() {
        // An escape is cut whole: what fits of the text, then the ellipsis (not a clipped `\u67`).
        var buffer = CellBuffer(width: 12, height: 1)
        buffer.asciiOnly = true
        buffer.writeLine(SafeText("鈴木さん"), in: Rect(x: 0, y: 0, width: 12, height: 1), ellipsis: "~")
        #expect(buffer.rowText(0) == #"\u9234~     "#)
    }

    @Test func aDrawingSymbolStoredInAnASCIIBufferBecomesAQuestionMark() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.asciiOnly = true
        buffer.fill(Rect(x: 0, y: 0, width: 2, height: 1), with: "─")
        #expect(buffer.rowText(0) == "??  ")
    }

    @Test func unicodeBuffersKeepTheText() {
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.write(SafeText("鈴木"), x: 0, y: 0)
        #expect(buffer.rowText(0) == "鈴木      ")
        #expect(Sanitizer.asciiOnly("a鈴b → c…") == #"a\u9234b -> c..."#)
    }
}
