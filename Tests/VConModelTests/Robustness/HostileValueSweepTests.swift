import RobustnessSupport
import TestSupport
import Testing
import VConModel

/// Hostile values (huge and negative numbers, wrong types, controls, bad times) at every scalar of a
/// seed, through the model pipeline; `VCON_FUZZ_SCALE` ≥ the stride makes it the full sweep.
@Suite("Robustness: hostile values at every field")
struct HostileValueSweepTests {
    @Test(
        "each scalar of the seed replaced by each hostile value (sampled)", .corpus,
        arguments: [
            "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json",
            "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec_redacted.vcon",
            "vcon-mcp/04-teams-escalation-review.json",
            "vcon-lib-generated/vconlib_group_parent.vcon.json",
        ])
    func sweep(seed: String) {
        let mutants = HostileSweep.mutants(of: seed, stride: HostileSweep.stride(for: seed, budget: 80))
        #expect(mutants.count >= 60)
        let pipeline = ModelPipeline()
        let original = try? pipeline.loader.load(buffer: ByteBuffer(SeedFiles.bytes(seed)), source: "seed")
        Mutants.run(mutants) { mutant in
            let outcome = pipeline.run(mutant.bytes, original: original)
            #expect(outcome.problems.isEmpty, "\(mutant.label): \(outcome.problems)")
        }
    }

    @Test("the demo's vCons, each scalar replaced by each hostile value (sampled)")
    func demo() {
        let pipeline = ModelPipeline()
        var count = 0
        for seed in SeedFiles.demo {
            let mutants = HostileSweep.mutants(of: seed, stride: HostileSweep.stride(for: seed, budget: 6))
            count += mutants.count
            Mutants.run(mutants) { mutant in
                let outcome = pipeline.run(mutant.bytes)
                #expect(outcome.problems.isEmpty, "\(mutant.label): \(outcome.problems)")
            }
        }
        #expect(count >= 100)
    }
}
