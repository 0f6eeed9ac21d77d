import Foundation
import TermUI
import TestSupport
import VConModel

@testable import BrowserCore

/// Helpers for the JSON tree, search and time tests (names prefixed to stay apart from other suites).
enum PartsFixtures {
    /// Parses JSON text; a parse failure becomes an empty object so the test fails on content, not a trap.
    static func document(_ text: String) -> JSONDocument {
        (try? JSONDocument.parse(string: text)) ?? emptyDocument
    }

    static let emptyDocument: JSONDocument = {
        (try? JSONDocument.parse(string: "{}")) ?? fatalDocument()
    }()

    private static func fatalDocument() -> JSONDocument {
        preconditionFailure("the empty object must parse")
    }

    /// Renders `tree` with `state` through TermUI's `TreeView` and returns the screen lines.
    static func screen(
        _ tree: JSONTree, state: inout TreeViewState, width: Int = 50, height: Int = 12,
        glyphs: Glyphs = .unicode
    ) -> String {
        var buffer = CellBuffer(width: width, height: height)
        TreeView(source: tree, glyphs: glyphs).render(into: &buffer, area: buffer.area, state: &state)
        return buffer.lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    /// A corpus file parsed, or nil when missing.
    static func corpus(_ relative: String) -> JSONDocument? {
        let url = Corpus.url(relative)
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDocument.parse(bytes: Array(data))
    }
}
