import Foundation
import TestSupport
import Testing
import VConBundle
import VConCrypto
import VConModel
import VConSIP

@testable import vcon_browser

/// The built-in demo (Tests/Fixtures/Demo): it opens from memory, and every form, generation, relation,
/// ladder, STIR check and finding it promises is there. Members are found by their uuid prefix `deNN`
/// (NN = the listing number in Tests/Fixtures/Demo/README.md).
@Suite struct BuiltInDemoTests {
    /// Certificates are valid 2025 → 2040; "now" is pinned inside that window.
    static let now = Date(timeIntervalSince1970: 1_775_000_000)  // 2026-03-31
    let opening: OpenedLibrary
    let context: EnvelopeContext

    init() throws {
        opening = try Demo.open(ascii: true, now: Self.now)
        context = EnvelopeContext(crypto: try Demo.crypto(), inflater: ZlibInflater(), now: Self.now)
    }

    /// The bundle member numbered `number` (uuid prefix `deNN`).
    func member(_ number: Int) throws -> LibraryMember {
        let prefix = String(format: "de%02x", number)
        return try #require(
            opening.library.members.first { member in
                if case .bundleMember = member.source { return member.uuid?.hasPrefix(prefix) == true }
                return false
            }, "no demo member \(prefix)")
    }

    func index(of member: LibraryMember) throws -> Int {
        try #require(opening.library.members.firstIndex { $0.source == member.source })
    }

    func envelope(_ number: Int) throws -> EnvelopeResult {
        let file = try #require(try member(number).file)
        return Envelope.unwrap(file.buffer.bytes, context: context)
    }

    @Test func opensFromMemoryWithEveryMemberAndFile() throws {
        #expect(opening.problems.isEmpty)
        let reader = try #require(opening.bundles.first)
        #expect(reader.path == Demo.bundleName)
        #expect(reader.members.count == 23)
        #expect(reader.files.count == 3)
        #expect(reader.structureFindings.filter { $0.finding.severity != .info }.isEmpty)
        let verification = BundleVerifier.verify(reader, digester: OpenSSLDigester())
        #expect(verification.errorCount == 0)
    }

    @Test func memoryReaderMatchesTheFileReader() throws {
        let path = PackagePaths.path("Tests/Fixtures/Demo/demo.vconz")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromMemory = try BundleReader.open(bytes: bytes, name: "copy.vconz")
        let fromFile = try BundleReader.open(path: path)
        #expect(fromMemory.path == "copy.vconz")
        #expect(fromMemory.members.map(\.entryName) == fromFile.members.map(\.entryName))
        #expect(fromMemory.files.map(\.entryName) == fromFile.files.map(\.entryName))
        for member in fromMemory.members {
            #expect(try fromMemory.bytes(of: member) == (try fromFile.bytes(of: member)))
        }
    }

    @Test func memoryReaderRefusesWhatIsNotAZipArchive() {
        #expect(throws: BundleError.self) { try BundleReader.open(bytes: Array("not a zip archive".utf8), name: "junk.vconz") }
        // libzip reads zero bytes as an empty archive: it opens, and says what a bundle lacks.
        let empty = try? BundleReader.open(bytes: [], name: "empty.vconz")
        #expect(empty?.structureFindings.map(\.finding.rule).contains("bundle-manifest-missing") == true)
        #expect(throws: BundleError.self) { try BundleReader.open(bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0], name: "cut.vconz") }
    }

    @Test func everyFormIsPresentWithItsVerdict() throws {
        func kinds(_ result: EnvelopeResult) -> [String] { result.layers.map { "\($0.kind.rawValue) \($0.verdict.rawValue)" } }
        #expect(kinds(try envelope(2)) == ["vcon unsigned"])
        #expect(kinds(try envelope(4)) == ["jws verified", "vcon plain"])
        #expect(kinds(try envelope(5)) == ["jws verified", "gzip plain", "vcon plain"])
        #expect(kinds(try envelope(6)).first == "jws invalid")
        #expect(kinds(try envelope(7)).first == "jws untrusted")
        #expect(kinds(try envelope(8)) == ["jwe decrypted", "jws verified", "vcon plain"])
        #expect(try envelope(9).encryptedButNotSigned)
        #expect(try envelope(10).verdict == .encrypted)
        #expect(try envelope(4).verdict == .verified)
        #expect(try envelope(6).verdict == .invalid)
        #expect(try envelope(7).verdict == .untrusted)
        #expect(try envelope(8).verdict == .verified)
        let badges = try (2...10).map { try member($0).envelopeBadge ?? "" }
        #expect(badges == ["[-]", "[-]", "[S]", "[S]", "[S!]", "[s?]", "[S]", "[E!]", "[E]"])
    }

    @Test func signedMemberIsTrustedByTheBuiltInRoot() throws {
        let signature = try #require(try envelope(4).layers.first?.signatures.first)
        let chain = try #require(signature.chain)
        #expect(chain.certificates.count == 3)
        #expect(chain.certificates.allSatisfy { $0.version == 3 })
        #expect(chain.certificates.last?.subject.contains("CN=Demo Root CA") == true)
        #expect(try envelope(4).badge(ascii: false).hasPrefix("✔ Authentic — signed by"))
        #expect(try Certificate.allFromPEM(try Demo.rootCertificatePEM()).first?.isCA == true)
    }

    /// One member per vCon (issue 12.4): an encrypted member the key opens is that member, read through its layers,
    /// never a sealed row beside a decrypted one.
    @Test func encryptedMemberDecryptsWithTheBuiltInKey() throws {
        let members = opening.library.members
        let (encrypted, unsigned, locked) = (try member(8), try member(9), try member(10))
        #expect(encrypted.vcon?.subject == "Encrypted, then opened with the built-in demo key")
        #expect(encrypted.file?.layers.first.map { if case .jwe = $0 { true } else { false } } == true)
        #expect(encrypted.status == .here)
        #expect(unsigned.vcon != nil)
        #expect(locked.vcon == nil)
        #expect(locked.status == .encrypted)
        let bundled = members.filter { if case .bundleMember = $0.source { true } else { false } }
        #expect(bundled.count == (opening.bundles.first?.members.count ?? 0))
    }

    @Test func everyGenerationIsPresentWithItsSpellings() throws {
        func vcon(_ number: Int) throws -> VCon {
            let member = try member(number)
            return try #require(member.vcon)
        }
        func spellings(_ number: Int) throws -> Set<Spelling> { Set(try vcon(number).spellings.map(\.spelling)) }
        #expect(try vcon(11).generation == .v0_0_1)
        #expect(try spellings(11).isSuperset(of: [.mimetype, .algSignature, .appended, .attachmentType]))
        #expect(try vcon(12).generation == .v0_0_2)
        #expect(try spellings(12).isSuperset(of: [.mediatype, .contentHash, .transferTargetHyphen]))
        #expect(try vcon(13).generation == .v0_3_0)
        #expect(try spellings(13).isSuperset(of: [.mustSupport, .transferTarget, .sessionIdString, .extensions]))
        #expect(try vcon(18).generation == .v0_4_0)
        #expect(try spellings(18).isSuperset(of: [.amended, .critical, .sessionIdObject]))
        #expect(try vcon(21).generationIsInferred)
        #expect(try vcon(21).json["vcon"] == nil)
        let declared = Set(try (1...23).filter { $0 != 10 }.map { try vcon($0).generation.description })
        #expect(declared == ["0.0.1", "0.0.2", "0.3.0", "0.4.0"])
    }

    @Test func relationsHaveTheGroupTheRedactionAndTheAmendedChain() throws {
        let graph = opening.graph
        func targets(_ number: Int, _ kind: VConReference.Kind) throws -> [(RelationStatus, String?)] {
            try graph.outgoing(try index(of: try member(number))).filter { $0.kind == kind }.map { edge in
                guard case .member(let target) = edge.to else { return (edge.status, nil) }
                return (edge.status, graph.library.members[target].uuid)
            }
        }
        let group = try targets(13, .group)
        #expect(group.map(\.0) == [.here, .here, .inline])
        #expect(group.prefix(2).map(\.1) == [try member(14).uuid, try member(15).uuid])
        #expect(try targets(20, .redacted).map(\.1) == [try member(19).uuid])
        #expect(try targets(18, .amended).map(\.1) == [try member(17).uuid])
        #expect(try targets(17, .amended).map(\.1) == [try member(16).uuid])
        #expect(try targets(11, .appended).map(\.0) == [.missing])
        let redacted = try #require(try member(20).vcon)
        #expect(redacted.dialog.first?.isPlaceholder == true)
        #expect(redacted.attachments.first?.isPlaceholder == true)
        #expect(redacted.dialog.count == (try member(19).vcon?.dialog.count))
    }

    @Test func sipLadderHasTheExpectedMessages() throws {
        let vcon = try #require(try member(3).vcon)
        #expect(LadderSources.signalingDialogs(vcon) == [0, 1])
        let call = LadderLayout(LadderSources.input(from: vcon, dialog: 0))
        #expect(
            call.messages.map(\.label) == [
                "INVITE (SDP)", "100 Trying", "180 Ringing", "200 OK (SDP)", "200 OK (SDP)", "ACK", "BYE", "200 OK",
            ])
        #expect(call.messages.map(\.retransmissionOf) == [nil, nil, nil, nil, 3, nil, nil, nil])
        #expect(call.messages.allSatisfy { $0.warnings.isEmpty })
        #expect(call.messages.first?.from.party == 0)
        #expect(call.messages.first?.to.party == 1)
        #expect(call.unknownLane == nil)
        let busy = LadderLayout(LadderSources.input(from: vcon, dialog: 1))
        #expect(busy.messages.map(\.label) == ["INVITE (SDP)", "486 Busy Here", "ACK"])
        #expect(busy.messages.map(\.errorClass) == [nil, 4, nil])
        #expect(busy.messages.first?.from.party == 2)
        #expect(busy.messages.first?.to.party == 1)
    }

    @Test func stirOnePassportVerifiesAndOneReportDisagrees() throws {
        let vcon = try #require(try member(3).vcon)
        let checks = StirVerifier(crypto: try Demo.crypto(), now: Self.now).check(vcon)
        #expect(checks.map(\.party) == [0, 2])
        #expect(checks.first?.verdict == .verified)
        #expect(checks.first?.reports.map(\.disagreement) == [nil])
        #expect(checks.last?.verdict == .invalid)
        #expect(checks.last?.reports.first?.result == "verified")
        #expect(checks.last?.reports.first?.disagreement != nil)
    }

    @Test func findingsAreWhereIntendedAndNowhereElse() throws {
        let rows = DemoReport.rows(opening, context: context)
        #expect(rows.count == 23)
        let withFindings = rows.filter { !$0.findings.isEmpty }
        #expect(withFindings.map { String($0.uuid.prefix(4)) } == ["de16"])
        let rules = withFindings.first?.findings.map(\.rule).sorted() ?? []
        #expect(rules == ["critical-extension", "date-syntax", "date-syntax", "dialog-index", "party-index"])
    }

    @Test func embeddedMembersMatchTheFixtureFiles() throws {
        let folder = PackagePaths.url("Tests/Fixtures/Demo")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("vcons").path).sorted()
        let fixtures = try names.map { try Data(contentsOf: folder.appendingPathComponent("vcons/\($0)")) }
        let reader = try #require(opening.bundles.first)
        let embedded = try reader.members.map { Data(try reader.bytes(of: $0)) }
        #expect(Set(embedded) == Set(fixtures), "DemoData.swift is out of date: run Tests/Fixtures/Demo/generate.py")
        #expect(Data(try Demo.rootCertificatePEM()) == (try Data(contentsOf: folder.appendingPathComponent("keys/demo-root-ca.pem"))))
        #expect(Data(try Demo.recipientKeyPEM()) == (try Data(contentsOf: folder.appendingPathComponent("keys/demo-recipient.key"))))
    }

    @Test func demoCheckPrintsTheTreeAndNeverARawEscape() throws {
        let result = try CLIRunner.run(["demo-check"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.stdout.contains("Hostile text: escape sequences and a bidi override \\u001b[5mmade harmless\\u001b[0m"))
        #expect(result.stdout.contains("`- redacted -> de"))
        #expect(
            result.stdout.contains("INVITE (SDP), 100 Trying, 180 Ringing, 200 OK (SDP), 200 OK (SDP) (retransmission), ACK, BYE, 200 OK"))
    }

    @Test func hostilePartyNamesNeverReachStdoutRaw() throws {
        let path = PackagePaths.path("Tests/Fixtures/Demo/vcons/23-hostile-text.vcon.json")
        let result = try CLIRunner.run(["show", path])
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.stdout.contains("\\u001b[2J\\u001b[31mMallory\\u001b[0m"))
        #expect(result.stdout.contains("Invoice \\u202eexe.pdf"))
    }
}
