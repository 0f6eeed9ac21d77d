import Testing

@testable import VConJSON

/// A small document's tape keeps only the nodes it holds; a big one keeps its guessed capacity (never touched
/// beyond its nodes, so it costs nothing), and both read the same.
@Suite struct JSONTapeTests {
    @Test func aSmallTapeIsShrunkToItsNodes() throws {
        let text =
            #"{"vcon":"0.4.0","uuid":"01900000-0000-8000-8000-000000000bb2","created_at":"2025-01-01T00:00:00Z","subject":"Call 2994","parties":[{"tel":"+15550100"},{"tel":"+15550199"}],"dialog":[]}"#
        let document = try JSONDocument.parse(ByteBuffer(Array(text.utf8)))
        #expect(document.nodes.capacity == document.nodes.count, "guessed \(text.utf8.count / 6 + 16) nodes")
        #expect(document.root["parties"]?[1]?["tel"]?.string == "+15550199")
        #expect(document.root["dialog"]?.elements.isEmpty == true)
    }

    @Test func aBigTapeKeepsItsCapacity() throws {
        let text = "[" + (0..<200_000).map { "\($0)" }.joined(separator: ",") + "]"
        let document = try JSONDocument.parse(ByteBuffer(Array(text.utf8)))
        #expect(document.nodes.capacity > 1 << 16)
        #expect(document.root[199_999]?.rawText == "199999")
    }
}
