import Testing

@testable import TermUI

@Suite struct OutputTests {
    @Test func frameDiffFindsOnlyChangedRuns() {
        var old = CellBuffer(width: 20, height: 3)
        old.write("hello world", x: 0, y: 1)
        var new = old
        new.write("J", x: 0, y: 1)
        new.write("W", x: 6, y: 1)
        new.write("!", x: 19, y: 2)
        let runs = FrameDiff.changes(from: old, to: new)
        #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[0, 1, 1], [6, 1, 1], [19, 2, 1]])
        #expect(FrameDiff.changes(from: new, to: new).isEmpty)
    }

    @Test func frameDiffMergesSmallGapsAndKeepsWideCharactersWhole() {
        var old = CellBuffer(width: 10, height: 1)
        old.write("abcdefgh", x: 0, y: 0)
        var new = old
        new.write("X", x: 1, y: 0)
        new.write("Y", x: 3, y: 0)
        #expect(FrameDiff.changes(from: old, to: new).map { [$0.x, $0.cells.count] } == [[1, 3]])
        var wideOld = CellBuffer(width: 6, height: 1)
        wideOld.write("中文", x: 0, y: 0)
        var wideNew = wideOld
        wideNew.write("字", x: 2, y: 0)
        let runs = FrameDiff.changes(from: wideOld, to: wideNew)
        #expect(runs.map { [$0.x, $0.cells.count] } == [[2, 2]])
        #expect(runs[0].cells[0].text == "字" && runs[0].cells[1].isContinuation)
    }

    @Test func frameDiffRepaintsEverythingWithoutAComparableFrame() {
        let new = CellBuffer(width: 4, height: 2)
        #expect(FrameDiff.changes(from: nil, to: new).count == 2)
        #expect(FrameDiff.changes(from: CellBuffer(width: 3, height: 2), to: new).map(\.cells.count) == [4, 4])
    }

    @Test func ansiRendererEmitsSGRPerStyleChange() {
        var buffer = CellBuffer(width: 8, height: 2)
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .red, bold: true))
        buffer.write("c", x: 2, y: 0)
        buffer.write("中", x: 0, y: 1, style: Style(background: .brightBlue, reverse: true))
        let esc = "\u{1B}["
        #expect(AnsiRenderer().render(buffer) == "\(esc)0;1;31mab\(esc)0mc\n\(esc)0;7;104m中\(esc)0m\n")
        #expect(AnsiRenderer(colors: false).render(buffer) == "\(esc)0;1mab\(esc)0mc\n\(esc)0;7m中\(esc)0m\n")
    }

    @Test func ansiRendererNeverPassesUntrustedEscapes() {
        var buffer = CellBuffer(width: 30, height: 1)
        buffer.write("\u{1B}]0;title\u{07}\u{1B}[2J", x: 0, y: 0)
        let out = AnsiRenderer().render(buffer)
        #expect(!out.contains("\u{1B}]"))
        #expect(!out.contains("\u{1B}[2J"))
        #expect(!out.contains("\u{07}"))
    }

    @Test func themeAvoidsColoursThatVanishOnDarkOrLight() {
        let unreadable: Set<TermColor> = [.black, .white, .brightBlack, .brightWhite, .yellow, .brightYellow]
        for style in Theme.standard.all {
            #expect(!unreadable.contains(style.foreground) || style.reverse)
        }
        for style in Theme.monochrome.all {
            #expect(style.foreground == .default && style.background == .default)
        }
    }
}
