import Foundation
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// Every command in every pane on every corpus file and the demo, at 80×24 and 200×60, each step under
/// `KeySweep.budget` (issue 12.1: no key may cost more than linear work in what it shows).
@Suite("Key sweep: every command, every pane, every file")
struct KeySweepTests {
    /// The corpus files that are vCon candidates (JSON or `.vcon`), sorted; empty when the corpus is absent.
    static let corpusFiles: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: Corpus.directory.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".json") || relative.hasSuffix(".vcon") { found.append(relative) }
        }
        return found.sorted()
    }()

    /// The demo's vCons, all in one session (the list first, as `--demo` opens).
    static let demoDirectory = PackagePaths.url("Tests/Fixtures/Demo/vcons")

    static func load(_ path: String) -> LoadedFile? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? FileLoader().load(buffer: ByteBuffer(Array(data)), source: path)
    }

    static func check(_ sweep: KeySweep, _ name: String) {
        #expect(sweep.steps > 0, "\(name): nothing swept")
        #expect(sweep.slow.isEmpty, "\(name): steps over \(KeySweep.budget):\n\(sweep.slow.map(\.description).joined(separator: "\n"))")
    }

    /// Commands per file: one in `every` (see `KeySweep.Sample`); `VCON_SWEEP_ALL=1` runs them all.
    static let every = ProcessInfo.processInfo.environment["VCON_SWEEP_ALL"] == "1" ? 1 : 16

    @Test(
        "corpus files: every pane of every file, every command in every pane over the files", .corpus, arguments: [0, 1, 2, 3])
    func corpusShard(shard: Int) throws {
        var sweep = KeySweep()
        for (position, relative) in Self.corpusFiles.enumerated() where position % 4 == shard {
            guard let file = Self.load(Corpus.path(relative)) else { continue }
            try sweep.sweep([file], name: relative, sample: KeySweep.Sample(file: position, every: Self.every))
        }
        Self.check(sweep, "corpus shard \(shard)")
    }

    @Test("the demo's vCons as one library: the list, every pane, every command")
    func demo() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.demoDirectory.path).sorted()
        let files = names.compactMap { Self.load(Self.demoDirectory.appendingPathComponent($0).path) }
        #expect(files.count == names.count)
        var sweep = KeySweep()
        try sweep.sweep(files, name: "demo")
        Self.check(sweep, "demo")
    }

    /// The reproductions, by name: the JSON pane opened on Deepgram `paragraphs` (a hang before).
    @Test(
        "the JSON pane opens on the files that hung it", .corpus,
        arguments: [
            "vcon-server/fixtures/cat1_vcon.json", "py-vcon/tests__example_deepgram_external_dialog.vcon",
            "py-vcon/tests__example_external_dialog.vcon",
        ])
    func formerHangs(relative: String) throws {
        let file = try #require(Self.load(Corpus.path(relative)))
        var sweep = KeySweep()
        for size in [TerminalSize(width: 80, height: 43), TerminalSize(width: 80, height: 24), .init(width: 200, height: 60)] {
            var state = AppState(session: BrowserSession(files: [file]), size: size)
            sweep.run(&state, events: try KeyScript.parse("8G"), file: relative, start: "summary", label: "8G")
        }
        Self.check(sweep, relative)
    }
}
