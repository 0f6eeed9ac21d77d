import Foundation
import TestSupport
import Testing

@testable import VConBundle

@Suite struct LibraryScannerTests {
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

        let result = LibraryScanner.scan(root.path)
        let relative = result.files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(relative == ["a.json", "b.vcon", "in.json", "sub/c.vcon.gz", "sub/d.vconz", "sub/deeper/noext"])
        let skipped = result.skipped.map { "\($0.path.dropFirst(root.path.count + 1)): \($0.reason)" }
        #expect(
            skipped == [
                "loop: symbolic link to a directory (not followed)",
                "out.json: symbolic link out of the tree",
                "outdir: symbolic link out of the tree",
            ])
    }

    @Test(.corpus) func aFileRootIsReturnedAsItself() {
        let path = Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz")
        #expect(LibraryScanner.scan(path).files == [path])
    }
}
