import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// A bundle's zip changed underneath an open `BundleReader` (issue 14.1): libzip reads through stdio, so a
/// truncated, rewritten, replaced or deleted archive gives read errors or CRC mismatches, never a signal.
@Suite struct BundleChangeTests {
    static let demo = PackagePaths.path("Tests/Fixtures/Demo/demo.vconz")

    /// Reads every member and file of `reader`; returns how many reads failed.
    static func readEverything(_ reader: BundleReader) -> Int {
        var failures = 0
        for member in reader.members {
            do { _ = try reader.load(member) } catch { failures += 1 }
        }
        for file in reader.files {
            do { _ = try reader.bytes(of: file, limit: 1 << 24) } catch { failures += 1 }
        }
        return failures
    }

    @Test(arguments: ["truncate", "zeros", "half", "rename", "delete", "chmod"])
    func changedArchiveGivesErrorsNotSignals(change: String) throws {
        let directory = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("demo-\(change).vconz").path
        try FileManager.default.copyItem(atPath: Self.demo, toPath: path)
        let reader = try BundleReader.open(path: path)
        #expect(reader.members.count > 10)
        #expect(Self.readEverything(reader) == 0)
        let size = try #require(FileIdentity.of(path: path)).size
        switch change {
        case "truncate": #expect(truncate(path, 0) == 0)
        case "half": #expect(truncate(path, off_t(size / 2)) == 0)
        case "zeros":
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(contentsOf: Data(count: Int(size)))
            try handle.close()
        case "rename":
            let other = directory.appendingPathComponent("other.vconz").path
            try Data("not a zip".utf8).write(to: URL(fileURLWithPath: other))
            #expect(rename(other, path) == 0)
        case "delete": #expect(unlink(path) == 0)
        default: #expect(chmod(path, 0) == 0)
        }
        let failures = Self.readEverything(reader)
        switch change {
        case "truncate", "half", "zeros": #expect(failures > 0, "reads of changed bytes fail cleanly")
        default: #expect(failures == 0, "the open archive still reads its original file")
        }
        var watch = FileWatch(paths: [path], opened: [path: try #require(reader.identity)])
        #expect(watch.changes().count == 1)
    }
}
