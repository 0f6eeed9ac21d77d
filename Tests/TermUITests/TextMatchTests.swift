import Testing

@testable import TermUI

@Suite struct TextMatchTests {
    /// The byte search answers what a search over characters answers, on the texts filters meet.
    @Test func matchesWhatACharacterSearchFinds() {
        let texts = [
            "", "a", "aaab", "2025-01-01 00:00:00z  [-]  call 99999", "grüße aus köln — 東京 📞", "aaaa", "abcabd",
            "…0001869f", "x\u{0}y",
        ]
        let needles = ["", "a", "aab", "99999", "köln", "東京 📞", "📞x", "abd", "ab d", "…000", "\u{0}y", "zzzzzzzzzzzzzzzzzzzzzz"]
        for text in texts {
            for needle in needles {
                let characters = Array(text)
                let wanted = Array(needle)
                let expected =
                    wanted.isEmpty
                    || (characters.count >= wanted.count
                        && (0...(characters.count - wanted.count)).contains { Array(characters[$0..<($0 + wanted.count)]) == wanted })
                #expect(TextMatch.contains(text, needle) == expected, "\(text) / \(needle)")
            }
        }
    }

    /// What it is for: a `\` filter over 100 000 rows, once per keystroke (through `String.contains` it took half a
    /// second a key; `vcon-browser TREE --keys '\\9999999'` shows it now costs nothing measurable).
    @Test func aHundredThousandRowsFilter() {
        let rows = (0..<100_000).map { "2025-01-01 00:00:00z  [-]  call \($0)  2p 0d 0a 0att  01900000-8000-\($0 * 3).json" }
        #expect(rows.count { TextMatch.contains($0, "99999") } == 2)
        #expect(rows.count { TextMatch.contains($0, "call 1234") } == 11)
    }

    /// The fast path gives what `lowercased()` gives: ASCII, an ellipsis or box line beside ASCII capitals, and
    /// letters whose lowercase is not one byte apart (dotted I, final sigma, ß, Cyrillic, fullwidth).
    @Test(arguments: [
        "", "abc 123", "Call 4242  2p 0d 0a 0att  0 findings  \u{2026}000095FF", "ÅNGSTRÖM \u{2500}\u{2500} OK",
        "\u{130}STANBUL", "ΟΔΟΣ", "STRAẞE straße", "МОСКВА", "\u{FF21}\u{FF22}", "\u{1F600} SMILE", "e\u{301}COLE",
    ])
    func lowercasedAsTheStandardLibraryDoes(text: String) {
        #expect(TextMatch.lowercased(text) == text.lowercased())
    }
}
