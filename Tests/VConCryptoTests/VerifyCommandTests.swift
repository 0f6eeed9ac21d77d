import Foundation
import TestSupport
import Testing
import VConCommands
import VConCrypto
import VConModel

@Suite struct VerifyCommandTests {
    @Test func runsEndToEndWithExitStatus() {
        var options = VerifyCommand.Options(file: CryptoFixtures.fixture("jwe/rsa-oaep-a256gcm.json"))
        options.environmentTrust = CryptoFixtures.fixture("pki/root.pem")
        options.keys = [CryptoFixtures.fixture("pki/recipient.key")]
        let outcome = VerifyCommand.run(options, inflater: nil, now: CryptoFixtures.now)
        #expect(outcome.exitStatus == 0)
        #expect(
            outcome.output.hasPrefix(
                CryptoFixtures.fixture("jwe/rsa-oaep-a256gcm.json")
                    + ": verified\n  layer 1 jwe  decrypted: decrypted with recipient.key (RSA-OAEP, A256GCM) [General JSON]\n"))
        #expect(outcome.report?.envelope.stackLine == "jwe decrypted → jws verified → vcon plain")
        #expect(outcome.report?.envelope.badge(ascii: true) == "[S] signed by CN=signer-rsa.example.test")
    }

    @Test func badOptionsAndFilesExitWithTwo() {
        var options = VerifyCommand.Options(file: CryptoFixtures.fixture("jws/rs256.json"))
        options.trust = ["/nonexistent/anchor.pem"]
        let badTrust = VerifyCommand.run(options, inflater: nil, now: CryptoFixtures.now)
        #expect(badTrust.exitStatus == 2)
        #expect(badTrust.output == "vcon-browser verify: trust anchor /nonexistent/anchor.pem: no such file or directory\n")
        let missing = VerifyCommand.run(VerifyCommand.Options(file: "/nonexistent.vcon"), inflater: nil, now: CryptoFixtures.now)
        #expect(missing.exitStatus == 2)
    }

    @Test func x5uFileOption() {
        let split = VerifyCommand.parseX5UFile("https://x/a?b=c=chain.pem")
        #expect(split?.url == "https://x/a?b=c")
        #expect(split?.path == "chain.pem")
        #expect(VerifyCommand.parseX5UFile("nothing") == nil)
        #expect(VerifyCommand.parseX5UFile("url=") == nil)
    }

    @Test func badgesFollowTheSecurityPaneTable() throws {
        let encrypted = try CryptoFixtures.unwrap(CryptoFixtures.fixture("jwe/rsa-oaep-a256gcm.json"))
        #expect(encrypted.badge(ascii: false) == "🔒 Encrypted — encrypted (RSA-OAEP, A256GCM): no RSA private key supplied (--key)")
        let notSigned = try CryptoFixtures.unwrap(
            CryptoFixtures.fixture("jwe/unsigned-inside.json"), keys: [CryptoFixtures.fixture("pki/recipient.key")])
        #expect(notSigned.badge(ascii: true) == "[E!] encrypted, not signed")
        let invalid = try CryptoFixtures.unwrap(CryptoFixtures.fixture("tamper/signature-byte.json"))
        #expect(invalid.badge(ascii: true).hasPrefix("[S!] invalid signature: "))
    }
}
