import RobustnessSupport
import TestSupport
import Testing
import VConModel

/// Every prefix at a fixed stride, and splices of files of different kinds, through the model pipeline.
@Suite("Robustness: truncated and spliced files")
struct TruncationAndSpliceTests {
    static let seeds = [
        "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json",
        "spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_redacted.vcon",
        "edge-cases/signed_rfc7515_strict_headers.vcon.json",
        "vcon-lib-generated/vconlib_signed.vcon.json",
        "python-vcon-generated/pyvcon_group_parent.vcon.json",
    ]

    @Test("prefixes every Nth byte", .corpus, arguments: seeds)
    func truncated(seed: String) {
        let bytes = SeedFiles.bytes(seed)
        #expect(!bytes.isEmpty)
        let pipeline = ModelPipeline()
        let step = max(1, bytes.count / (40 * Mutants.scale))
        // Cut before the closing brace, the object is never a whole JSON document.
        let lastBrace = bytes.lastIndex(of: UInt8(ascii: "}")) ?? bytes.count
        for (k, prefix) in Mutator.truncations(bytes, step: step).enumerated() {
            let outcome = pipeline.run(prefix)
            #expect(outcome.problems.isEmpty, "\(seed) cut at \(k * step): \(outcome.problems)")
            if prefix.count <= lastBrace { #expect(outcome.file == nil, "\(seed) cut at \(k * step) opened") }
        }
    }

    @Test("splices across kinds: unsigned with signed, encrypted with SIP, fixtures with demo", .corpus)
    func spliced() {
        let pairs = [
            (SeedFiles.unsigned[0], SeedFiles.jws[0]), (SeedFiles.jwe[0], SeedFiles.sipDraft[0]),
            (SeedFiles.invalidFixtures[3], SeedFiles.demo.first ?? SeedFiles.unsigned[1]), (SeedFiles.jws[4], SeedFiles.jwe[3]),
        ]
        let pipeline = ModelPipeline()
        var count = 0
        for (first, second) in pairs {
            let a = SeedFiles.bytes(first)
            let b = SeedFiles.bytes(second)
            for number in 0..<(25 * Mutants.scale) {
                var random = SeededRandom(family: "splice:" + first, number: number)
                var bytes = a
                let how = Mutator.apply(.splice, to: &bytes, random: &random, partner: b)
                let outcome = pipeline.run(bytes)
                #expect(outcome.problems.isEmpty, "\(first) + \(second) #\(number) \(how): \(outcome.problems)")
                count += 1
            }
        }
        #expect(count == 100 * Mutants.scale)
    }
}
