import RobustnessSupport
import TestSupport
import Testing
import VConModel

/// Seeded mutants of corpus files of every kind through the whole model pipeline: reader, loader,
/// validator, `show` text and JSON, ladder layout, explain, diff against the seed, library and relation tree.
/// Raise `VCON_FUZZ_SCALE` to hunt; `VCON_FUZZ_TRACE=/tmp/m.bin` keeps the input of a crash on disk.
@Suite("Robustness: mutated files through the model pipeline")
struct ModelMutationTests {
    static let pipeline = ModelPipeline()

    /// Runs every mutant and expects no contract breach (a trap would end the process instead).
    static func check(_ mutants: [Mutant], minimum: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(mutants.count >= minimum, "seed files missing from the corpus", sourceLocation: sourceLocation)
        var originals: [String: LoadedFile] = [:]
        Mutants.run(mutants) { mutant in
            if originals[mutant.seed] == nil {
                originals[mutant.seed] = try? pipeline.loader.load(buffer: ByteBuffer(SeedFiles.bytes(mutant.seed)), source: "seed")
            }
            let outcome = pipeline.run(mutant.bytes, original: originals[mutant.seed])
            #expect(outcome.problems.isEmpty, "\(mutant.label): \(outcome.problems)", sourceLocation: sourceLocation)
        }
    }

    @Test("unsigned vCons of each generation", .corpus, arguments: ["0.0.1", "0.0.2", "0.3.0", "0.4.0", "none", "1.0"])
    func unsigned(generation: String) {
        let seeds = SeedFiles.unsignedByGeneration[generation] ?? []
        Self.check(Mutants.family("unsigned-" + generation, seeds: seeds, count: 150 / max(seeds.count, 1)), minimum: 120)
    }

    @Test("signed vCons (JWS general, flattened, nested, gzip payload, hybrid), inside and outside the base64 parts", .corpus)
    func signed() {
        Self.check(Mutants.envelopeFamily("jws", seeds: SeedFiles.jws, count: 20), minimum: 150)
    }

    @Test("encrypted vCons (JWE general, flattened, legacy cyphertext, strict headers)", .corpus)
    func encrypted() {
        Self.check(Mutants.envelopeFamily("jwe", seeds: SeedFiles.jwe, count: 35), minimum: 120)
    }

    @Test("the SIP signaling draft's vCons", .corpus)
    func sipDraft() {
        Self.check(Mutants.family("sip-draft", seeds: SeedFiles.sipDraft, count: 100), minimum: 200)
    }

    @Test("vcon-server's invalid fixtures", .corpus)
    func invalidFixtures() {
        Self.check(Mutants.family("invalid", seeds: SeedFiles.invalidFixtures, count: 15), minimum: 150)
    }

    @Test("the demo's vCons (SIP call, signed, encrypted, relations, findings, hostile text)")
    func demo() {
        let seeds = SeedFiles.demo
        Self.check(Mutants.family("demo", seeds: seeds, count: 8), minimum: 150)
    }

    @Test("gzip without an inflater: named, refused with a message", .corpus)
    func gzipWithoutInflater() {
        Self.check(Mutants.family("gzip-plain", seeds: SeedFiles.gzip, count: 50), minimum: 50)
    }
}
