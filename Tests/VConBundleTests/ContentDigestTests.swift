import Testing
import VConModel
@testable import VConBundle

@Suite struct ContentDigestTests {
    let mp3 = "sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"

    @Test func parsesAndReencodes() throws {
        let digest = try #require(ContentDigest(mp3))
        #expect(digest.algorithm == .sha512)
        #expect(digest.digest.count == 64)
        #expect(ContentDigest(algorithm: .sha512, digest: digest.digest).text == mp3)
    }

    @Test func refusesWrongLengthsAndAlgorithms() {
        #expect(ContentDigest("sha512-ExampleHashValue123ABC") == nil)
        #expect(ContentDigest("md5-AAAA") == nil)
        #expect(ContentDigest("sha512") == nil)
        #expect(ContentDigest("sha256-" + String(repeating: "A", count: 43)) != nil)
    }

    @Test func prefersSHA512() throws {
        let short = try #require(ContentDigest("sha256-" + String(repeating: "A", count: 43)))
        let long = try #require(ContentDigest(mp3))
        #expect(ContentDigest.primary(of: [short, long]) == long)
        #expect(ContentDigest.primary(of: [short]) == short)
    }

    @Test func base64URLRoundTrips() {
        for length in 0..<8 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 37 + 250) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
        #expect(Base64URL.decode("a+b/") == Base64URL.decode("a-b_"))
        #expect(Base64URL.decode("ab$c") == nil)
    }

    @Test func extensionsFollowTheDraftsPriority() {
        #expect(FileExtension.choose(mediaType: "audio/x-wav", head: [], url: "https://x/y.mp3") == "wav")
        #expect(FileExtension.choose(mediaType: "audio/unknown", head: Array("%PDF-1.4".utf8), url: nil) == "pdf")
        #expect(FileExtension.choose(mediaType: nil, head: [0, 1], url: "https://x/a/ticket.PDF?sig=1") == "pdf")
        #expect(FileExtension.choose(mediaType: nil, head: [0, 1], url: "https://x/a/noext") == "bin")
        #expect(FileExtension.choose(mediaType: "application/json; charset=utf-8", head: [], url: nil) == "json")
    }
}
