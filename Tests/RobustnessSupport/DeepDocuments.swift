/// Documents nested thousands of levels deep, placed where each JSON walker looks.
///
/// The reader is iterative and accepts 100 000 levels, so everything behind it must cope with
/// 10 000: walk iteratively, or stop at a depth cap and say so.
public enum DeepDocuments {
    /// The default depth of the tests.
    public static let depth = 10_000

    /// `[[[…0…]]]` or `{"a":{"a":…0…}}`, `depth` levels.
    public static func nested(_ depth: Int = depth, object: Bool) -> String {
        HostileTokens.deepBrackets(depth, object: object, closed: true)
    }

    /// Named documents: the bare nest, and vCons carrying it in every place a walker visits.
    public static func all(depth: Int = depth) -> [(name: String, text: String)] {
        let arrays = nested(depth, object: false)
        let objects = nested(depth, object: true)
        let head = #""vcon":"0.4.0","uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2024-01-15T10:00:00Z""#
        return [
            ("top-level array", arrays),
            ("top-level object", objects),
            ("unknown member", "{\(head),\"x\":\(arrays)}"),
            ("party", "{\(head),\"parties\":[{\"name\":\"A\",\"x\":\(objects)}]}"),
            (
                "dialog body (json)",
                "{\(head),\"parties\":[{\"name\":\"A\"}],\"dialog\":[{\"type\":\"text\",\"parties\":[0],\"start\":\"2024-01-15T10:00:00Z\",\"encoding\":\"json\",\"mediatype\":\"application/json\",\"body\":\(arrays)}]}"
            ),
            ("analysis body", "{\(head),\"analysis\":[{\"type\":\"transcript\",\"encoding\":\"json\",\"body\":\(objects)}]}"),
            (
                "sip trace body",
                "{\(head),\"attachments\":[{\"purpose\":\"sip-message-trace\",\"encoding\":\"json\",\"body\":{\"messages\":[{\"method\":\"INVITE\",\"headers\":\(objects)}]}}]}"
            ),
            ("attachment body", "{\(head),\"attachments\":[{\"purpose\":\"x\",\"encoding\":\"json\",\"body\":\(arrays)}]}"),
            ("redacted", "{\(head),\"redacted\":{\"uuid\":\"u\",\"body\":\(objects)}}"),
            ("group", "{\(head),\"group\":[{\"uuid\":\"g\",\"body\":\(arrays)}]}"),
            ("parties array", "{\(head),\"parties\":\(arrays)}"),
            ("dialog parties", "{\(head),\"dialog\":[{\"type\":\"text\",\"parties\":\(arrays)}]}"),
            ("jws header", "{\"payload\":\"e30\",\"signatures\":[{\"protected\":\"e30\",\"signature\":\"AA\",\"header\":\(objects)}]}"),
        ]
    }

    /// A vCon whose `redacted` references hold inline vCons nested `levels` deep (each a vCon with its own `redacted`).
    public static func inlineChain(levels: Int) -> String {
        var text = ""
        for level in 0..<levels {
            text += #"{"vcon":"0.0.2","uuid":"u\#(level)","redacted":{"uuid":"u\#(level + 1)","type":"application/json","body":"#
        }
        text += #"{"vcon":"0.0.2","uuid":"leaf"}"#
        text += String(repeating: "}}", count: levels)
        return text
    }
}
