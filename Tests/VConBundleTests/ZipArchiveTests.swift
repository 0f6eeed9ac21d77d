import Foundation
import TestSupport
import Testing

@testable import VConBundle

/// The libzip adapter on well-formed archives: listing, streaming, limits, ZIP64, writing.
@Suite struct ZipArchiveTests {
    @Test(.corpus) func readsCorpusBundleEntriesInOrder() throws {
        let archive = try ZipArchive(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        #expect(archive.entries.count == 13)
        #expect(archive.entries.first?.name == "manifest.json")
        let manifest = try #require(archive.entry(named: "manifest.json"))
        let bytes = try archive.readAll(manifest, limit: 1 << 20)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"vcon-bundle\""))
    }

    @Test(.corpus) func streamsAMemberInChunks() throws {
        let archive = try ZipArchive(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        let mp3 = try #require(archive.entries.first { $0.name.hasSuffix(".mp3") })
        var chunks = 0
        var total = 0
        try archive.readChunks(mp3, chunkSize: 4096) { chunk throws(BundleError) in
            chunks += 1
            total += chunk.count
            #expect(chunk.count <= 4096)
        }
        #expect(total == 33537)
        #expect(chunks >= 9)
    }

    @Test(.corpus) func readAllRefusesAMemberOverTheCallersLimit() throws {
        let archive = try ZipArchive(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        let mp3 = try #require(archive.entries.first { $0.name.hasSuffix(".mp3") })
        let error = #expect(throws: BundleError.self) { try archive.readAll(mp3, limit: 1000) }
        #expect(error?.reason == .memberTooLarge)
    }

    @Test func readsZip64Archive() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var zip = RawZipBuilder()
        zip.zip64 = true
        zip.add("manifest.json", #"{"format":"vcon-bundle","version":"1.0"}"#)
        zip.add("vcons/x.json", Array(repeating: UInt8(ascii: "a"), count: 5000))
        let path = try Fixtures.write(zip.build(), to: "z64.zip", in: dir)
        let archive = try ZipArchive(path: path)
        #expect(archive.entries.map(\.name) == ["manifest.json", "vcons/x.json"])
        let member = try #require(archive.entry(named: "vcons/x.json"))
        #expect(try archive.readAll(member, limit: 10_000).count == 5000)
    }

    @Test func writerRefusesToOverwriteUnlessForced() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.zip").path
        let writer = try ZipWriter(path: path, overwrite: false, modificationDate: Date(timeIntervalSince1970: 1_700_000_000))
        try writer.add(name: "a.txt", bytes: Array("hello".utf8))
        try writer.finish()
        let error = #expect(throws: BundleError.self) {
            _ = try ZipWriter(path: path, overwrite: false, modificationDate: Date())
        }
        #expect(error?.reason == .outputExists)
        let forced = try ZipWriter(path: path, overwrite: true, modificationDate: Date())
        try forced.add(name: "b.txt", bytes: Array("again".utf8))
        try forced.finish()
        #expect(try ZipArchive(path: path).entries.map(\.name) == ["b.txt"])
    }

    @Test func abandonedWriterLeavesNoFile() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let writer = try ZipWriter(path: dir.appendingPathComponent("never.zip").path, overwrite: false, modificationDate: Date())
            try writer.add(name: "a.txt", bytes: [1, 2, 3])
        }
        #expect(try Fixtures.listing(dir).isEmpty)
    }
}
