import Testing
import VConModel

@testable import VConBundle

@Suite struct FileExtensionTests {
    let mp3 = "sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"

    @Test func primaryHashPrefersSHA512() {
        let short = ContentHash(contentHash: "sha256-" + String(repeating: "A", count: 43))
        let long = ContentHash(contentHash: mp3)
        #expect(ContentHash.primary(of: [short, long])?.text == mp3)
        #expect(ContentHash.primary(of: [short])?.text == short.text)
        let fake = ContentHash(contentHash: "sha512-ExampleHashValue123ABC")
        #expect(ContentHash.primary(of: [fake])?.fileStem == "sha512-ExampleHashValue123ABC")
        #expect(!fake.isCheckable)
    }

    @Test func extensionsFollowTheDraftsPriority() {
        #expect(FileExtension.choose(mediaType: "audio/x-wav", head: [], url: "https://x/y.mp3") == "wav")
        #expect(FileExtension.choose(mediaType: "audio/unknown", head: Array("%PDF-1.4".utf8), url: nil) == "pdf")
        #expect(FileExtension.choose(mediaType: nil, head: [0, 1], url: "https://x/a/ticket.PDF?sig=1") == "pdf")
        #expect(FileExtension.choose(mediaType: nil, head: [0, 1], url: "https://x/a/noext") == "bin")
        #expect(FileExtension.choose(mediaType: "application/json; charset=utf-8", head: [], url: nil) == "json")
    }
}
