import Foundation
import Testing

/// Inline body hashes checked by the real binary (OpenSSL's SHA-512), against digests computed elsewhere.
@Suite struct InlineHashCLITests {
    /// SHA-512 of "Hello, hash me." (computed with Python's hashlib), unpadded base64url.
    static let helloHash = "sha512-9o6IvzPtQFesAgAIp05eXS2zBR_VIAt4M3cBzIexLABxMmg-jF6gSZjfYnCkOTYb_jfgIpkV87rHKMAA0f2rDg"
    /// SHA-512 of "Tampered body.".
    static let tamperedHash = "sha512-xlTwfgbocJc19zlxETyhAYu8SNssUvVWEWouvQ-W2sjbt93jJjGymWHB8iYywDy7jSJI3nMnaJw12yCrC8ijow"

    static let json = """
        {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
         "parties": [{"name": "Alice"}],
         "dialog": [
          {"type": "text", "start": "2024-01-15T10:00:00Z", "parties": [0], "encoding": "base64url",
           "body": "SGVsbG8sIGhhc2ggbWUu", "content_hash": "\(helloHash)"},
          {"type": "text", "start": "2024-01-15T10:01:00Z", "parties": [0], "encoding": "none",
           "body": "Tampered body.", "content_hash": "\(helloHash)"}
         ]}
        """

    @Test func matchAndMismatchShowInTheDialogDetail() throws {
        let path = try CLIRunner.fixture("hashes.vcon.json", Self.json)
        let good = try CLIRunner.run([path, "--keys", "3", "--size", "120x30", "--dump", "text"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("hash        ✔ sha512 matches"), "\(good.stdout)")
        let bad = try CLIRunner.run([path, "--keys", "3j", "--size", "250x30", "--dump", "text"])
        // The line wraps in the detail pane; the digests are single words and stay whole.
        #expect(bad.stdout.contains("✖ sha512 mismatch: expected"), "\(bad.stdout)")
        #expect(bad.stdout.contains(Self.helloHash) && bad.stdout.contains(Self.tamperedHash))
        let ascii = try CLIRunner.run([path, "--ascii", "--keys", "3j", "--size", "250x30", "--dump", "text"])
        #expect(ascii.stdout.contains("MISMATCH sha512: expected"), "\(ascii.stdout)")
    }
}
