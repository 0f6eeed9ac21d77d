import Testing

@testable import VConModel

@Suite struct Base64Tests {
    @Test func roundTripsBothAlphabets() throws {
        let bytes: [UInt8] = Array(0...255)
        let url = Base64.urlEncode(bytes)
        #expect(!url.contains("=") && !url.contains("+") && !url.contains("/"))
        let std = Base64.standardEncode(bytes)
        #expect(std.hasSuffix("=="))
        #expect(try Base64.decode(Array(url.utf8)).get().bytes == bytes)
        let lenient = try Base64.decode(Array(std.utf8)).get()
        #expect(lenient.bytes == bytes)
        #expect(lenient.leniency.contains(.padding))
        #expect(lenient.leniency.contains(.standardAlphabet))
    }

    @Test(arguments: ["", "Zg", "Zm8", "Zm9v", "Zm9vYg"])
    func shortInputs(text: String) throws {
        let decoded = try Base64.decode(Array(text.utf8)).get().bytes
        #expect(Base64.urlEncode(decoded) == text)
    }

    @Test func rejectsNonBase64WithOffset() {
        guard case .failure(let error) = Base64.decode(Array("UklG*Ri".utf8)) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.offset == 4)
        guard case .failure(let lone) = Base64.decode(Array("Zm9vY".utf8)) else {
            Issue.record("expected failure")
            return
        }
        #expect(lone.message.contains("truncated"))
    }
}
