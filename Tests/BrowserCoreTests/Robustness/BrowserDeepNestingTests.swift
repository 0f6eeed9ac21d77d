import RobustnessSupport
import Testing
import VConModel

@testable import BrowserCore

/// 10 000 levels of nesting through the browser: JSON tree rows, search, ladder text, and the app.
@Suite("Robustness: deep nesting in the browser")
struct BrowserDeepNestingTests {
    /// Documents the whole key script runs on (JSON pane, body detail, ladder; the JSON pane of a deep member is
    /// `BrowserCrashRegressionTests.deepJSONPane`).
    static let appDocuments: Set<String> = ["dialog body (json)", "sip trace body"]
    /// Documents whose JSON tree rows are all visited (the tree sees only arrays and objects, so two suffice).
    static let treeDocuments: Set<String> = ["top-level array", "top-level object"]

    /// Search walks every document (a query without hits: the walk is what differs between them; the cost of
    /// hits deep down is `BrowserCrashRegressionTests.deepSearch`).
    @Test("10 000-deep documents: tree rows, search, ladder text; every pane for some")
    func deepDocuments() throws {
        for (name, text) in DeepDocuments.all() {
            let bytes = Array(text.utf8)
            let document = try JSONDocument.parse(bytes: bytes)
            if Self.treeDocuments.contains(name) { #expect(BrowserPipeline.treeRows(document, limit: 1_000) > 0, "\(name)") }
            guard let file = try? FileLoader().load(buffer: ByteBuffer(bytes), source: name) else { continue }
            var search = VConSearch(document: file.document, query: SearchQuery("zq"))
            search.run()
            #expect(search.progress.isFinished, "\(name)")
            if let vcon = file.vcon { _ = BrowserPipeline.ladderText(vcon) }
            if Self.appDocuments.contains(name) { #expect(BrowserPipeline.app([file]) > 0, "\(name)") }
        }
    }
}
