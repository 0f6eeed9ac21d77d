internal import CNCurses
import TermUI
import Testing

@testable import CursesBackend

@Suite struct StyleMappingTests {
    @Test func attributesFollowStyleFlags() {
        let map = StyleMapping(colors: 256)
        #expect(map.attributes(for: .plain) == cnc_a_normal())
        #expect(map.attributes(for: Style(bold: true, underline: true)) == cnc_a_bold() | cnc_a_underline())
        #expect(map.attributes(for: Style(reverse: true, dim: true)) == cnc_a_reverse() | cnc_a_dim())
    }

    @Test func paletteOn16And8Colours() {
        let full = StyleMapping(colors: 256)
        #expect(full.colorNumber(.default) == -1)
        #expect(full.colorNumber(.red) == 1)
        #expect(full.colorNumber(.brightBlue) == 12)
        let eight = StyleMapping(colors: 8)
        #expect(eight.colorNumber(.brightBlue) == 4)
        #expect(eight.attributes(for: Style(foreground: .brightRed)) == cnc_a_bold())
        #expect(eight.attributes(for: Style(background: .brightRed)) == cnc_a_normal())
    }

    @Test func pairsOnlyForColouredStyles() {
        let map = StyleMapping(colors: 16)
        #expect(map.pairKey(for: .plain) == nil)
        #expect(map.pairKey(for: Style(bold: true)) == nil)
        #expect(map.pairKey(for: Style(foreground: .cyan)) == StyleMapping.PairKey(foreground: 6, background: -1))
        #expect(StyleMapping(colors: 0).pairKey(for: Style(foreground: .cyan)) == nil)
    }

    @Test func pairTableAllocatesOnceAndStopsAtTheLimit() {
        var table = ColorPairTable(limit: 2)
        let red = StyleMapping.PairKey(foreground: 1, background: -1)
        let blue = StyleMapping.PairKey(foreground: 4, background: -1)
        #expect(table.pair(for: red) == (1, true))
        #expect(table.pair(for: red) == (1, false))
        #expect(table.pair(for: blue) == (2, true))
        #expect(table.pair(for: StyleMapping.PairKey(foreground: 2, background: 0)) == (0, false))
    }

    @Test func cellEncodingMatchesLibcWidths() {
        // A stand-in libc: wide CJK, narrow regional indicators, unknown U+1FAE8.
        let libc: (UInt32) -> Int = { v in
            if v == 0x4E2D || v == 0x1F468 { return 2 }
            if v == 0x301 || v == 0x200D || v == 0xFE0F { return 0 }
            if v == 0x1FAE8 { return -1 }
            return 1
        }
        let encoding = CellEncoding(systemWidth: libc, ascii: false, maxScalars: 5)
        func cell(_ text: String) -> Cell? {
            var buffer = CellBuffer(width: 4, height: 1)
            buffer.write(text, x: 0, y: 0)
            return buffer[0, 0]
        }
        let pieces = { (text: String) in cell(text).map { encoding.pieces(for: $0) } ?? [] }
        #expect(pieces("a") == [.init(offset: 0, scalars: [0x61])])
        #expect(pieces("e\u{301}") == [.init(offset: 0, scalars: [0x65, 0x301])])
        #expect(pieces("中") == [.init(offset: 0, scalars: [0x4E2D])])
        #expect(pieces("🇺🇸") == [.init(offset: 0, scalars: [0x1F1FA]), .init(offset: 1, scalars: [0x1F1F8])])
        #expect(pieces("👨‍👩‍👧") == [.init(offset: 0, scalars: [0x1F468])])
        #expect(pieces("🫨") == [.init(offset: 0, scalars: [0xFFFD]), .init(offset: 1, scalars: [0x20])])
        let ascii = CellEncoding(systemWidth: libc, ascii: true, maxScalars: 5)
        #expect(cell("中").map { ascii.pieces(for: $0) } == [.init(offset: 0, scalars: [0x3F]), .init(offset: 1, scalars: [0x20])])
        #expect(cell("é").map { ascii.pieces(for: $0) } == [.init(offset: 0, scalars: [0x3F])])
    }

    @Test func localeAndOptions() {
        #expect(TerminalLocale.isUTF8(codesetName: "UTF-8"))
        #expect(TerminalLocale.isUTF8(codesetName: "utf8"))
        #expect(!TerminalLocale.isUTF8(codesetName: "ANSI_X3.4-1968"))
        #expect(CursesOptions.fromEnvironment(["NO_COLOR": "1"]).noColor)
        #expect(!CursesOptions.fromEnvironment(["NO_COLOR": ""]).noColor)
        #expect(!CursesOptions.fromEnvironment([:]).noColor)
        #expect(CursesOptions.fromEnvironment([:]).mouse)
        #expect(CursesError.unknownTerminal("vt999").description.contains("'vt999'"))
        #expect(CursesError.unknownTerminal("").description.contains("TERM is not set"))
    }
}
