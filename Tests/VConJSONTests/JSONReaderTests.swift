import Foundation
import Testing

@testable import VConJSON

@Suite struct JSONReaderTests {
    @Test func keepsOrderDuplicatesAndNumbersAsWritten() throws {
        let doc = try JSONDocument.parse(string: #"{"b":1,"a":123456789012345678901234567890,"c":1e400,"a":-0.50}"#)
        #expect(doc.root.keys == ["b", "a", "c", "a"])
        #expect(doc.root["a"]?.numberText == "-0.50")
        #expect(doc.root.members[1].value.numberText == "123456789012345678901234567890")
        #expect(doc.root["c"]?.numberText == "1e400")
        #expect(doc.root["c"]?.double == .infinity)
        #expect(doc.issues.map(\.kind) == [.duplicateKey])
        #expect(doc.issues[0].message.contains("\"a\""))
        #expect(doc.pointer(to: doc.issues[0].nodeIndex) == "/a")
    }

    @Test func duplicateKeysInLargeObjectsAndEscapedSpellings() throws {
        var text = "{"
        for k in 0..<40 { text += "\"k\(k)\":\(k)," }
        text += #""k\u0037":0}"#
        let doc = try JSONDocument.parse(string: text)
        #expect(doc.issues.count == 1)
        #expect(doc.issues[0].message.contains("\"k7\""))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let doc = try JSONDocument.parse(string: #"["a\"b\\c\/\n\t\u00e9\ud83d\ude00", "\ud800x", "é"]"#)
        #expect(doc.root[0]?.string == "a\"b\\c/\n\té😀")
        #expect(doc.root[1]?.string == "\u{FFFD}x")
        #expect(doc.root[2]?.string == "é")
        #expect(doc.issues.map(\.kind) == [.loneSurrogate])
    }

    @Test func invalidUTF8IsAFindingNotAFailure() throws {
        let doc = try JSONDocument.parse(bytes: Array(#"{"a":"x"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8))
        #expect(doc.root["a"]?.string == "x\u{FFFD}(")
        #expect(doc.issues.first?.kind == .invalidUTF8)
        #expect(doc.issues.first?.offset == 7)
    }

    @Test func byteOrderMarkIsSkippedWithAnIssue() throws {
        let doc = try JSONDocument.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("[true,false,null]".utf8))
        #expect(doc.root.elements.map(\.kind) == [.bool, .bool, .null])
        #expect(doc.root[0]?.bool == true)
        #expect(doc.issues.map(\.kind) == [.byteOrderMark])
    }

    @Test(arguments: [
        ("", "1:1", "empty document"),
        ("   \n  ", "2:3", "empty document"),
        ("{\"a\":1} x", "1:9", "after the end"),
        ("{\"a\":1,}", "1:8", "member name"),
        ("[1,2", "1:5", "unexpected end of input"),
        ("{\"a\"\n: \"b\n\"}", "2:5", "raw control character U+000A"),
        ("[01]", "1:2", "leading zero"),
        ("[1.]", "1:4", "after '.'"),
        ("[-]", "1:3", "expected a digit"),
        ("[tru]", "1:2", "expected 'true'"),
        ("{\"a\" 1}", "1:6", "expected ':'"),
        ("[\"\\x\"]", "1:3", "invalid escape"),
        ("[\"\\u12G4\"]", "1:3", "four hex digits"),
        ("\"abc", "1:1", "unterminated string"),
        ("{'a':1}", "1:2", "double quotes"),
        ("[1 2]", "1:4", "expected ','"),
        ("é", "1:1", "byte 0xC3"),
    ])
    func malformedInputGivesMessageAndPosition(text: String, at: String, says: String) {
        do {
            _ = try JSONDocument.parse(string: text)
            Issue.record("expected a failure for \(text)")
        } catch {
            #expect(error.location.description == at, "\(error)")
            #expect(error.message.contains(says), "\(error)")
        }
    }

    @Test func columnsCountScalarsNotBytes() {
        do {
            _ = try JSONDocument.parse(string: "{\"名前\": x}")
            Issue.record("expected failure")
        } catch {
            #expect(error.location == SourceLocation(line: 1, column: 8))
        }
    }

    @Test func deepNestingIsIterativeAndLimited() throws {
        let depth = 100_000
        let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let doc = try JSONDocument.parse(string: deep)
        #expect(doc.valueCount == depth)
        #expect(doc.root.endIndex == depth)
        let tooDeep = "[" + deep + "]"
        do {
            _ = try JSONDocument.parse(string: tooDeep)
            Issue.record("expected the depth limit")
        } catch {
            #expect(error.message.contains("nesting deeper than 100000 levels"))
            #expect(error.location == SourceLocation(line: 1, column: 100_001))
        }
        let objects = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        let nested = try JSONDocument.parse(string: objects)
        #expect(nested.valueCount == 20_001)
    }

    @Test func hugeSingleStringStaysAByteRange() throws {
        let size = 1 << 30  // 1 GiB: the issue's own size; a byte range, never a copy or a String
        var bytes = [UInt8](repeating: UInt8(ascii: "A"), count: size + 2)
        bytes[0] = UInt8(ascii: "\"")
        bytes[size + 1] = UInt8(ascii: "\"")
        let doc = try JSONDocument.parse(bytes: bytes)
        #expect(doc.root.kind == .string)
        #expect(doc.root.rawStringLength == size)
        #expect(doc.root.byteRange == 0..<(size + 2))
    }

    @Test func unterminatedHugeStringReportsItsStart() {
        var bytes = [UInt8](repeating: UInt8(ascii: "A"), count: 1 << 20)
        bytes[0] = UInt8(ascii: "[")
        bytes[1] = UInt8(ascii: "\"")
        do {
            _ = try JSONDocument.parse(bytes: bytes)
            Issue.record("expected failure")
        } catch {
            #expect(error.message == "unterminated string")
            #expect(error.location == SourceLocation(line: 1, column: 2))
        }
    }

    @Test func byteRangesAndPointers() throws {
        let text = #"{ "dialog": [ {"parties": [0, 1]}, {"a~b/c": {"x": [ ] } } ] }"#
        let doc = try JSONDocument.parse(string: text)
        let parties = try #require(doc.value(at: "/dialog/0/parties"))
        #expect(parties.rawText == "[0, 1]")
        #expect(parties.pointer == "/dialog/0/parties")
        let x = try #require(doc.value(at: "/dialog/1/a~0b~1c/x"))
        #expect(x.rawText == "[ ]")
        #expect(x.pointer == "/dialog/1/a~0b~1c/x")
        #expect(doc.root.rawText == text)
        #expect(doc.root["dialog"]?.count == 2)
        #expect(doc.root["dialog"]?[1]?["a~b/c"]?["x"]?.count == 0)
    }

    @Test func integersAcceptExactForms() throws {
        let doc = try JSONDocument.parse(string: "[3, 3.0, 3e0, 3.5, 1e400, -7]")
        #expect(doc.root.elements.map(\.int) == [3, 3, 3, nil, nil, -7])
    }

    @Test func mappedFileMatchesInMemoryParse() throws {
        let path = NSTemporaryDirectory() + "/json-reader-\(getpid()).json"
        let text = "{\n  \"subject\": \"hi\",\n  \"n\": [1, 2, 3]\n}\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        let doc = try JSONDocument.parse(ByteBuffer.readFile(atPath: path))
        #expect(doc.root["subject"]?.string == "hi")
        #expect(doc.root["n"]?[2]?.location == SourceLocation(line: 3, column: 15))
    }

    @Test func missingFileAndDirectoryAreClearErrors() {
        #expect(throws: FileReadError.self) { try ByteBuffer.readFile(atPath: "/nonexistent/x.vcon") }
        do {
            _ = try ByteBuffer.readFile(atPath: "/tmp")
        } catch {
            #expect(error.message == "is a directory")
        }
    }
}
