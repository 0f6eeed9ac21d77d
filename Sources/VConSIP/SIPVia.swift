import VConModel

/// One `Via` value: protocol, sent-by and parameters (RFC 3261 §20.42).
public struct SIPVia: Sendable, Equatable {
    /// `SIP/2.0/UDP` and similar.
    public let sentProtocol: String
    /// `host[:port]`.
    public let sentBy: String
    /// The `branch` parameter, if any.
    public let branch: String?

    /// Parses `SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776`; lenient.
    public static func parse(_ text: String) -> SIPVia {
        let head = text.prefix { $0 != ";" }
        let params = SIPNameAddress.parseParameters(text.dropFirst(head.count))
        let words = head.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return SIPVia(
            sentProtocol: words.first ?? "",
            sentBy: words.dropFirst().joined(separator: " "),
            branch: params.first { $0.name == "branch" }?.value ?? nil)
    }
}
