import Testing

@testable import VConModel

/// A graph grown step by step (`extending`) has the edges of one built whole over the same library.
@Suite struct RelationGraphExtendingTests {
    /// vCons linking forwards, backwards, to themselves, to nothing here, by url only, and holding a vCon inline;
    /// two different vCons share a uuid (the first one is the target, in both graphs).
    private static let texts: [String] = [
        #"{"vcon":"0.4.0","uuid":"u0","created_at":"2026-01-01T00:00:00Z","group":[{"uuid":"u3"},{"uuid":"u9"}]}"#,
        #"{"vcon":"0.4.0","uuid":"u1","created_at":"2026-01-01T00:00:00Z","amended":{"uuid":"u0"}}"#,
        #"{"vcon":"0.4.0","uuid":"u2","created_at":"2026-01-01T00:00:00Z","redacted":{"uuid":"u5","url":"https://x.example/u5"}}"#,
        #"{"vcon":"0.4.0","uuid":"u3","created_at":"2026-01-01T00:00:00Z","amended":{"uuid":"u3"}}"#,
        #"{"vcon":"0.4.0","uuid":"u4","created_at":"2026-01-01T00:00:00Z","group":[{"body":{"vcon":"0.4.0","uuid":"u8","created_at":"2026-01-01T00:00:00Z","amended":{"uuid":"u6"}},"encoding":"json"}]}"#,
        #"{"vcon":"0.4.0","uuid":"u5","created_at":"2026-01-01T00:00:00Z","subject":"first u5"}"#,
        #"{"vcon":"0.4.0","uuid":"u5","created_at":"2026-01-01T00:00:00Z","subject":"second u5"}"#,
        #"{"vcon":"0.4.0","uuid":"u6","created_at":"2026-01-01T00:00:00Z","redacted":{"url":"https://x.example/only-a-url"}}"#,
        #"{"vcon":"0.4.0","uuid":"u7","created_at":"2026-01-01T00:00:00Z","group":[{"uuid":"u2"},{"uuid":"u7"},{"uuid":"u5"}]}"#,
        #"{"vcon":"0.4.0","uuid":"u9","created_at":"2026-01-01T00:00:00Z"}"#,
    ]

    /// The library after each of its members was added.
    private static func prefixes() throws -> [Library] {
        var library = Library()
        var result: [Library] = []
        for (index, text) in texts.enumerated() {
            let name = "m\(index).json"
            library.add(LibraryMember(source: .file(name), file: try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: name)))
            result.append(library)
        }
        return result
    }

    private static func described(_ graph: RelationGraph) -> [String] {
        graph.edges.map { "\($0.from) \($0.to) \($0.kind) \($0.pointer) \($0.status) \($0.detail ?? "-")" }
    }

    @Test(arguments: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [3, 7, 10], [5, 10], [1, 10]])
    func grownStepByStepEqualsBuiltWhole(steps: [Int]) throws {
        let libraries = try Self.prefixes()
        #expect(libraries[libraries.count - 1].members.count == 11, "the group body of m4 is a member of its own")
        let whole = RelationGraph(library: libraries[libraries.count - 1])
        var graph: RelationGraph?
        for count in steps { graph = RelationGraph(library: libraries[count - 1], extending: graph) }
        let grown = try #require(graph)
        #expect(Self.described(grown) == Self.described(whole))
        // The links that reach members opened later were found: u0 → u3 and u9, u1 → u0, u2 → the first u5.
        #expect(grown.edges.contains { $0.from == 0 && $0.to == .member(3) && $0.status == .here })
        #expect(grown.edges.contains { $0.from == 2 && $0.to == .member(6) && $0.status == .here && $0.detail == nil })
        #expect(grown.edges.contains { $0.to == .absent(uuid: nil, url: "https://x.example/only-a-url") })
    }
}
