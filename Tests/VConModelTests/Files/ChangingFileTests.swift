import Foundation
import Testing

@testable import VConModel

/// Files that change while open (issue 14.1): truncated, grown, rewritten, replaced by a rename, deleted,
/// made unreadable. Nothing crashes, what was read stays readable, and the change is noticed.
@Suite struct ChangingFileTests {
    static let text =
        ##"{"vcon":"0.4.0","uuid":"0190a1b2-0000-8000-8000-000000000001","subject":"# \##(String(repeating: "long subject ", count: 800))","parties":[{"name":"Alice"}]}"##

    /// A fresh temporary file holding `text`.
    static func file(_ name: String, _ text: String = text) throws -> String {
        let dir = NSTemporaryDirectory() + "changing-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Every value of the document read again (strings decoded, locations computed).
    static func readAll(_ document: JSONDocument) -> Int {
        var total = 0
        for index in 0..<document.valueCount {
            let value = JSONValue(document: document, index: index)
            total += value.string?.utf8.count ?? 0
            _ = value.location
            _ = value.rawText
        }
        return total
    }

    @Test func smallFilesAreReadIntoMemory() throws {
        let path = try Self.file("small.json")
        defer { unlink(path) }
        let buffer = try ByteBuffer.readFile(atPath: path)
        #expect(!buffer.isMapping)
        #expect(buffer.count == Self.text.utf8.count)
        #expect(buffer.identity == FileIdentity.of(path: path))
    }

    @Test func truncatedMappingReadsZerosInsteadOfSIGBUS() throws {
        let path = try Self.file("mapped.json")
        defer { unlink(path) }
        // Force a mapping for a small file: the guard is what is under test.
        let buffer = try ByteBuffer.readFile(atPath: path, mapAbove: 0)
        #expect(buffer.isMapping)
        let document = try JSONDocument.parse(buffer)
        let before = Self.readAll(document)
        #expect(!buffer.isDamaged)
        #expect(truncate(path, 0) == 0)
        // Without the guard, this read of a page past the new end of file raises SIGBUS (exit 135).
        _ = Self.readAll(document)
        #expect(before > 0)
        #expect(buffer.isDamaged)
        #expect(buffer.bytes.allSatisfy { $0 == 0 })
        #expect(buffer.identity?.change(to: FileIdentity.of(path: path)) == "truncated to 0 bytes")
    }

    @Test func truncatedSmallFileKeepsItsBytes() throws {
        let path = try Self.file("small-truncated.json")
        defer { unlink(path) }
        let file = try FileLoader().load(path: path)
        #expect(truncate(path, 0) == 0)
        #expect(file.vcon?.subject?.hasPrefix("# long subject") == true)
        #expect(!file.buffer.isDamaged)
    }

    @Test func mappedFileRewrittenInPlaceStaysSafeToRead() throws {
        let path = try Self.file("rewritten.json")
        defer { unlink(path) }
        let buffer = try ByteBuffer.readFile(atPath: path, mapAbove: 0)
        let document = try JSONDocument.parse(buffer)
        // Rewrite every byte with escapes and invalid UTF-8 the parser never saw: decoding must not trap.
        let garbage =
            [UInt8](repeating: UInt8(ascii: "\\"), count: buffer.count / 2) + [UInt8](repeating: 0xFF, count: buffer.count / 2 + 1)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: garbage)
        try handle.close()
        _ = Self.readAll(document)
        #expect(buffer.identity?.change(to: FileIdentity.of(path: path)) != nil)
    }

    /// A file included later is watched from the identity it was read with, once, and only the last
    /// `includedLimit` included files stay watched (those given at the start always do).
    @Test func includedFilesAreWatchedAndBounded() throws {
        let first = try Self.file("include-first.json")
        let later = try Self.file("include-later.json")
        defer { unlink(first); unlink(later) }
        let read = try ByteBuffer.readFile(atPath: later)
        var watch = FileWatch(paths: [first])
        watch.include(later, identity: read.identity)
        watch.include(later, identity: nil)
        #expect(watch.entries.map(\.path) == [first, later])
        #expect(truncate(later, 0) == 0)
        #expect(watch.changes().map(\.path) == [later])
        for index in 0..<FileWatch.includedLimit { watch.include("/nonexistent/\(index)", identity: nil) }
        #expect(watch.entries.count == 1 + FileWatch.includedLimit)
        #expect(watch.entries.first?.path == first)
        #expect(!watch.entries.contains { $0.path == later })
    }

    @Test(arguments: ["grow", "rename", "delete", "chmod"])
    func otherChangesAreNoticedAndHarmless(change: String) throws {
        let path = try Self.file("other-\(change).json")
        defer { unlink(path) }
        let mapped = try ByteBuffer.readFile(atPath: path, mapAbove: 0)
        let copied = try ByteBuffer.readFile(atPath: path)
        let document = try JSONDocument.parse(mapped)
        var watch = FileWatch(paths: [path], opened: [path: try #require(copied.identity)])
        #expect(watch.changes().isEmpty)
        let expected: String
        switch change {
        case "grow":
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(repeating: 0x20, count: 10_000))
            try handle.close()
            expected = "grown to \(Self.text.utf8.count + 10_000) bytes"
        case "rename":
            let other = try Self.file("other-\(change)-new.json", "{}")
            #expect(rename(other, path) == 0)
            expected = "replaced"
        case "delete":
            #expect(unlink(path) == 0)
            expected = "deleted or unreadable"
        default:
            #expect(chmod(path, 0) == 0)
            expected = "permissions changed"
        }
        #expect(Self.readAll(document) > 0)
        #expect(!mapped.isDamaged)
        #expect(copied.bytes == Array(Self.text.utf8))
        let changes = watch.changes()
        #expect(changes.map(\.change) == [expected])
        #expect(watch.changes().isEmpty, "a change is reported once")
    }
}
