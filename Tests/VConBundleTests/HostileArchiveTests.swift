import Foundation
import Testing
import VConCommands

@testable import VConBundle

/// Archives built to attack a reader: each is refused with its reason, and nothing is written.
@Suite struct HostileArchiveTests {
    /// Writes `bytes` alone into a fresh directory, opens it and streams every member, returns the refusal.
    private func refusal(_ bytes: [UInt8], limits: ArchiveLimits = .standard) throws -> BundleError? {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Fixtures.write(bytes, to: "hostile.zip", in: dir)
        var caught: BundleError?
        do {
            let archive = try ZipArchive(path: path, limits: limits)
            for entry in archive.entries {
                try archive.readChunks(entry) { _ throws(BundleError) in }
            }
        } catch {
            caught = error
        }
        #expect(try Fixtures.listing(dir) == ["hostile.zip"], "nothing may be created beside the archive")
        return caught
    }

    private func single(_ name: String, _ content: [UInt8] = Array("{}".utf8)) -> [UInt8] {
        var zip = RawZipBuilder()
        zip.add("manifest.json", "{}")
        zip.add(name, content)
        return zip.build()
    }

    @Test(arguments: [
        ("vcons/../../etc/passwd", "parent directory"),
        ("../evil.json", "parent directory"),
        ("/etc/passwd", "absolute path"),
        ("vcons\\..\\evil.json", "backslash"),
        ("C:/Windows/evil.json", "drive letter"),
        ("c:evil.json", "drive letter"),
    ])
    func unsafeNamesAreRefused(name: String, why: String) throws {
        let error = try refusal(single(name))
        #expect(error?.reason == .unsafeEntryName)
        #expect(error?.message.contains(why) == true)
    }

    @Test func controlCharacterNameIsRefused() throws {
        // libzip itself rejects a UTF-8-flagged name holding ESC as inconsistent; either refusal will do.
        let error = try refusal(single("vcons/\u{1b}[2Jx.json"))
        let reason = try #require(error?.reason)
        #expect([.unsafeEntryName, .corruptArchive].contains(reason))
        #expect(error?.message.contains("\u{1b}") == false, "the message must be terminal-safe")
    }

    @Test func namePolicyRefusesControlCharacters() {
        #expect(EntryNamePolicy.problem(with: "vcons/\u{1b}[2J.json", maxBytes: 100) == "control character in entry name")
        #expect(EntryNamePolicy.problem(with: "vcons//a.json", maxBytes: 100) != nil)
        #expect(EntryNamePolicy.problem(with: "vcons/./a.json", maxBytes: 100) != nil)
        #expect(EntryNamePolicy.problem(with: String(repeating: "a", count: 101), maxBytes: 100) != nil)
        #expect(EntryNamePolicy.problem(with: "vcons/", maxBytes: 100) == nil)
        #expect(EntryNamePolicy.problem(with: "files/sha512-abc_-.wav", maxBytes: 100) == nil)
    }

    @Test func symlinkEntryIsRefused() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/link.json", Array("/etc/passwd".utf8), deflate: false, unixMode: 0o120777)
        let error = try refusal(zip.build())
        #expect(error?.reason == .symlinkEntry)
        #expect(error?.message == "refused: entry vcons/link.json is a symbolic link")
    }

    @Test func fifoEntryIsRefused() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/pipe.json", [], deflate: false, unixMode: 0o010644)
        #expect(try refusal(zip.build())?.reason == .specialFileEntry)
    }

    @Test func encryptedEntryIsRefused() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/secret.json", Array(repeating: 7, count: 40), deflate: false, flags: 0x0001)
        let error = try refusal(zip.build())
        #expect(error?.reason == .encryptedEntry)
        #expect(error?.message.contains("is encrypted") == true)
    }

    @Test func duplicateNamesAreRefused() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/a.json", "{}")
        zip.add("vcons/a.json", #"{"other":true}"#)
        let error = try refusal(zip.build())
        #expect(error?.reason == .duplicateEntryName)
        #expect(error?.message.contains("duplicate entry names") == true)
    }

    @Test func bombByDeclaredRatioIsRefused() throws {
        let error = try refusal(single("vcons/bomb.json", [UInt8](repeating: 0, count: 20 << 20)))
        #expect(error?.reason == .compressionRatio)
    }

    @Test func bombBySizeIsRefused() throws {
        var limits = ArchiveLimits()
        limits.maxMemberBytes = 1 << 20
        let noise = (0..<(2 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let error = try refusal(single("files/big.bin", noise), limits: limits)
        #expect(error?.reason == .memberTooLarge)
    }

    @Test func bombThatLiesAboutItsSizeIsStoppedWhileStreaming() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/liar.json", [UInt8](repeating: 0, count: 20 << 20), size: 100)
        let error = try refusal(zip.build())
        let reason = try #require(error?.reason)
        #expect([.corruptArchive, .compressionRatio, .memberTooLarge, .crcMismatch].contains(reason))
    }

    @Test func streamingRatioLimitStopsInflation() throws {
        // Declared sizes are honest but the ratio limit is checked on produced bytes too.
        var limits = ArchiveLimits()
        limits.maxCompressionRatio = 5000
        var zip = RawZipBuilder()
        zip.add("vcons/zeros.json", [UInt8](repeating: 0, count: 4 << 20))
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Fixtures.write(zip.build(), to: "z.zip", in: dir)
        let archive = try ZipArchive(path: path, limits: limits)
        let strict = ArchiveLimits(maxCompressionRatio: 100)
        #expect(strict.exceedsRatio(produced: 4 << 20, compressed: archive.entries[0].compressedSize))
        #expect(!limits.exceedsRatio(produced: 4 << 20, compressed: archive.entries[0].compressedSize))
    }

    @Test func crcErrorIsRefused() throws {
        var zip = RawZipBuilder()
        zip.add("vcons/a.json", Array(#"{"uuid":"x"}"#.utf8), deflate: false, crc: 0xDEAD_BEEF)
        let error = try refusal(zip.build())
        #expect(error?.reason == .crcMismatch)
        #expect(error?.message.contains("CRC") == true)
    }

    @Test func truncatedArchiveIsRefused() throws {
        let whole = single("vcons/a.json", Array(repeating: UInt8(ascii: "x"), count: 3000))
        let error = try refusal(Array(whole.prefix(whole.count / 2)))
        #expect(error?.reason == .truncatedArchive)
    }

    @Test func corruptCentralDirectoryIsRefused() throws {
        var bytes = single("vcons/a.json")
        let signature: [UInt8] = [0x50, 0x4b, 0x01, 0x02]
        let start = try #require((0..<(bytes.count - 4)).first { Array(bytes[$0..<$0 + 4]) == signature })
        bytes[start + 2] = 0x07
        let reason = try #require(try refusal(bytes)?.reason)
        #expect([.corruptArchive, .truncatedArchive].contains(reason))
    }

    @Test func notAZipAtAll() throws {
        #expect(try refusal(Array("{\"vcon\":\"0.4.0\"}".utf8))?.reason == .notAZipArchive)
    }

    @Test func missingFileIsReported() {
        let error = #expect(throws: BundleError.self) { _ = try ZipArchive(path: "/nonexistent/dir/x.vconz") }
        #expect(error?.reason == .fileNotFound)
    }
}

/// Hostile archives through the CLI functions: exit 2, the reason on stderr, nothing written.
@Suite struct HostileBundleCommandTests {
    @Test(arguments: [
        ("vcons/../../../tmp/evil.json", "unsafe entry name"),
        ("/etc/cron.d/evil", "absolute path"),
    ])
    func zipSlipBundleIsNotReadable(name: String, why: String) throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var zip = RawZipBuilder()
        zip.add("manifest.json", #"{"format":"vcon-bundle","version":"1.0"}"#)
        zip.add(name, #"{"vcon":"0.4.0","uuid":"x"}"#)
        let path = try Fixtures.write(zip.build(), to: "slip.vconz", in: dir)
        let verify = BundleCommands.verify(path: path, digester: testDigester)
        let list = BundleCommands.list(path: path)
        #expect(verify.exitCode == 2)
        #expect(list.exitCode == 2)
        #expect(verify.stderr.contains(why))
        #expect(try Fixtures.listing(dir) == ["slip.vconz"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil.json"))
    }

    @Test func bombBundleIsNotReadable() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var zip = RawZipBuilder()
        zip.add("manifest.json", #"{"format":"vcon-bundle","version":"1.0"}"#)
        zip.add("files/sha512-bomb.bin", [UInt8](repeating: 0, count: 30 << 20))
        let path = try Fixtures.write(zip.build(), to: "bomb.vconz", in: dir)
        let verify = BundleCommands.verify(path: path, digester: testDigester)
        #expect(verify.exitCode == 2)
        #expect(verify.stderr.contains("possible zip bomb"))
        #expect(try Fixtures.listing(dir) == ["bomb.vconz"])
    }
}
