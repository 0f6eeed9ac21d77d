import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// Creating bundles from corpus files: byte-exact round trip, dedup, hash naming, refusals.
@Suite struct BundleWriterTests {
    /// The inputs vcon-zip bundled into `multi_vcon_bundle.vconz`.
    static let inputs = [
        "vcon-zip-generated/inputs/vconlib_external_refs.vcon.json",
        "vcon-zip-generated/inputs/vconlib_multihash_group.vcon.json",
        "python-vcon-generated/pyvcon_unsigned_features.vcon.json",
        "python-vcon-generated/pyvcon_group_parent.vcon.json",
        "python-vcon-generated/pyvcon_group_child1.vcon.json",
        "python-vcon-generated/pyvcon_group_child2.vcon.json",
        "spec-examples/draft-ietf-vcon-vcon-core-01_02/ab_call_ext_rec.vcon",
        "vcon-zip-generated/inputs/pyvcon_signed.flattened-jws.vcon.json",
    ].map(Corpus.path)

    /// A temp directory of symlinks to the corpus media, as `--files DIR` would be.
    static func filesDirectory(in dir: URL) throws -> String {
        let files = dir.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for source in [
            "spec-examples/media/ab_call.mp3", "spec-examples/media/ab_call.wav",
            "vcon-zip-generated/external-files/ticket.pdf", "vcon-zip-generated/external-files/transcript.json",
        ] {
            let target = Corpus.path(source)
            try FileManager.default.createSymbolicLink(
                atPath: files.appendingPathComponent((source as NSString).lastPathComponent).path,
                withDestinationPath: target)
        }
        return files.path
    }

    static func writer(_ filesDirectory: String?) -> BundleWriter {
        var writer = BundleWriter(digester: testDigester, filesDirectory: filesDirectory)
        writer.modificationDate = Date(timeIntervalSince1970: 1_700_000_000)
        return writer
    }

    @Test(.corpus) func roundTripKeepsEveryVConByteForByte() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("case.vconz").path
        let creation = try Self.writer(try Self.filesDirectory(in: dir)).create(at: output, from: Self.inputs)
        #expect(creation.vcons.count == 8)
        #expect(creation.files.count == 4, "the mp3 shared by five vCons is stored once")
        #expect(creation.verification.findings.map(\.line) == [])

        let reader = try BundleReader.open(path: output)
        #expect(reader.archive.entries.first?.name == "manifest.json")
        for stored in creation.vcons {
            let member = try #require(reader.member(uuid: stored.uuid))
            let original = try Data(contentsOf: URL(fileURLWithPath: stored.source))
            #expect(try reader.bytes(of: member) == Array(original), "\(stored.source)")
        }
        // The same file names as vcon-zip chose.
        let theirs = try BundleReader.open(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        #expect(Set(reader.files.map(\.entryName)) == Set(theirs.files.map(\.entryName)))
        #expect(Set(reader.members.map(\.entryName)) == Set(theirs.members.map(\.entryName)))
    }

    @Test(.corpus) func refusesToOverwriteUnlessForced() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = try Fixtures.write(Array("keep me".utf8), to: "out.vconz", in: dir)
        let input = [Corpus.path("vcon-zip-repo-fixtures/sample_unsigned_vcon.json")]
        let error = #expect(throws: BundleError.self) { try Self.writer(nil).create(at: output, from: input) }
        #expect(error?.reason == .outputExists)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Data("keep me".utf8))
        var forced = Self.writer(nil)
        forced.overwrite = true
        #expect(try forced.create(at: output, from: input).vcons.count == 1)
    }

    @Test(.corpus) func missingReferencedFileFailsAndWritesNothing() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("out.vconz").path
        let error = #expect(throws: BundleError.self) {
            try Self.writer(nil).create(at: output, from: [Self.inputs[0]])
        }
        #expect(error?.reason == .missingReferencedFile)
        #expect(try Fixtures.listing(dir).isEmpty)

        var lenient = Self.writer(nil)
        lenient.allowMissingFiles = true
        let creation = try lenient.create(at: output, from: [Self.inputs[0]])
        #expect(creation.notes.filter { $0.finding.rule == "bundle-file-missing" }.count == 3)
        #expect(creation.verification.errorCount == 0)
    }

    @Test(.corpus) func hashMismatchFailsWithExpectedAndActual() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = dir.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        _ = try Fixtures.write(Array("not the ticket".utf8), to: "files/ticket.pdf", in: dir)
        try FileManager.default.createSymbolicLink(
            atPath: files.appendingPathComponent("ab_call.mp3").path,
            withDestinationPath: Corpus.path("spec-examples/media/ab_call.mp3"))
        let error = #expect(throws: BundleError.self) {
            try Self.writer(files.path).create(at: dir.appendingPathComponent("o.vconz").path, from: [Self.inputs[0]])
        }
        #expect(error?.reason == .hashMismatch)
        #expect(error?.message.contains("expected sha512-zVhPv5") == true)
        #expect(error?.message.contains("actual sha512-") == true)
        #expect(try Fixtures.listing(dir) == ["files"])
    }

    @Test(.corpus) func signedAndEncryptedVConsAreCopiedUntouched() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("env.vconz").path
        let inputs = ["edge-cases/signed_rfc7515_strict_headers.vcon.json", "python-vcon-generated/pyvcon_encrypted.vcon.json"].map(
            Corpus.path)
        let creation = try Self.writer(try Self.filesDirectory(in: dir)).create(at: output, from: inputs)
        #expect(creation.vcons.map(\.form) == ["jws-general", "jwe-general"])
        #expect(creation.notes.map(\.finding.rule) == ["bundle-create-encrypted"])
        let reader = try BundleReader.open(path: output)
        for stored in creation.vcons {
            let member = try #require(reader.member(uuid: stored.uuid))
            #expect(try reader.bytes(of: member) == Array(try Data(contentsOf: URL(fileURLWithPath: stored.source))))
        }
    }

    @Test func duplicateUUIDsWithDifferentContentFail() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try Fixtures.write(Array(#"{"vcon":"0.4.0","uuid":"u-1","parties":[]}"#.utf8), to: "a.json", in: dir)
        let b = try Fixtures.write(Array(#"{"vcon":"0.4.0","uuid":"u-1","parties":[{}]}"#.utf8), to: "b.json", in: dir)
        let output = dir.appendingPathComponent("d.vconz").path
        let error = #expect(throws: BundleError.self) { try Self.writer(nil).create(at: output, from: [a, b]) }
        #expect(error?.reason == .duplicateUUID)
        let same = try Self.writer(nil).create(at: output, from: [a, a])
        #expect(same.vcons.count == 1)
        #expect(same.notes.map(\.finding.rule) == ["bundle-create-duplicate"])
    }

    @Test func vconWithoutUUIDOrUnsafeUUIDIsRefused() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let none = try Fixtures.write(Array(#"{"vcon":"0.4.0","parties":[]}"#.utf8), to: "n.json", in: dir)
        let evil = try Fixtures.write(Array(#"{"vcon":"0.4.0","uuid":"../../x","parties":[]}"#.utf8), to: "e.json", in: dir)
        let output = dir.appendingPathComponent("x.vconz").path
        for input in [none, evil] {
            let error = #expect(throws: BundleError.self) { try Self.writer(nil).create(at: output, from: [input]) }
            #expect(error?.reason == .invalidVCon)
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func gzipInputIsStoredInflated() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = Array(#"{"vcon":"0.4.0","uuid":"g-1","parties":[]}"#.utf8)
        let input = try Fixtures.write(Deflate.gzip(json), to: "g.vcon.gz", in: dir)
        let output = dir.appendingPathComponent("g.vconz").path
        _ = try Self.writer(nil).create(at: output, from: [input])
        let reader = try BundleReader.open(path: output)
        #expect(try reader.bytes(of: try #require(reader.member(uuid: "g-1"))) == json)
    }
}
