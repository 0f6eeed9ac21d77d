import Foundation

/// One mutant: its bytes, the seed it came from, and how it was made (enough to rebuild it).
public struct Mutant: Sendable {
    public let bytes: [UInt8]
    public let seed: String
    public let number: Int
    public let how: String

    public init(bytes: [UInt8], seed: String, number: Int, how: String) {
        self.bytes = bytes
        self.seed = seed
        self.number = number
        self.how = how
    }

    /// `seed #number: how`, for failure messages.
    public var label: String { "\((seed as NSString).lastPathComponent) #\(number): \(how)" }
}

/// Makes and runs deterministic mutant families.
///
/// Environment, for hunting locally (the committed counts stay small):
/// - `VCON_FUZZ_SCALE=20` multiplies every family's count;
/// - `VCON_FUZZ_TRACE=/tmp/current.bin` writes each mutant there (and its label to `….txt`) before it runs,
///   so the input that killed the test process is on disk.
public enum Mutants {
    /// The scale factor from `VCON_FUZZ_SCALE` (1 when unset).
    public static var scale: Int {
        ProcessInfo.processInfo.environment["VCON_FUZZ_SCALE"].flatMap(Int.init).map { max($0, 1) } ?? 1
    }

    /// `count` mutants of each seed (`count × scale`), each from its own seeded generator.
    /// The partner of a splice is the next seed of the list.
    public static func family(_ name: String, seeds: [String], count: Int) -> [Mutant] {
        let loaded = seeds.map { ($0, SeedFiles.bytes($0)) }.filter { !$0.1.isEmpty }
        var result: [Mutant] = []
        for (k, (path, bytes)) in loaded.enumerated() {
            let partner = loaded[(k + 1) % loaded.count].1
            for number in 0..<(count * scale) {
                var random = SeededRandom(family: name + ":" + path, number: number)
                let (mutated, how) = Mutator.mutate(bytes, random: &random, partner: partner)
                result.append(Mutant(bytes: mutated, seed: path, number: number, how: how))
            }
        }
        return result
    }

    /// Runs `body` on every mutant, recording it first when `VCON_FUZZ_TRACE` is set.
    public static func run(_ mutants: [Mutant], _ body: (Mutant) throws -> Void) rethrows {
        let trace = ProcessInfo.processInfo.environment["VCON_FUZZ_TRACE"]
        for mutant in mutants {
            if let trace {
                FileManager.default.createFile(atPath: trace, contents: Data(mutant.bytes))
                FileManager.default.createFile(atPath: trace + ".txt", contents: Data(mutant.label.utf8))
            }
            try body(mutant)
        }
    }
}
