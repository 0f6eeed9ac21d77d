import Testing

@testable import TermUI

@Suite struct CellBufferTests {
    @Test func writesClipAndReturnTheNextColumn() {
        var buffer = CellBuffer(width: 10, height: 2)
        let end = buffer.write("hello world", x: 2, y: 0)
        #expect(end == 13)
        buffer.write("clip", x: 0, y: 1, clip: Rect(x: 1, y: 1, width: 2, height: 1))
        #expect(buffer.lines == ["  hello wo", " li"])
    }

    @Test func wideCharactersTakeTwoCellsAndNeverStraddleAnEdge() {
        var buffer = CellBuffer(width: 5, height: 2)
        buffer.write("中文字", x: 0, y: 0)
        #expect(buffer.lines[0] == "中文")
        #expect(buffer[0, 0].width == 2 && buffer[1, 0].isContinuation)
        #expect(buffer[4, 0].text == " ")
        buffer.write("中", x: -1, y: 1)
        buffer.write("x中", x: 3, y: 1)
        #expect(buffer.lines[1] == "   x")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)
        #expect(buffer.rowText(0) == " a文  ")
        buffer.write("b", x: 2, y: 0)
        #expect(buffer.rowText(0) == " ab   ")
        buffer.write("字", x: 3, y: 0)
        buffer.write("字", x: 2, y: 0)
        #expect(buffer.rowText(0) == " a字  ")
    }

    @Test func escapesAreDimAndStylesQueryable() {
        var buffer = CellBuffer(width: 12, height: 1)
        buffer.write("a\u{1B}b", x: 0, y: 0, style: .plain.bolded)
        #expect(buffer.lines == ["a\\u001bb"])
        #expect(buffer.styleLines { $0.dim ? "d" : ($0.bold ? "B" : ".") } == ["BddddddB...."])
        #expect(buffer.style(x: 1, y: 0).bold)
    }

    @Test func boxesInUnicodeAndASCII() {
        var buffer = CellBuffer(width: 12, height: 3)
        let inner = buffer.drawBox(buffer.area, glyphs: .unicode, title: "Title")
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
        #expect(
            buffer.plainText == """
                ┌ Title ───┐
                │          │
                └──────────┘
                """)
        var ascii = CellBuffer(width: 6, height: 3)
        ascii.drawBox(ascii.area, glyphs: .ascii)
        #expect(ascii.plainText == "+----+\n|    |\n+----+")
    }

    @Test func resizeKeepsContentAndBlanksCutWideCharacters() {
        var buffer = CellBuffer(width: 6, height: 2)
        buffer.write("ab中", x: 0, y: 0)
        buffer.resize(width: 3, height: 1)
        #expect(buffer.lines == ["ab"])
        #expect(buffer.width == 3 && buffer.height == 1)
    }

    @Test func fillRejectsWideOrUnsafeSymbols() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.fill(buffer.area, with: "\u{1B}")
        #expect(buffer.rowText(0) == "   ")
        buffer.fill(buffer.area, with: "─")
        #expect(buffer.rowText(0) == "───")
    }

    @Test func rectSplitsAndInsets() {
        let r = Rect(width: 10, height: 4)
        #expect(r.split(.horizontal, at: 3).0 == Rect(x: 0, y: 0, width: 3, height: 4))
        #expect(r.split(.vertical, ratio: 0.5).1 == Rect(x: 0, y: 2, width: 10, height: 2))
        #expect(r.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(r.inset(by: 5).isEmpty)
        #expect(r.split(.vertical, sizes: [1, 2, 0]).map(\.height) == [1, 2, 1])
        #expect(r.centered(width: 4, height: 2) == Rect(x: 3, y: 1, width: 4, height: 2))
        #expect(r.intersection(Rect(x: 8, y: 3, width: 5, height: 5)) == Rect(x: 8, y: 3, width: 2, height: 1))
    }
}
