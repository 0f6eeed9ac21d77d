import Foundation
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Issue 12.1: a scan that walked out of the container it started in asked `context(ofTape:)` for the
/// parent, which scanned again and walked out again: exponential in the nesting crossed. Deepgram
/// `paragraphs` (an array of objects of arrays of small objects) hung the JSON pane at ~30 paragraphs.
@Suite struct JSONTreeScanTests {
    /// A Deepgram-shaped body: `paragraphs` of `sentences`, each with times and a speaker.
    static func deepgram(paragraphs: Int) -> JSONDocument {
        let sentence = #"{"text":"Hello there.","start":1.5,"end":2.25}"#
        let paragraph =
            #"{"sentences":["# + Array(repeating: sentence, count: 3).joined(separator: ",")
            + #"],"num_words":6,"start":1.5,"end":4.0,"speaker":0}"#
        let list = Array(repeating: paragraph, count: paragraphs).joined(separator: ",")
        return PartsFixtures.document(
            #"{"results":{"channels":[{"alternatives":[{"paragraphs":{"transcript":"x","paragraphs":["# + list
                + #"]}}]}]}}"#)
    }

    @Test("opening and walking every row is linear: 400 paragraphs in well under the budget", arguments: [7, 64])
    func deepgramParagraphs(stride: Int) {
        let document = Self.deepgram(paragraphs: 400)
        let clock = ContinuousClock()
        let began = clock.now
        let tree = JSONTree(index: JSONTreeIndex(document: document, stride: stride))
        var state = tree.initialFoldState()
        var total = 0
        for row in 0..<tree.nodeCount {
            total += tree.depth(of: row) + (tree.parent(of: row) ?? 0) + tree.childCount(ofRow: row)
        }
        tree.reveal(tape: document.valueCount - 1, in: &state)
        let elapsed = clock.now - began
        #expect(total > 0)
        #expect(elapsed < .seconds(5), "took \(elapsed) for \(tree.nodeCount) rows")
    }

    @Test("contexts from a scan that leaves its start container match a fresh walk")
    func contextsAfterClosingContainers() {
        let document = Self.deepgram(paragraphs: 12)
        let small = JSONTreeIndex(document: document, stride: 3)
        let whole = JSONTreeIndex(document: document, stride: document.valueCount + 1)
        for tape in 0..<document.valueCount {
            #expect(small.context(ofTape: tape) == whole.context(ofTape: tape), "context of tape \(tape)")
        }
    }
}
