import Foundation
import Testing
import VConCrypto
import VConModel

@Suite struct VerifyCommandTests {
    @Test func runsEndToEndWithExitStatus() {
        var options = VerifyCommand.Options(file: TestSupport.fixture("jwe/rsa-oaep-a256gcm.json"))
        options.environmentTrust = TestSupport.fixture("pki/root.pem")
        options.keys = [TestSupport.fixture("pki/recipient.key")]
        let outcome = VerifyCommand.run(options, inflater: nil, now: TestSupport.now)
        #expect(outcome.exitStatus == 0)
        #expect(
            outcome.output.hasPrefix(
                TestSupport.fixture("jwe/rsa-oaep-a256gcm.json")
                    + ": verified\n  layer 1 jwe  decrypted: decrypted with recipient.key (RSA-OAEP, A256GCM) [General JSON]\n"))
        #expect(outcome.report?.envelope.stackLine == "jwe decrypted → jws verified → vcon plain")
        #expect(outcome.report?.envelope.badge(ascii: true) == "[S] signed by CN=signer-rsa.example.test")
    }

    @Test func badOptionsAndFilesExitWithTwo() {
        var options = VerifyCommand.Options(file: TestSupport.fixture("jws/rs256.json"))
        options.trust = ["/nonexistent/anchor.pem"]
        let badTrust = VerifyCommand.run(options, inflater: nil, now: TestSupport.now)
        #expect(badTrust.exitStatus == 2)
        #expect(badTrust.output == "vcon-browser verify: trust anchor /nonexistent/anchor.pem: no such file or directory\n")
        let missing = VerifyCommand.run(VerifyCommand.Options(file: "/nonexistent.vcon"), inflater: nil, now: TestSupport.now)
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
        let encrypted = try TestSupport.unwrap(TestSupport.fixture("jwe/rsa-oaep-a256gcm.json"))
        #expect(encrypted.badge(ascii: false) == "🔒 Encrypted — encrypted (RSA-OAEP, A256GCM): no RSA private key supplied (--key)")
        let notSigned = try TestSupport.unwrap(
            TestSupport.fixture("jwe/unsigned-inside.json"), keys: [TestSupport.fixture("pki/recipient.key")])
        #expect(notSigned.badge(ascii: true) == "[E!] encrypted, not signed")
        let invalid = try TestSupport.unwrap(TestSupport.fixture("tamper/signature-byte.json"))
        #expect(invalid.badge(ascii: true).hasPrefix("[S!] invalid signature: "))
    }
}
