import TermUI
import TestSupport
import Testing

@testable import BrowserCore

/// Whole screens at 80×24 and 200×60 (re-record with `VCON_RECORD=1`).
@Suite struct SnapshotTests {
    static let scripts: [(name: String, keys: String)] = [
        ("summary", ""), ("parties", "2"), ("dialog-detail", "3jl"), ("analysis", "4"), ("attachments", "5"),
        ("links", "6"), ("security", "7"), ("json", "8"), ("search", "/meter<Enter>"), ("help", "?"),
        ("findings", "!"),
    ]

    @Test(arguments: [(80, 24), (200, 60)])
    func screens(width: Int, height: Int) throws {
        for script in Self.scripts {
            let (state, _) = try state(keys: script.keys, width: width, height: height)
            expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/\(script.name)-\(width)x\(height)")
        }
    }

    @Test func asciiScreen() throws {
        let (state, _) = try state(keys: "3jl", glyphs: .ascii)
        let text = screen(state).plainText
        #expect(!text.unicodeScalars.contains { $0.value > 0x7E })
        expectSnapshot(text, named: "BrowserCoreTests/dialog-detail-ascii-80x24")
    }

    @Test func selectionAndFocusStyles() throws {
        let (state, _) = try state(keys: "3l", width: 120, height: 30)
        let buffer = screen(state)
        // The list keeps its selection (reverse, dim), the detail's cursor line is reverse.
        #expect(buffer.style(x: 2, y: 3).reverse)
        #expect(buffer.style(x: 2, y: 3).dim)
        let detailX = state.layout.detail.x
        #expect(buffer.style(x: detailX + 1, y: state.layout.detail.y).reverse)
        #expect(!buffer.style(x: detailX + 1, y: state.layout.detail.y + 1).reverse)
    }
}
