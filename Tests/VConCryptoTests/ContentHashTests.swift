import Foundation
import TestSupport
import Testing
import VConCrypto
import VConModel

@Suite struct ContentHashTests {
    static func report(files: String? = CryptoFixtures.fixture("hashes/files")) throws -> VerificationReport {
        try CryptoFixtures.report(CryptoFixtures.fixture("hashes/hashes.vcon.json"), files: files)
    }

    @Test func everyHashIsCheckedInDocumentOrder() throws {
        let checks = try Self.report().hashes
        #expect(
            checks.map { "\($0.pointer) \($0.algorithm) \($0.status.rawValue)" } == [
                "/dialog/0 sha512 match", "/dialog/1 sha512 mismatch", "/dialog/2 sha256 match", "/dialog/2 sha512 match",
                "/dialog/3 sha384 match", "/dialog/4 sha512 not-available", "/dialog/5 sha512 mismatch", "/attachments/0 SHA-512 match",
            ])
    }

    @Test func mismatchNamesExpectedAndActual() throws {
        let checks = try Self.report().hashes
        let inline = checks[1]
        #expect(inline.detail.hasPrefix("sha512 mismatch for the inline body (10 bytes): expected \(inline.expected), actual sha512-"))
        #expect(inline.actual == ContentHash.format(.sha512, OpenSSLDigester().digest(.sha512, of: Array("inline bad".utf8))))
        #expect(checks[6].detail.hasPrefix("sha512 mismatch for local copy clip.bin (2100 bytes): expected "))
    }

    @Test func localCopiesByHashNameAndByURLSegment() throws {
        let checks = try Self.report().hashes
        #expect(checks[2].detail == "sha256 matches local copy clip.bin (2100 bytes)")
        #expect(checks[4].detail.hasPrefix("sha384 matches local copy sha384-"))
        #expect(checks[5].detail.hasPrefix("not available offline: no local copy in "))
    }

    @Test func aHashMismatchMakesTheFileInvalid() throws {
        let report = try Self.report()
        #expect(report.envelope.verdict == .unsigned)
        #expect(report.verdict == .invalid)
        #expect(report.exitStatus == 1)
    }

    @Test func withoutAFilesDirectoryExternalsAreNotAvailable() throws {
        let checks = try Self.report(files: nil).hashes
        #expect(checks[2].status == .notAvailable)
        #expect(checks[2].detail == "not available offline (no local files given: --files DIR)")
        #expect(checks[0].status == .match)
    }

    @Test(.corpus) func specMediaMatchesItsContentHash() throws {
        let report = try CryptoFixtures.report(
            Corpus.path("spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec.vcon"),
            files: Corpus.path("spec-examples/media"))
        #expect(report.hashes.map(\.status) == [.match])
        #expect(report.hashes[0].detail == "sha512 matches local copy ab_call.mp3 (33537 bytes)")
    }

    @Test func fileDigestStreamsInPieces() throws {
        let path = CryptoFixtures.fixture("hashes/files/clip.bin")
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let streamed = try FileDigest.digest(path: path, algorithms: [.sha512, .sha256], digests: OpenSSLDigester(), chunkSize: 7)
        #expect(streamed.byteCount == whole.count)
        #expect(streamed.digests[.sha512] == OpenSSLDigester().digest(.sha512, of: Array(whole)))
        #expect(streamed.digests[.sha256] == OpenSSLDigester().digest(.sha256, of: Array(whole)))
    }

    @Test func digestsMatchKnownAnswers() {
        let digester = OpenSSLDigester()
        let hex = { (bytes: [UInt8]) in bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(digester.digest(.sha256, of: Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(digester.digest(.sha512, of: [UInt8]())).hasPrefix("cf83e1357eefb8bdf1542850d66d8007"))
        #expect(digester.digest(.sha384, of: Array("abc".utf8)).count == 48)
    }
}
