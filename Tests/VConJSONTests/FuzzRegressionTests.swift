import Foundation
import TestSupport
import Testing

@testable import VConJSON

/// Inputs the `json` fuzz target found (Tests/Fuzz/json), run through the target's own checks: every member it
/// lists is found again by its name, every pointer leads back to its value, and the minified text parses again to
/// the same number of values.
@Suite struct JSONFuzzRegressionTests {
    static let files = PackagePaths.files(in: "Tests/Fuzz/json")

    @Test func everyFileIsThere() { #expect(Self.files.count >= 2) }

    @Test(arguments: files)
    func readerAgreesWithItself(_ path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let document = try JSONDocument.parse(bytes: bytes, maxDepth: 2_000)
        for index in 0..<document.valueCount {
            let value = JSONValue(document: document, index: index)
            for (key, _) in value.members {
                #expect(value[key] != nil, "member \(key.debugDescription) not found by its name")
            }
            #expect(document.value(at: value.pointer)?.pointer == value.pointer)
        }
        let again = try JSONDocument.parse(bytes: document.root.minifiedBytes, maxDepth: 2_000)
        #expect(again.valueCount == document.valueCount)
    }

    @Test func keysWithBytesThatAreNotUTF8AreFoundByTheirDecodedName() throws {
        let badKey: [UInt8] = [0x22, 0x62, 0xEF, 0x64, 0x79, 0x22]  // "b\xEFdy"
        let document = try JSONDocument.parse(bytes: Array("{\"b\u{FFFD}x\":0,".utf8) + badKey + Array(":1}".utf8))
        #expect(document.root["b\u{FFFD}dy"]?.int == 1)
        #expect(document.root["b\u{FFFD}x"]?.int == 0)
    }
}
