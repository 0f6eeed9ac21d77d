/// Every hostile value at every scalar position of a seed (sampled: one pair in `stride`), rather than
/// random picks, so each field meets `-1`, `1e999`, `null`, `[]`, a control-laden string and the rest.
public enum HostileSweep {
    /// Mutants of `seed` with one scalar replaced; `stride` 1 is the full sweep.
    public static func mutants(of seed: String, stride: Int) -> [Mutant] {
        let bytes = SeedFiles.bytes(seed)
        let spans = JSONValueSpans.scalarSpans(bytes)
        let values = HostileTokens.values
        var result: [Mutant] = []
        var number = 0
        for (k, span) in spans.enumerated() {
            for (v, value) in values.enumerated() where (k * values.count + v) % max(stride, 1) == 0 {
                var mutated = bytes
                mutated.replaceSubrange(span, with: Array(value.utf8))
                result.append(
                    Mutant(bytes: mutated, seed: seed, number: number, how: "value[\(span.lowerBound)..<\(span.upperBound)]=\(value)"))
                number += 1
            }
        }
        return result
    }

    /// The stride for a committed count of about `budget` mutants, divided by `VCON_FUZZ_SCALE`.
    public static func stride(for seed: String, budget: Int) -> Int {
        let total = JSONValueSpans.scalarSpans(SeedFiles.bytes(seed)).count * HostileTokens.values.count
        return max(1, total / max(budget * Mutants.scale, 1))
    }
}
