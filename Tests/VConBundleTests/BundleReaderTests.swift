import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// Reading the corpus bundles: vcon-zip's own output and the General JWS/JWE edge cases.
@Suite(.corpus) struct BundleReaderTests {
    @Test func readsVconZipMultiBundle() throws {
        let reader = try BundleReader.open(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        #expect(reader.manifest == BundleManifest(format: "vcon-bundle", version: "1.0"))
        #expect(reader.members.count == 8)
        #expect(reader.files.count == 4)
        #expect(reader.structureFindings.isEmpty)
        let verification = BundleVerifier.verify(reader, digester: testDigester)
        #expect(verification.findings.map(\.line) == [])
        #expect(verification.exitCode == 0)
        #expect(verification.filesChecked == 4)
        let forms = verification.summaries.map(\.formName)
        #expect(forms.filter { $0 == "unsigned" }.count == 7)
        #expect(forms.contains("jws-flattened"))
        let multihash = try #require(verification.summaries.first { $0.member.nameUUID == "01a1fd08-f0db-8b92-9dd8-dd37220d739c" })
        #expect(multihash.references.first?.hashes.count == 2)
        let wav = try #require(reader.file(for: multihash.references[0].hashes))
        #expect(wav.entryName.hasSuffix(".wav"))
        #expect(wav.stem.hasPrefix("sha512-"), "named by SHA-512 although SHA-256 comes first")
    }

    @Test func nodownloadBundleReportsItsMissingFiles() throws {
        let reader = try BundleReader.open(path: Corpus.path("vcon-zip-generated/vcon_zip_fixtures_nodownload.vconz"))
        let verification = BundleVerifier.verify(reader, digester: testDigester)
        let missing = verification.findings.filter { $0.finding.rule == "bundle-file-missing" }
        #expect(missing.count == 3)
        #expect(missing.allSatisfy { $0.finding.severity == .error })
        #expect(verification.exitCode == 1)

        var lenient = BundleOptions()
        lenient.missingFileSeverity = .warning
        let relaxed = BundleVerifier.verify(try BundleReader.open(path: reader.path, options: lenient), digester: testDigester)
        #expect(relaxed.findings.filter { $0.finding.rule == "bundle-file-missing" }.allSatisfy { $0.finding.severity == .warning })
    }

    @Test func readsGeneralJWSBundle() throws {
        let reader = try BundleReader.open(path: Corpus.path("edge-cases/spec_general_jws_bundle.vconz"))
        let verification = BundleVerifier.verify(reader, digester: testDigester)
        #expect(verification.errorCount == 0, "\(verification.findings.map(\.line))")
        let signed = try #require(verification.summaries.first { $0.formName == "jws-general" })
        #expect(signed.uuid == signed.member.nameUUID)
        #expect(signed.references.count == 1)
        #expect(signed.partyNames == ["Alice", "Bob"])
    }

    @Test func readsGeneralJWEBundle() throws {
        let reader = try BundleReader.open(path: Corpus.path("edge-cases/spec_general_jwe_bundle.vconz"))
        let verification = BundleVerifier.verify(reader, digester: testDigester)
        #expect(verification.errorCount == 0, "\(verification.findings.map(\.line))")
        let encrypted = try #require(verification.summaries.first)
        #expect(encrypted.isEncrypted)
        #expect(encrypted.uuid == "019f15a6-a752-826f-b9a2-279e0d16bc46")
        #expect(encrypted.uuidSource == "JWE unprotected header")
        let rules = verification.findings.map { "\($0.finding.severity.rawValue) \($0.finding.rule)" }
        #expect(rules == ["info bundle-encrypted", "info bundle-orphan-file"])
    }

    @Test func memberBytesAreExactlyTheStoredBytes() throws {
        let reader = try BundleReader.open(path: Corpus.path("vcon-zip-generated/multi_vcon_bundle.vconz"))
        let member = try #require(reader.member(uuid: "01a1fd08-f0db-8182-9dd8-dd37220d739c"))
        let original = try Data(
            contentsOf: URL(fileURLWithPath: Corpus.path("vcon-zip-generated/inputs/vconlib_external_refs.vcon.json")))
        #expect(try reader.bytes(of: member) == Array(original))
    }
}
