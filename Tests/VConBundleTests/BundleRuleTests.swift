import Foundation
import Testing
import VConModel

@testable import VConBundle

/// Each validation rule of the draft on a small bundle built for it.
@Suite struct BundleRuleTests {
    static let uuidA = "0195544a-b9b1-8ee4-b9a2-279e0d16bc46"
    static let uuidB = "01955450-1234-5678-9abc-def012345678"
    static let manifest = #"{"format":"vcon-bundle","version":"1.0"}"#
    static let audio = Array("RIFF....WAVEfmt pretend audio".utf8)

    static func sha512(_ bytes: [UInt8]) -> String { ContentHash.format(.sha512, testDigester.digest(.sha512, of: bytes)) }
    static func sha256(_ bytes: [UInt8]) -> String { ContentHash.format(.sha256, testDigester.digest(.sha256, of: bytes)) }

    static func vcon(_ uuid: String, hash: String? = nil, extra: String = "") -> String {
        let dialog =
            hash.map { #"[{"type":"recording","url":"https://example.com/a.wav","mediatype":"audio/wav","content_hash":\#($0)}]"# } ?? "[]"
        return
            #"{"vcon":"0.4.0","uuid":"\#(uuid)","created_at":"2025-01-01T00:00:00Z","parties":[{"name":"Alice"}],"dialog":\#(dialog)\#(extra)}"#
    }

    /// Verifies an archive built by `build` and returns "severity rule" for every finding.
    static func rules(_ build: (inout RawZipBuilder) -> Void, options: BundleOptions = BundleOptions()) throws -> [String] {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var zip = RawZipBuilder()
        build(&zip)
        let path = try Fixtures.write(zip.build(), to: "b.vconz", in: dir)
        let verification = BundleVerifier.verify(try BundleReader.open(path: path, options: options), digester: testDigester)
        return verification.findings.map { "\($0.finding.severity.rawValue) \($0.finding.rule)" }
    }

    @Test func cleanBundleHasNoFindings() throws {
        let hash = Self.sha512(Self.audio)
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, hash: "\"\(hash)\""))
            zip.add("files/\(hash).wav", Self.audio)
        }
        #expect(found == [])
    }

    @Test func missingManifestAndVCons() throws {
        #expect(try Self.rules { $0.add("files/x.bin", "x") }.prefix(2) == ["error bundle-manifest-missing", "error bundle-vcons-missing"])
    }

    @Test func unsupportedAndNewerVersions() throws {
        let two = try Self.rules { zip in
            zip.add("manifest.json", #"{"format":"vcon-bundle","version":"2.0"}"#)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA))
        }
        #expect(two == ["error bundle-version"])
        let minor = try Self.rules { zip in
            zip.add("manifest.json", #"{"format":"vcon-bundle","version":"1.1"}"#)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA))
        }
        #expect(minor == ["warning bundle-version"])
    }

    @Test func wrongFormatAndManifestNotFirst() throws {
        let found = try Self.rules { zip in
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA))
            zip.add("manifest.json", #"{"format":"zip","version":"1.0"}"#)
        }
        #expect(found == ["error bundle-format", "warning bundle-manifest-first"])
    }

    @Test func fileNameMustMatchTheUUID() throws {
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidB).json", Self.vcon(Self.uuidA))
        }
        #expect(found == ["error bundle-uuid-mismatch"])
    }

    @Test func duplicateUUIDsAreErrors() throws {
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA))
            zip.add("vcons/\(Self.uuidB).json", Self.vcon(Self.uuidA))
        }
        #expect(found == ["error bundle-uuid-mismatch", "error bundle-duplicate-uuid", "error bundle-duplicate-uuid"])
    }

    @Test func missingUUIDAndUnreadableMember() throws {
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", #"{"vcon":"0.4.0","parties":[]}"#)
            zip.add("vcons/\(Self.uuidB).json", "not json")
            zip.add("vcons/readme.txt", "hello")
        }
        #expect(found == ["warning bundle-vcon-name", "error bundle-uuid-missing", "error bundle-vcon-unreadable"])
    }

    @Test func hashMismatchIsAnErrorOrAWarningAsConfigured() throws {
        let hash = Self.sha512(Self.audio)
        let build: (inout RawZipBuilder) -> Void = { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, hash: "\"\(hash)\""))
            zip.add("files/\(hash).wav", Array("tampered".utf8))
        }
        #expect(try Self.rules(build) == ["error bundle-hash-mismatch"])
        var options = BundleOptions()
        options.hashMismatchSeverity = .warning
        #expect(try Self.rules(build, options: options) == ["warning bundle-hash-mismatch"])
    }

    @Test func everyHashOfAMultiHashIsChecked() throws {
        let good512 = Self.sha512(Self.audio)
        let wrong256 = Self.sha256(Array("other".utf8))
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, hash: "[\"\(wrong256)\",\"\(good512)\"]"))
            zip.add("files/\(good512).wav", Self.audio)
        }
        #expect(found == ["error bundle-hash-mismatch"])
    }

    @Test func missingReferencedFileAndOrphan() throws {
        let hash = Self.sha512(Self.audio)
        let other = Array("unreferenced".utf8)
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, hash: "\"\(hash)\""))
            zip.add("files/\(Self.sha512(other)).txt", other)
        }
        #expect(found == ["error bundle-file-missing", "warning bundle-orphan-file"])
    }

    @Test func fileLookupIgnoresTheExtension() throws {
        let hash = Self.sha512(Self.audio)
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, hash: "\"\(hash)\""))
            zip.add("files/\(hash).weird.ext", Self.audio)
        }
        #expect(found == [])
    }

    @Test func groupMemberNotInBundleIsAWarning() throws {
        let found = try Self.rules { zip in
            zip.add("manifest.json", Self.manifest)
            zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA, extra: #","group":[{"uuid":"\#(Self.uuidB)"}]"#))
        }
        #expect(found == ["warning bundle-group-missing"])
    }

    @Test func extensionsAreListedAndNeedMetadata() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var zip = RawZipBuilder()
        zip.add("manifest.json", Self.manifest)
        zip.add("vcons/\(Self.uuidA).json", Self.vcon(Self.uuidA))
        zip.add("extensions/mimi-messages/metadata.json", #"{"extension_name":"mimi-messages"}"#)
        zip.add("extensions/mimi-messages/files/\(Self.sha512(Self.audio)).cbor", Self.audio)
        zip.add("extensions/bare/data.bin", "x")
        zip.add("notes/readme.txt", "x")
        let path = try Fixtures.write(zip.build(), to: "e.vconz", in: dir)
        let reader = try BundleReader.open(path: path)
        #expect(reader.extensions.map(\.name) == ["mimi-messages", "bare"])
        #expect(reader.extensions.map(\.hasMetadata) == [true, false])
        #expect(reader.extensionFiles.count == 1)
        let found = BundleVerifier.verify(reader, digester: testDigester).findings.map {
            "\($0.finding.severity.rawValue) \($0.finding.rule)"
        }
        #expect(found == ["info bundle-unknown-entry", "warning bundle-extension-metadata"])
    }
}
