import LadderTestSupport
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Issue 12.3: with `--ascii` (or `LANG=C`) every screen and the ladder printout show non-ASCII text from a
/// vCon as escapes (`\u9234`), never as raw UTF-8 bytes; the layout measures the escapes.
@Suite struct ASCIIModeTests {
    static let cjk =
        fixtureJSON
        .replacingOccurrences(of: #""name": "Alice""#, with: #""name": "鈴木 José""#)
        .replacingOccurrences(of: #""subject": "Refund"#, with: #""subject": "返金 Refund"#)
        .replacingOccurrences(of: #""Hi, refund please.""#, with: #""こんにちは、返金をお願いします。""#)

    @Test(arguments: ["", "1", "2", "3", "4", "5", "6", "7", "8", "8G", "2<Enter>", "!", "?", ":set number<Enter>", "/鈴"])
    func everyScreenIsASCIIWithEscapes(keys: String) throws {
        for (width, height) in [(80, 24), (200, 60), (40, 12)] {
            let (state, _) = try state(keys: keys, width: width, height: height, file: try loadFixture(Self.cjk), glyphs: .ascii)
            let text = screen(state).plainText
            #expect(text.utf8.allSatisfy { $0 < 0x80 }, "\(keys) at \(width)x\(height):\n\(text)")
        }
    }

    @Test func theNamesAreEscapedWhereTheyWereDrawn() throws {
        let (parties, _) = try state(keys: "2", file: try loadFixture(Self.cjk), glyphs: .ascii)
        #expect(screen(parties).plainText.contains(#"\u9234\u6728 Jos\u00e9"#), "\(screen(parties).plainText)")
        let (list, _) = try state(keys: "", file: try loadFixture(Self.cjk), glyphs: .ascii)
        #expect(screen(list).plainText.contains(#"\u8fd4\u91d1 Refund"#), "\(screen(list).plainText)")
    }

    @Test func aWrappedTranscriptKeepsEveryEscapeInsideThePane() throws {
        // Wrapped after escaping: every escaped character of the turn is on screen (none cut at the pane's edge).
        let (state, _) = try state(keys: "4", width: 80, height: 40, file: try loadFixture(Self.cjk), glyphs: .ascii)
        let text = screen(state).lines.joined()
        for scalar in "こんにちは、返金をお願いします。".unicodeScalars {
            #expect(text.contains(Sanitizer.escape(scalar)), "\(Sanitizer.escape(scalar)):\n\(screen(state).plainText)")
        }
    }

    @Test func theLadderPrintoutIsASCIIWithLanesMeasuredOnTheEscapes() throws {
        let layout = try LadderScenarios.cjkDisplayNamesAndUnsafeText()
        let text = ladderText(layout, width: 120, ascii: true)
        #expect(text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
        #expect(text.contains(#"\u"#), "\(text)")
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 120 })
    }
}
