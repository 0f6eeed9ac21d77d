import Testing

@testable import TermUI

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1), ("~", 1), ("é", 1), ("e\u{301}", 1), ("ß", 1),
            ("中", 2), ("文", 2), ("한", 2), ("ア", 2), ("ｱ", 1), ("Ａ", 2), ("　", 2),
            ("\u{1100}\u{1161}\u{11A8}", 2),
            ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🏳️‍🌈", 2), ("❤️", 2), ("❤", 1), ("🇺🇸", 2), ("🇩🇪", 2),
            ("1️⃣", 2), ("©", 1), ("©️", 2), ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2), ("🫠", 2),
            ("…", 1), ("→", 1), ("①", 1), ("─", 1),
            ("ש", 1), ("ع", 1), ("\u{5D1}\u{5BC}", 1),
            ("\u{301}", 0), ("\u{200D}", 0),
        ] as [(String, Int)])
    func clusterWidths(text: String, width: Int) {
        #expect(text.count == 1, "fixture must be one cluster: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        if let c = text.first { #expect(DisplayWidth.of(c) == width) }
    }

    @Test func stringsSumTheirClusters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("中文ab") == 6)
        #expect(DisplayWidth.of("שלום") == 4)
        #expect(DisplayWidth.of("مرحبا") == 5)
        #expect(DisplayWidth.of("e\u{301}e\u{301}") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧🇺🇸") == 4)
    }

    @Test func everyControlIsZeroWide() {
        for v in Array(0..<0x20) + Array(0x7F...0x9F) {
            if let scalar = Unicode.Scalar(UInt32(v)) { #expect(DisplayWidth.of(scalar) == 0) }
        }
    }

    @Test func tablesAreSortedDisjointPairs() {
        for table in [
            DisplayWidth.zeroWidthRanges, DisplayWidth.wideRanges, DisplayWidth.pictographicRanges,
        ] {
            #expect(table.count % 2 == 0)
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1])
                if i >= 2 { #expect(table[i] > table[i - 1]) }
            }
        }
    }

    @Test func tableLookupsAtRangeEdges() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1100) ?? " ") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x115F) ?? " ") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160) ?? " ") == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2FFFD) ?? " ") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x10FFFD) ?? " ") == 1)
    }
}
