import RobustnessSupport
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// gzip layers through `FileLoader(inflater: ZlibInflater())` and the whole model pipeline: mutated
/// compressed bytes, gzip of mutated vCons, and signed vCons whose payload is gzip.
@Suite("Robustness: gzip layers")
struct GzipMutationTests {
    static let pipeline = ModelPipeline(loader: FileLoader(inflater: ZlibInflater()))

    static func check(_ mutants: [Mutant]) {
        Mutants.run(mutants) { mutant in
            let outcome = pipeline.run(mutant.bytes)
            #expect(outcome.problems.isEmpty, "\(mutant.label): \(outcome.problems)")
        }
    }

    @Test("mutated gzip bytes of the corpus's gzip vCon", .corpus)
    func compressedBytes() {
        let mutants = Mutants.family("gzip-raw", seeds: SeedFiles.gzip, count: 250)
        #expect(mutants.count == 250 * Mutants.scale)
        Self.check(mutants)
        for prefix in Mutator.truncations(SeedFiles.bytes(SeedFiles.gzip[0]), step: 2) {
            #expect(Self.pipeline.run(prefix).problems.isEmpty)
        }
    }

    @Test("gzip of mutated vCons (the inflated bytes are the mutant)", .corpus)
    func gzipOfMutants() {
        let mutants = Mutants.family("gzip-of", seeds: SeedFiles.unsigned.prefix(4) + SeedFiles.sipDraft, count: 40)
        #expect(mutants.count >= 200)
        Self.check(mutants.map { Mutant(bytes: Deflate.gzip($0.bytes), seed: $0.seed, number: $0.number, how: "gzip(" + $0.how + ")") })
    }

    @Test("signed vCons with a gzip payload, mutated inside and outside the payload", .corpus)
    func signedGzipPayload() {
        let mutants = Mutants.envelopeFamily("gzip-jws", seeds: ["edge-cases/signed_gzip_payload.vcon.json"], count: 200)
        #expect(mutants.count == 200 * Mutants.scale)
        Self.check(mutants)
    }
}
