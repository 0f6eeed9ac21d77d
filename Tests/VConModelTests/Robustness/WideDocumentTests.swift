import RobustnessSupport
import Testing
import VConModel

/// Thousands of items in one array or object, on one line (minified): what made per-item work quadratic.
@Suite("Robustness: wide documents")
struct WideDocumentTests {
    static let head = #""vcon":"0.4.0","uuid":"u","created_at":"2024-01-15T10:00:00Z""#
    static let count = 2_000

    /// A group of inline vCons, a dialog naming every party, many dialogs, a long trace, duplicate keys.
    static let documents: [(name: String, text: String)] = [
        (
            "group inline",
            "{\(head),\"group\":["
                + (0..<count).map { "{\"uuid\":\"g\($0)\",\"body\":{\"vcon\":\"0.4.0\",\"uuid\":\"g\($0)\"}}" }.joined(separator: ",")
                + "]}"
        ),
        (
            "parties",
            "{\(head),\"parties\":[" + (0..<count).map { "{\"name\":\"p\($0)\"}" }.joined(separator: ",")
                + "],\"dialog\":[{\"type\":\"text\",\"parties\":[" + (0..<count).map(String.init).joined(separator: ",") + "]}]}"
        ),
        (
            "dialogs",
            "{\(head),\"parties\":[{\"name\":\"a\"}],\"dialog\":["
                + (0..<count).map { _ in "{\"type\":\"recording\",\"duration\":1,\"parties\":[7]}" }.joined(separator: ",") + "]}"
        ),
        (
            "trace",
            "{\(head),\"parties\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"attachments\":[{\"purpose\":\"sip-message-trace\",\"encoding\":\"json\",\"body\":{\"messages\":["
                + (0..<count).map {
                    "{\"timestamp\":\"2026-01-15T14:30:00Z\",\"party\":\($0 % 3),\"method\":\"INVITE\",\"headers\":{\"Call-ID\":\"c\($0 % 7)\"}}"
                }.joined(separator: ",") + "]}}]}"
        ),
        ("duplicate keys", "{\(head)," + (0..<count).map { _ in "\"x\":1" }.joined(separator: ",") + "}"),
    ]

    /// Regression: findings and the library took seconds for 3 000 items (pointers walked every earlier sibling,
    /// columns were counted from the start of the one line, inline members were found by a list search).
    @Test("every wide document through the model pipeline")
    func pipeline() {
        for (name, text) in Self.documents {
            let outcome = ModelPipeline().run(Array(text.utf8))
            #expect(outcome.problems.isEmpty, "\(name)")
            #expect(outcome.file != nil, "\(name)")
        }
    }

    @Test("pointers into a big array and object, found through the cached children, are exact")
    func pointers() throws {
        let document = try JSONDocument.parse(string: Self.documents[2].text)
        let dialog = try #require(document.root["dialog"])
        for (position, item) in dialog.elements.enumerated() where position % 97 == 0 || position == Self.count - 1 {
            #expect(item.pointer == "/dialog/\(position)")
            #expect(item["parties"]?[0]?.pointer == "/dialog/\(position)/parties/0")
        }
        let duplicates = try JSONDocument.parse(string: Self.documents[4].text)
        #expect(duplicates.root.members.last?.value.pointer == "/x")
        #expect(duplicates.pointer(to: 0).isEmpty)
    }

    @Test("line:column on one long line with multi-byte text matches counting from the line start")
    func columns() throws {
        let line = (0..<3_000).map { "\"é\($0)漢\":\($0)" }.joined(separator: ",")
        let text = "{\n" + line + "}\n"
        let document = try JSONDocument.parse(string: text)
        let bytes = Array(text.utf8)
        for offset in Swift.stride(from: 0, to: bytes.count, by: 997) + [bytes.count, bytes.count + 5] {
            let clamped = min(offset, bytes.count)
            let lineStart = (bytes[..<clamped].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let column = 1 + bytes[lineStart..<clamped].filter { $0 & 0xC0 != 0x80 }.count
            let line = 1 + bytes[..<clamped].filter { $0 == 0x0A }.count
            #expect(document.location(ofByte: offset) == SourceLocation(line: line, column: column), "offset \(offset)")
        }
    }
}
