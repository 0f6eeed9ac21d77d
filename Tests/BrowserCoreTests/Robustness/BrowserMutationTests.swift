import RobustnessSupport
import TermUI
import TestSupport
import Testing
import VConModel

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

    @Test("the key script parses and visits all eight panes and the ladder")
    func keyScript() throws {
        for step in BrowserPipeline.steps { _ = try KeyScript.parse(step) }
        let file = try #require(
            Self.load(SeedFiles.bytes(SeedFiles.demo.first { $0.hasSuffix("03-sip-call.vcon.json") } ?? ""), "sip.json"))
        var state = AppState(session: BrowserSession(files: [file]), size: TerminalSize(width: 80, height: 24))
        var panes: Set<Pane> = []
        var sawLadder = false
        for events in BrowserPipeline.events {
            _ = state.handle(script: events)
            panes.insert(state.pane)
            if state.ladder != nil { sawLadder = true }
        }
        #expect(panes == Set(Pane.allCases))
        #expect(sawLadder)
    }

    @Test("search, tree and ladder text: the demo's vCons")
    func partsDemo() { Self.checkParts(Mutants.family("browser-demo", seeds: SeedFiles.demo, count: 8), minimum: 150) }

    @Test("search, tree and ladder text: SIP draft and unsigned generations", .corpus)
    func partsCorpus() {
        let seeds = SeedFiles.sipDraft + SeedFiles.unsigned.prefix(8)
        Self.checkParts(Mutants.family("browser-corpus", seeds: seeds, count: 15), minimum: 150)
    }

    @Test("search, tree and ladder text: signed payloads", .corpus)
    func partsSigned() { Self.checkParts(Mutants.envelopeFamily("browser-jws", seeds: SeedFiles.jws, count: 12), minimum: 100) }

    @Test("the app, every pane at 80x24: the demo's SIP call, findings, hostile text and relations")
    func appDemo() {
        let seeds = SeedFiles.demo.filter { ["03-", "13-", "16-", "19-", "20-", "22-", "23-"].contains(where: $0.contains) }
        Self.checkApp(Mutants.family("app-demo", seeds: seeds, count: 6), minimum: 40)
    }

    @Test("the app, every pane at 80x24: SIP draft, signed and unsigned corpus files", .corpus)
    func appCorpus() {
        let seeds = SeedFiles.sipDraft + [SeedFiles.jws[0], SeedFiles.jws[4]] + SeedFiles.unsigned.prefix(3)
        Self.checkApp(Mutants.envelopeFamily("app-corpus", seeds: seeds, count: 6), minimum: 40)
    }
}

/// Hostile values at every field of the demo's SIP call and findings vCons, through the whole app.
@Suite("Robustness: hostile values in the browser")
struct BrowserHostileSweepTests {
    @Test(
        "each scalar replaced by each hostile value (sampled), every pane at 80x24",
        arguments: ["03-sip-call.vcon.json", "22-findings.vcon.json"])
    func sweep(name: String) throws {
        let seed = try #require(SeedFiles.demo.first { $0.hasSuffix(name) })
        let mutants = HostileSweep.mutants(of: seed, stride: HostileSweep.stride(for: seed, budget: 15))
        #expect(mutants.count >= 12)
        BrowserMutationTests.checkApp(mutants, minimum: 12)
        BrowserMutationTests.checkParts(mutants, minimum: 12)
    }
}
