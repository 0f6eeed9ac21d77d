import RobustnessSupport
import TestSupport
import Testing
import VConModel

@testable import VConBundle
@testable import VConCommands

/// Seeded mutants of the corpus and demo `.vconz` bundles: raw bytes (headers, directory, deflate
/// streams) and rebuilt archives with one member mutated, through `BundleReader.open(bytes:name:)`,
/// `BundleVerifier`, the listing and JSON reports, and every member through the model pipeline (with zlib).
@Suite("Robustness: mutated bundles", .corpus)
struct BundleMutationTests {
    static let pipeline = ModelPipeline(loader: FileLoader(inflater: ZlibInflater()))
    static var seeds: [String] { SeedFiles.bundles + [SeedFiles.demoBundle] }

    /// Opens, verifies and reports a bundle; every member's bytes go through the model pipeline.
    /// Returns whether it opened (a refusal must carry a message).
    @discardableResult
    static func drive(_ bytes: [UInt8], label: String) -> Bool {
        let reader: BundleReader
        do {
            reader = try BundleReader.open(bytes: bytes, name: "mutant.vconz")
        } catch {
            #expect(!error.description.isEmpty, "\(label): a refusal without a message")
            return false
        }
        let verification = BundleVerifier.verify(reader, digester: testDigester)
        #expect(!BundleListing.render(verification.summaries, reader: reader).isEmpty || reader.members.isEmpty, "\(label)")
        _ = VerificationJSON.render(verification, reader: reader).render(indent: 2)
        for finding in verification.findings where finding.finding.message.isEmpty {
            Issue.record("\(label): finding \(finding.finding.rule) without a message")
        }
        for member in reader.members.prefix(12) {
            guard let memberBytes = try? reader.bytes(of: member) else { continue }
            let outcome = pipeline.run(memberBytes, source: member.entry.name)
            #expect(outcome.problems.isEmpty, "\(label) \(member.entry.name): \(outcome.problems)")
        }
        return true
    }

    @Test("raw byte mutants of every bundle (headers, central directory, deflate streams)")
    func rawBytes() {
        let mutants = Mutants.family("bundle-raw", seeds: Self.seeds, count: 25)
        #expect(mutants.count >= 125)
        Mutants.run(mutants) { Self.drive($0.bytes, label: $0.label) }
    }

    @Test("truncated bundles, every Nth byte")
    func truncated() {
        for seed in Self.seeds {
            let bytes = SeedFiles.bytes(seed)
            #expect(!bytes.isEmpty, "\(seed)")
            for prefix in Mutator.truncations(bytes, step: max(1, bytes.count / (15 * Mutants.scale))) {
                Self.drive(prefix, label: "\(seed) cut at \(prefix.count)")
            }
        }
    }

    @Test("rebuilt bundles with one member (manifest, vCon, file) mutated")
    func mutatedMembers() throws {
        var opened = 0
        var total = 0
        for seed in Self.seeds {
            let archive = try ZipArchive(bytes: SeedFiles.bytes(seed), name: seed, limits: .standard)
            let entries = try archive.entries.filter { !$0.isDirectory }.map { ($0.name, try archive.readAll($0, limit: 1 << 24)) }
            for number in 0..<(15 * Mutants.scale) {
                var random = SeededRandom(family: "bundle-member:" + seed, number: number)
                let target = random.below(entries.count)
                var zip = RawZipBuilder()
                var how = ""
                for (k, (name, content)) in entries.enumerated() {
                    var bytes = content
                    if k == target { (bytes, how) = Mutator.mutate(content, random: &random) }
                    zip.add(name, bytes, deflate: random.chance(70))
                }
                total += 1
                if Self.drive(zip.build(), label: "\(seed) #\(number) \(entries[target].0): \(how)") { opened += 1 }
            }
        }
        #expect(total == Self.seeds.count * 15 * Mutants.scale)
        #expect(opened > total / 2)
    }
}
