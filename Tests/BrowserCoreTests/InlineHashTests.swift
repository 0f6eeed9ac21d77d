import Foundation
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// A stand-in digester (not a real SHA-512: BrowserCore never sees OpenSSL) that counts how often it hashes.
final class CountingDigester: Digesting, @unchecked Sendable {
    private let lock = NSLock()
    private var hashed = 0
    var count: Int { lock.withLock { hashed } }

    final class Hasher: StreamingHasher {
        let length: Int
        var state: [UInt8]
        var position = 0
        init(length: Int) {
            self.length = length
            state = Array(repeating: 0x5A, count: length)
        }
        func update(_ bytes: UnsafeRawBufferPointer) {
            for byte in bytes {
                state[position % length] = state[position % length] &* 31 &+ byte
                position += 1
            }
        }
        func finalize() -> [UInt8] { state }
    }

    func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher {
        lock.withLock { hashed += 1 }
        return Hasher(length: algorithm.byteCount)
    }
}

@Suite struct InlineHashTests {
    static let good = "Hello, hash me."
    static let tampered = "Tampered body."

    static func hash(_ text: String) -> String {
        ContentHash.format(.sha512, CountingDigester().digest(.sha512, of: Array(text.utf8)))
    }

    /// Dialog 0 matches its hash, dialog 1 was changed after hashing, dialog 2 has no hash.
    static let json = """
        {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
         "parties": [{"name": "Alice"}],
         "dialog": [
          {"type": "text", "start": "2024-01-15T10:00:00Z", "parties": [0], "encoding": "none", "body": "\(good)",
           "content_hash": "\(hash(good))"},
          {"type": "text", "start": "2024-01-15T10:01:00Z", "parties": [0], "encoding": "none", "body": "\(tampered)",
           "content_hash": "\(hash(good))"},
          {"type": "text", "start": "2024-01-15T10:02:00Z", "parties": [0], "encoding": "none", "body": "no hash"}
         ]}
        """

    func state(_ digester: CountingDigester?, glyphs: Glyphs = .unicode) throws -> AppState {
        var session = BrowserSession(files: [try loadFixture(Self.json)], ascii: glyphs.isASCII)
        session.digester = digester
        return AppState(session: session, size: TerminalSize(width: 200, height: 40), glyphs: glyphs)
    }

    func hashLine(_ state: AppState) -> String? {
        state.detail.lines.map(\.text.plainText).first { $0.hasPrefix("hash") }
    }

    @Test func aMatchingAndAMismatchingBody() throws {
        let digester = CountingDigester()
        var state = try state(digester)
        #expect(digester.count == 0, "nothing is hashed before a dialog is shown")
        _ = state.handle(script: try KeyScript.parse("3"))
        #expect(hashLine(state) == "hash        ✔ sha512 matches")
        #expect(digester.count == 1)
        _ = state.handle(script: try KeyScript.parse("j"))
        #expect(hashLine(state) == "hash        ✖ sha512 mismatch: expected \(Self.hash(Self.good)) got \(Self.hash(Self.tampered))")
        #expect(digester.count == 2)
        _ = state.handle(script: try KeyScript.parse("jkkj"))
        #expect(digester.count == 2, "each item is hashed once, then the result is kept")
        #expect(hashLine(state)?.contains("mismatch") == true)
    }

    @Test func asciiSaysOkAndMismatchInWords() throws {
        var state = try state(CountingDigester(), glyphs: .ascii)
        _ = state.handle(script: try KeyScript.parse("3"))
        #expect(hashLine(state) == "hash        ok sha512 matches")
        _ = state.handle(script: try KeyScript.parse("j"))
        #expect(hashLine(state)?.hasPrefix("hash        MISMATCH sha512: expected ") == true)
    }

    @Test func withoutADigesterTheHashIsOnlyGiven() throws {
        var state = try state(nil)
        _ = state.handle(script: try KeyScript.parse("3"))
        #expect(hashLine(state) == "hash        sha512 given")
    }

    @Test func bodiesOverTheSizeCapAreNotHashed() throws {
        let digester = CountingDigester()
        var state = try state(digester)
        state.hashChecks = InlineHashChecks(sizeLimit: 8)
        _ = state.handle(script: try KeyScript.parse("3"))
        #expect(hashLine(state) == "hash        sha512 given; not checked: too large (15 B)")
        #expect(digester.count == 0)
        #expect(InlineHashChecks.defaultSizeLimit == 64 * 1024 * 1024)
    }
}
