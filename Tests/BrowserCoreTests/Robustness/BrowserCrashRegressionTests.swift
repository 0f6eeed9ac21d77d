import Foundation
import RobustnessSupport
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Inputs that hung or trapped the browser before a fix, each named after what it broke.
@Suite("Robustness: hang and crash regressions (browser)")
struct BrowserCrashRegressionTests {
    static func deep(_ name: String) throws -> LoadedFile {
        let text = try #require(DeepDocuments.all().first { $0.name == name }?.text)
        return try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: name + ".json")
    }

    /// Hung: opening the JSON pane counted children along the last descendant's chain (10 000 lookups per
    /// level) and every scroll walked all 10 000 ancestors of the selection for every row it moved.
    @Test("JSON pane of a vCon holding a 10 000-deep array: open, move, go to the end, fold, explain")
    func deepJSONPane() throws {
        let file = try Self.deep("unknown member")
        let (state, _) = try state(keys: "8jjjGkk<Space>hX", file: file)
        #expect(state.pane == .json)
        #expect(screen(state).plainText.contains("Explain"))
    }

    @Test("folds are tested instead of ancestors walked, with the same answer")
    func shownAncestorByFolds() throws {
        let document = try JSONDocument.parse(string: DeepDocuments.nested(300, object: false))
        let tree = JSONTree(document: document)
        var folds = TreeViewState(collapsed: [7, 120, 250])
        #expect(folds.shownAncestorOrSelf(290, in: tree) == 7)
        #expect(folds.shownAncestorOrSelf(5, in: tree) == 5)
        folds.reveal(200, in: tree)
        #expect(folds.collapsed == [250])
        var many = TreeViewState(collapsed: Set(0..<280))  // more folds than ancestors: the walk is used
        #expect(many.shownAncestorOrSelf(290, in: tree) == 0)
        many.reveal(290, in: tree)
        #expect(many.collapsed.isEmpty)
        #expect(tree.childCount(ofRow: 0) == 1)
    }

    /// Hung: the detail's body tree recursed once per level and indented every row by its depth.
    @Test("a 10 000-deep analysis body in the detail: drawn 64 levels deep, then a pointer to the JSON pane")
    func deepBodyDetail() throws {
        let file = try Self.deep("analysis body")
        let (state, _) = try state(keys: "4", width: 200, height: 200, file: file)
        #expect(screen(state).plainText.contains("nested deeper: see the JSON pane (8)"))
    }

    /// Hung: `a` matches the key of every level; each hit built and kept its whole path (50 million components).
    @Test("search of a vCon holding a 10 000-deep object: hits kept up to the path budget, then marked truncated")
    func deepSearch() throws {
        let file = try Self.deep("party")
        var search = VConSearch(document: file.document, query: SearchQuery("a"))
        search.run()
        #expect(search.progress.isTruncated)
        #expect(search.hits.count > 1_000)
        #expect(search.hits.map { $0.path.components.count }.reduce(0, +) <= search.pathComponentLimit)
    }

    /// Hung: explain built every prefix (and every alias parent) of a 10 000-segment pointer.
    @Test("explain on a 10 000-segment pointer")
    func deepExplain() {
        let pointer = String(repeating: "/a", count: 10_000)
        let match = Explain.entry(forPointer: "/parties/0/x" + pointer)
        #expect(match?.entry.path == "parties[]")
        #expect(Explain.entry(forPointer: String(repeating: "/0", count: 10_000)) != nil)
    }

    @Test("ladder clock text is total: infinite and huge deltas and times")
    func ladderClock() {
        #expect(LadderClockText.delta(.infinity).hasPrefix("+"))
        #expect(LadderClockText.delta(-1e300).hasPrefix("-"))
        #expect(!LadderClockText.dayNumber(Date(timeIntervalSince1970: 1e300), zone: .utc).description.isEmpty)
    }
}
