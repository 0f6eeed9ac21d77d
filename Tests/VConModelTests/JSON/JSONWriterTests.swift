import Testing

@testable import VConModel

/// The JSON writer of the reports (`--json` output): unsafe text always escaped, stable member order.
@Suite struct JSONWriterTests {
    @Test func writerEscapesEverythingUnsafe() {
        let out = JSONOutput.object([("a", .string("x\u{1b}[31m\u{202E}\u{85}\"\n")), ("b", .array([.int(1), .null, .bool(true)]))])
        #expect(out.render() == #"{"a":"x\u001b[31m\u202e\u0085\"\n","b":[1,null,true]}"#)
        #expect(
            out.render(indent: 2) == "{\n  \"a\": \"x\\u001b[31m\\u202e\\u0085\\\"\\n\",\n  \"b\": [\n    1,\n    null,\n    true\n  ]\n}")
    }
}
