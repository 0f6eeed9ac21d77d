import Foundation
import TestSupport
import Testing
import VConLibrary

@testable import VConBundle

/// The directory walk every command opens directories with (`DirectorySource`): what it picks, what it skips.
@Suite struct DirectoryWalkTests {
    @Test func picksVConFilesSortedAndStaysInTheTree() throws {
        let root = try Fixtures.tempDirectory()
        let outside = try Fixtures.tempDirectory()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("sub/deeper"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        _ = try Fixtures.write(Array("{}".utf8), to: "b.vcon", in: root)
        _ = try Fixtures.write(Array("{}".utf8), to: "a.json", in: root)
        _ = try Fixtures.write([0x1F, 0x8B, 8, 0], to: "sub/c.vcon.gz", in: root)
        _ = try Fixtures.write([0x50, 0x4B, 3, 4], to: "sub/d.vconz", in: root)
        _ = try Fixtures.write(Array("\u{FEFF}  \n{\"vcon\":1}".utf8), to: "sub/deeper/noext", in: root)
        _ = try Fixtures.write(Array("[1,2]".utf8), to: "sub/array.txt", in: root)
        _ = try Fixtures.write(Array("hello".utf8), to: "notes.txt", in: root)
        _ = try Fixtures.write(Array("{}".utf8), to: ".hidden/e.json", in: root)
        let secret = try Fixtures.write(Array("{}".utf8), to: "secret.json", in: outside)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("out.json").path, withDestinationPath: secret)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("outdir").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("in.json").path,
            withDestinationPath: root.appendingPathComponent("a.json").path)

        let page = try DirectorySource(root: root.path).list(ListRequest(limit: 100), cancellation: .never)
        let relative = page.members.map { String($0.displayName.dropFirst(root.path.count + 1)) }
        #expect(relative == ["a.json", "b.vcon", "in.json", "sub/c.vcon.gz", "sub/deeper/noext"])
        #expect(page.containers.map { String($0.dropFirst(root.path.count + 1)) } == ["sub/d.vconz"])
        #expect(page.next == nil)
        let skipped = page.problems.map { "\($0.place.dropFirst(root.path.count + 1)): \($0.message)" }
        #expect(
            skipped == [
                "loop: skipped: symbolic link to a directory (not followed)",
                "out.json: skipped: symbolic link out of the tree",
                "outdir: skipped: symbolic link out of the tree",
            ])
    }

    @Test(.corpus) func aBundlePathBecomesABundleSource() {
        let path = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")
        let (sources, problems) = PathSources.sources(for: [path, "-", "a.json", "b.json"])
        #expect(problems.isEmpty)
        #expect(sources.count == 3)
        #expect(sources[0] is BundleSource)
        #expect(sources[1] is StandardInputSource)
        #expect((sources[2] as? FileSource)?.paths == ["a.json", "b.json"])
    }
}
