import VConModel

/// A SIP request or response (RFC 3261 §7), read leniently: oddities are `warnings`, never errors.
///
/// Built either by `parse(_:)` from wire text, or from parts (a trace entry that lists the method,
/// status and selected headers); `raw` tells the two apart.
public struct SIPMessage: Sendable, Equatable {
    /// The request line or status line.
    public let startLine: SIPStartLine
    /// Header fields in order; a list header written on several lines appears several times.
    public let headers: [SIPHeader]
    /// The body as text (invalid UTF-8 replaced by U+FFFD, with a warning); empty when there is none.
    public let body: String
    /// The wire text this was parsed from, or nil when built from parts.
    public let raw: String?
    /// Everything odd found while reading, in plain words.
    public let warnings: [SIPWarning]
    /// Values the ladder reads for every message, computed once.
    let facts: SIPMessageFacts

    /// Creates a message from parts (no wire text); `warnings` are kept as given.
    public init(startLine: SIPStartLine, headers: [SIPHeader], body: String = "", warnings: [SIPWarning] = []) {
        self.startLine = startLine
        self.headers = headers
        self.body = body
        self.raw = nil
        self.warnings = warnings
        self.facts = SIPMessageFacts(headers: headers, body: body)
    }

    init(startLine: SIPStartLine, headers: [SIPHeader], body: String, raw: String?, warnings: [SIPWarning]) {
        self.startLine = startLine
        self.headers = headers
        self.body = body
        self.raw = raw
        self.warnings = warnings
        self.facts = SIPMessageFacts(headers: headers, body: body)
    }

    /// A copy with more warnings appended.
    public func addingWarnings(_ more: [SIPWarning]) -> SIPMessage {
        SIPMessage(startLine: startLine, headers: headers, body: body, raw: raw, warnings: warnings + more, facts: facts)
    }

    private init(
        startLine: SIPStartLine, headers: [SIPHeader], body: String, raw: String?, warnings: [SIPWarning],
        facts: SIPMessageFacts
    ) {
        self.startLine = startLine
        self.headers = headers
        self.body = body
        self.raw = raw
        self.warnings = warnings
        self.facts = facts
    }

    /// The text as it would be on the wire: `raw` when known, else start line, headers and body with CRLF.
    public var wireText: String {
        if let raw { return raw }
        var lines = [startLine.text]
        lines += headers.map { "\($0.name): \($0.value)" }
        return lines.joined(separator: "\r\n") + "\r\n\r\n" + body
    }
}
