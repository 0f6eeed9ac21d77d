import RobustnessSupport
import TermUI
import VConModel

@testable import BrowserCore

/// Drives one file through what BrowserCore adds to the model: search, the JSON tree's rows, the ladder
/// as text, and the whole app (session, reducer, render) after a key script that visits every pane.
enum BrowserPipeline {
    /// Queries for `/`: ASCII, a key, a digit, non-ASCII (Unicode folding), an escape-like text.
    static let queries = ["a", "sip", "0", "É", "\\u"]

    /// Pane visits, each rendered: every tab, its list and detail, the ladder with its keys, explain, diff,
    /// findings, search, hex, time modes, help, filter, resizes to tiny (down to 1×1) and big terminals, and back.
    static let steps = [
        "1", "2j<Enter>", "3jl", "L}<Space>j<Enter>rcF", "q4jx", "5j<Enter>", "6jd", "l", "q7j", "8jl<Space>G",
        "X", "q!<Enter>", "/a<Enter>n", "TT", "?", "q\\x<Enter>", "<resize 20x5>3j", "<resize 1x1>L",
        "q<resize 2x40>5j", "<resize 200x60>8<End>", "<Tab>yy[", "<resize 80x24>",
    ]

    static let events: [[InputEvent]] = steps.map { (try? KeyScript.parse($0)) ?? [] }

    /// Searches the document and the vCon; returns the hits found.
    static func search(_ file: LoadedFile) -> Int {
        var hits = 0
        for query in queries {
            var whole = VConSearch(document: file.document, query: SearchQuery(query))
            whole.run()
            hits += whole.hits.count
            if let hit = whole.hits.last { _ = whole.next(fromTape: hit.tapeIndex); _ = whole.previous(fromPointer: hit.pointer) }
            if let vcon = file.vcon {
                var inner = VConSearch(vcon: vcon, query: SearchQuery(query))
                while !inner.progress.isFinished { inner.step(budget: 64) }
                hits += inner.hits.count
            }
        }
        return hits
    }

    /// Every row of the JSON tree (up to `limit`): label, depth, children; parent, subtree end and path
    /// (which cost one lookup per level, as for the one focused row of the pane) for every 997th and the last.
    static func treeRows(_ document: JSONDocument, limit: Int = 3_000) -> Int {
        let tree = JSONTree(document: document)
        var state = tree.initialFoldState()
        var size = 0
        let rows = min(tree.nodeCount, limit)
        for row in 0..<rows {
            size += tree.label(of: row).plainText.count + tree.depth(of: row) + tree.childCount(ofRow: row)
            guard row % 997 == 0 || row == rows - 1 else { continue }
            size += (tree.parent(of: row) ?? 0) + tree.subtreeEnd(of: row) + tree.path(ofRow: row).pointer.count
        }
        if tree.nodeCount > 0 { tree.reveal(tape: document.valueCount - 1, in: &state) }
        return size
    }

    /// The `ladder` command's text at a normal, a narrow and a one-column width, Unicode and ASCII.
    static func ladderText(_ vcon: VCon) -> Int {
        guard case .success(let ladders) = LadderPrintout.ladders(of: vcon, dialog: nil) else { return 0 }
        var size = LadderPrintout.json(ladders).count
        for (width, glyphs) in [(100, Glyphs.unicode), (24, .ascii), (1, .unicode)] {
            let metrics = LadderMetrics(width: width, glyphs: glyphs, allowsLaneScrolling: false)
            size += LadderPrintout.text(ladders, metrics: metrics, options: LadderOptions(collapseRetransmissions: width == 24)).count
        }
        return size
    }

    /// The app over `files` (the first focused), rendered at 80×24 after every step.
    static func app(_ files: [LoadedFile]) -> Int {
        var state = AppState(session: BrowserSession(files: files), size: TerminalSize(width: 80, height: 24))
        var size = 0
        for events in Self.events {
            _ = state.handle(script: events)
            let buffer = BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme)
            size += buffer.plainText.count
        }
        return size
    }
}
