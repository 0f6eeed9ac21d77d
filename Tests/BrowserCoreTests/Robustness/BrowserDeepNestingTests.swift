import Testing
import VConModel
import RobustnessSupport
@testable import BrowserCore

/// 10 000 levels of nesting through the browser: search, JSON tree rows, the JSON pane, every pane.
@Suite("Robustness: deep nesting in the browser")
struct BrowserDeepNestingTests {
    @Test("10 000-deep documents: search, tree rows, ladder text and every pane")
    func deepDocuments() throws {
        for (name, text) in DeepDocuments.all() {
            let bytes = Array(text.utf8)
            let document = try JSONDocument.parse(bytes: bytes)
            #expect(BrowserPipeline.treeRows(document, limit: 12_000) > 0, "\(name)")
            guard let file = try? FileLoader().load(buffer: ByteBuffer(bytes), source: name) else { continue }
            _ = BrowserPipeline.search(file)
            if let vcon = file.vcon { _ = BrowserPipeline.ladderText(vcon) }
            #expect(BrowserPipeline.app([file]) > 0, "\(name)")
        }
    }
}
