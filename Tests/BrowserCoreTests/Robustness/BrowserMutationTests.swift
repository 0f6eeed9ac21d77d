import Testing
import VConModel
import RobustnessSupport
@testable import BrowserCore

/// Seeded mutants through BrowserCore: search, JSON tree rows, ladder text, and the app rendered at
/// 80×24 after a key script through every pane (the seed beside the mutant, so Links and diff have a pair).
/// Raise `VCON_FUZZ_SCALE` to hunt; `VCON_FUZZ_TRACE=/tmp/m.bin` keeps the input of a crash on disk.
@Suite("Robustness: mutated files through the browser")
struct BrowserMutationTests {
    static let loader = FileLoader()

    static func load(_ bytes: [UInt8], _ source: String) -> LoadedFile? {
        try? loader.load(buffer: ByteBuffer(bytes), source: source)
    }

    /// Search, tree rows and ladder text of every mutant that opens (and of the JSON of those that do not).
    static func checkParts(_ mutants: [Mutant], minimum: Int) {
        #expect(mutants.count >= minimum, "seed files missing")
        var opened = 0
        Mutants.run(mutants) { mutant in
            if let document = try? JSONDocument.parse(bytes: mutant.bytes) { _ = BrowserPipeline.treeRows(document) }
            guard let file = load(mutant.bytes, "mutant.json") else { return }
            opened += 1
            _ = BrowserPipeline.search(file)
            if let vcon = file.vcon { _ = BrowserPipeline.ladderText(vcon) }
        }
        #expect(opened > 0)
    }

    /// The app over each mutant and its seed.
    static func checkApp(_ mutants: [Mutant], minimum: Int) {
        #expect(mutants.count >= minimum, "seed files missing")
        var seeds: [String: LoadedFile] = [:]
        Mutants.run(mutants) { mutant in
            if seeds[mutant.seed] == nil { seeds[mutant.seed] = load(SeedFiles.bytes(mutant.seed), "seed.json") }
            guard let file = load(mutant.bytes, "mutant.json") else { return }
            let size = BrowserPipeline.app([file] + (seeds[mutant.seed].map { [$0] } ?? []))
            #expect(size > 0, "\(mutant.label)")
        }
    }

    @Test("search, tree and ladder text: the demo's vCons")
    func partsDemo() { Self.checkParts(Mutants.family("browser-demo", seeds: SeedFiles.demo, count: 14), minimum: 300) }

    @Test("search, tree and ladder text: SIP draft and unsigned generations")
    func partsCorpus() {
        let seeds = SeedFiles.sipDraft + SeedFiles.unsigned.prefix(8)
        Self.checkParts(Mutants.family("browser-corpus", seeds: seeds, count: 30), minimum: 300)
    }

    @Test("search, tree and ladder text: signed payloads")
    func partsSigned() { Self.checkParts(Mutants.envelopeFamily("browser-jws", seeds: SeedFiles.jws, count: 25), minimum: 200) }

    @Test("the app, every pane at 80x24: the demo's SIP call, findings, hostile text and relations")
    func appDemo() {
        let seeds = SeedFiles.demo.filter { ["03-", "13-", "16-", "19-", "20-", "22-", "23-"].contains(where: $0.contains) }
        Self.checkApp(Mutants.family("app-demo", seeds: seeds, count: 10), minimum: 70)
    }

    @Test("the app, every pane at 80x24: SIP draft, signed and unsigned corpus files")
    func appCorpus() {
        let seeds = SeedFiles.sipDraft + [SeedFiles.jws[0], SeedFiles.jws[4]] + SeedFiles.unsigned.prefix(3)
        Self.checkApp(Mutants.envelopeFamily("app-corpus", seeds: seeds, count: 10), minimum: 70)
    }
}
