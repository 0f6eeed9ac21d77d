import VConModel

/// Typed access to the start line and the common headers.
extension SIPMessage {
    /// Whether the start line is a request line.
    public var isRequest: Bool {
        if case .request = startLine { return true }
        return false
    }

    /// Whether the start line is a status line.
    public var isResponse: Bool {
        if case .response = startLine { return true }
        return false
    }

    /// The request method (`INVITE`), or nil for responses.
    public var method: String? {
        if case let .request(method, _, _) = startLine { return method }
        return nil
    }

    /// The Request-URI, or nil for responses and for requests built without one.
    public var requestURI: String? {
        if case let .request(_, uri, _) = startLine { return uri }
        return nil
    }

    /// The status code, or nil for requests.
    public var statusCode: Int? {
        if case let .response(_, code, _) = startLine { return code }
        return nil
    }

    /// The reason phrase, or nil for requests.
    public var reasonPhrase: String? {
        if case let .response(_, _, reason) = startLine { return reason }
        return nil
    }

    /// All headers with this name (any spelling, compact forms included), in order.
    public func headers(named name: String) -> [SIPHeader] {
        let key = SIPHeaderName.key(name)
        return headers.filter { $0.key == key }
    }

    /// The first value of a header, or nil when absent.
    public func header(_ name: String) -> String? {
        value(forKey: SIPHeaderName.key(name))
    }

    /// The first value of a header by lowercased canonical name (no name normalisation: hot paths).
    func value(forKey key: String) -> String? {
        headers.first { $0.key == key }?.value
    }

    /// Every value of a header across all its lines, list headers split at top-level commas.
    public func values(of name: String) -> [String] {
        headers(named: name).flatMap(\.values)
    }

    /// `Call-ID` (or `i`).
    public var callID: String? { facts.callID }

    /// Parsed `CSeq`, or nil when absent or unreadable.
    public var cseq: SIPCSeq? { facts.cseq }

    /// Parsed `From` (or `f`).
    public var from: SIPNameAddress? { value(forKey: "from").map(SIPNameAddress.parse) }

    /// Parsed `To` (or `t`).
    public var to: SIPNameAddress? { value(forKey: "to").map(SIPNameAddress.parse) }

    /// Every `Via` value, topmost first.
    public var vias: [SIPVia] { values(of: "Via").map(SIPVia.parse) }

    /// The `branch` of the topmost `Via`, which names the transaction (RFC 3261 §17.1.3).
    public var topViaBranch: String? { facts.topViaBranch }

    /// Every `Contact` value (`*` appears as a value whose URI is `*`).
    public var contacts: [SIPNameAddress] { values(of: "Contact").map(SIPNameAddress.parse) }

    /// `User-Agent`.
    public var userAgent: String? { header("User-Agent") }

    /// `Server` (what responses carry instead of `User-Agent`).
    public var server: String? { header("Server") }

    /// The media type of `Content-Type` (or `c`), lowercased, without parameters: `application/sdp`.
    public var contentType: String? {
        value(forKey: "content-type").map {
            $0.prefix { $0 != ";" }.sipTrimmed.lowercased()
        }
    }

    /// `Content-Length` (or `l`) as a number, nil when absent or not a number.
    public var contentLength: Int? { value(forKey: "content-length").flatMap { Int($0) } }

    /// Whether the body is (or contains) an SDP session description.
    public var hasSDP: Bool { facts.hasSDP }

    /// The SDP text of the body: the whole body for `application/sdp`, the SDP part of a multipart body,
    /// or a body without `Content-Type` that starts with `v=0`.
    public var sdpText: String? {
        let trimmed = body.sipTrimmedLines
        if trimmed.isEmpty { return nil }
        switch contentType {
        case "application/sdp"?:
            return body
        case let type? where type.hasPrefix("multipart/"):
            // The SDP part runs from its `v=0` line to the next boundary line (`--…`).
            let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            guard let start = lines.firstIndex(where: { $0.sipTrimmedLines == "v=0" }) else { return nil }
            let end = lines[start...].firstIndex(where: { $0.hasPrefix("--") }) ?? lines.endIndex
            return lines[start..<end].map { $0.sipTrimmedLines }.joined(separator: "\r\n") + "\r\n"
        case nil:
            return trimmed.hasPrefix("v=0") ? body : nil
        default:
            return nil
        }
    }

    /// The parsed SDP body, or nil when there is none.
    public var sdp: SDPSession? { sdpText.map(SDPSession.parse) }
}
