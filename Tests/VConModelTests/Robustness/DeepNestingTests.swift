import RobustnessSupport
import TestSupport
import Testing
import VConModel

/// 10 000 levels of nesting, placed where each JSON walker looks, through every model consumer:
/// validator, `show`, explain, diff (semantic and line), library and relation tree.
@Suite("Robustness: deep nesting")
struct DeepNestingTests {
    @Test("10 000-deep documents through the model pipeline", .corpus)
    func deepDocuments() {
        let pipeline = ModelPipeline()
        let plain = try? pipeline.loader.load(buffer: ByteBuffer(SeedFiles.bytes(SeedFiles.unsigned[0])), source: "seed")
        for (name, text) in DeepDocuments.all() {
            let bytes = Array(text.utf8)
            let outcome = pipeline.run(bytes, original: plain)
            #expect(outcome.problems.isEmpty, "\(name): \(outcome.problems)")
            // Against itself (every value the same) and a shallow vCon (every value differs).
            if let file = outcome.file {
                _ = pipeline.run(bytes, original: file)
                #expect(!VConDiff.renderText(VConDiff.compare(before: file, after: file)).isEmpty, "\(name)")
            }
        }
    }

    /// Regression: `Library.add` recursed once per inline level and copied every body once per level
    /// above it, so this 190 kB file took 28 s (quadratic) and 10 000 levels would overflow the stack.
    @Test("inline vCons nested 2 000 deep through redacted bodies: opened to the cap, then a finding")
    func inlineChain() throws {
        let bytes = Array(DeepDocuments.inlineChain(levels: 2_000).utf8)
        let outcome = ModelPipeline().run(bytes)
        #expect(outcome.problems.isEmpty)
        let file = try #require(outcome.file)
        var library = Library()
        library.add(LibraryMember(source: .file("chain.json"), file: file))
        #expect(library.members.count == Library.maxInlineDepth + 1)
        #expect(library.findings.map(\.finding.rule) == ["inline-depth"])
    }
}
