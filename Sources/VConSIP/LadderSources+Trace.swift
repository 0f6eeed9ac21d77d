import VConModel

/// Reading `sip-message-trace` attachments (SIP signaling draft §6.2.1).
extension LadderSources {
    /// The entries of a trace attachment; the body may be JSON, or a string or base64url body holding JSON.
    ///
    /// Entry sources are `/attachments/N/body/messages/i` (for a string body, a pointer into the decoded JSON).
    public static func traceMessages(attachment: Attachment) -> (messages: [LadderSourceMessage], warnings: [SIPWarning]) {
        let pointer = "/attachments/\(attachment.index)"
        guard let trace = attachment.content.jsonValue() else {
            let reason: String
            if attachment.content.body == nil {
                reason = "has no inline body"
            } else if case .failure(let error) = attachment.content.decodedBytes() {
                reason = "body cannot be decoded: \(error.message)"
            } else {
                reason = "body is not JSON"
            }
            return ([], [SIPWarning("\(pointer): sip-message-trace \(reason); its messages cannot be shown")])
        }
        return traceMessages(trace: trace, source: pointer + "/body")
    }

    /// The entries of a trace object (`{"version", "call_id", "messages": [...]}`).
    public static func traceMessages(trace: JSONValue, source: String) -> (messages: [LadderSourceMessage], warnings: [SIPWarning]) {
        var warnings: [SIPWarning] = []
        guard trace.isObject else {
            return ([], [SIPWarning("\(source): sip-message-trace body is not a JSON object")])
        }
        if let version = trace["version"]?.string, version != "1.0" {
            warnings.append(SIPWarning("\(source): trace version \(version), expected 1.0"))
        }
        let callID = trace["call_id"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        if callID == nil { warnings.append(SIPWarning("\(source): trace has no call_id")) }
        guard let list = trace["messages"], list.isArray else {
            warnings.append(SIPWarning("\(source): trace has no messages array"))
            return ([], warnings)
        }
        var messages: [LadderSourceMessage] = []
        for (position, entry) in list.elements.enumerated() {
            let entrySource = "\(source)/messages/\(position)"
            guard entry.isObject else {
                warnings.append(SIPWarning("\(entrySource): trace entry is not an object; skipped"))
                continue
            }
            messages.append(traceEntry(entry, source: entrySource, callID: callID))
        }
        return (messages, warnings)
    }

    /// One trace entry as a message built from its parts.
    static func traceEntry(_ entry: JSONValue, source: String, callID: String?) -> LadderSourceMessage {
        var warnings: [SIPWarning] = []
        let method = entry["method"]?.string
        let status = entry["status_code"]?.int
        if entry["status_code"] != nil && status == nil { warnings.append(SIPWarning("status_code is not an integer")) }
        let startLine: SIPStartLine
        if let status {
            if method != nil { warnings.append(SIPWarning("entry has both method and status_code")) }
            if !(100...699).contains(status) { warnings.append(SIPWarning("status code \(status) is outside 100–699")) }
            startLine = .response(version: nil, code: status, reason: entry["status_text"]?.string ?? "")
        } else if let method {
            startLine = .request(method: method, uri: nil, version: nil)
        } else {
            warnings.append(SIPWarning("entry has neither method nor status_code"))
            startLine = .unrecognized("")
        }
        var headers: [SIPHeader] = []
        if let object = entry["headers"] {
            if object.isObject {
                for (name, value) in object.members {
                    if let text = value.string {
                        headers.append(SIPHeader(name: name, value: text))
                    } else if value.isArray {
                        for item in value.elements {
                            if let text = item.string {
                                headers.append(SIPHeader(name: name, value: text))
                            } else {
                                warnings.append(SIPWarning("header \(name) has a value that is not a string"))
                            }
                        }
                    } else {
                        headers.append(SIPHeader(name: name, value: value.numberText ?? value.rawText))
                        if value.numberText == nil { warnings.append(SIPWarning("header \(name) is not a string")) }
                    }
                }
            } else {
                warnings.append(SIPWarning("headers is not an object"))
            }
        }
        var body = entry["body"]?.string ?? ""
        if let encoding = entry["body_encoding"]?.string {
            if encoding == "base64url" {
                switch Base64.decode(Array(body.utf8)) {
                case .success(let decoded): body = String(decoding: decoded.bytes, as: UTF8.self)
                case .failure(let error): warnings.append(SIPWarning("body is not base64url: \(error.message)"))
                }
            } else {
                warnings.append(SIPWarning("unknown body_encoding \(encoding)"))
            }
        }
        let timeText = entry["timestamp"]?.string
        let time = timeText.flatMap(LadderTime.parse)
        if let timeText, time == nil { warnings.append(SIPWarning("unreadable timestamp: \(timeText)")) }
        if timeText == nil { warnings.append(SIPWarning("entry has no timestamp")) }
        let directionText = entry["direction"]?.string
        let direction = directionText.flatMap(LadderMessageDirection.init(rawValue:))
        if let directionText, direction == nil { warnings.append(SIPWarning("direction \(directionText) is neither sent nor received")) }
        let partyValue = entry["party"]
        let party = partyValue?.int
        if let partyValue, party == nil, !partyValue.isNull { warnings.append(SIPWarning("party is not an integer")) }
        return LadderSourceMessage(
            party: party, time: time, timeText: timeText, direction: direction,
            message: SIPMessage(startLine: startLine, headers: headers, body: body), source: source,
            kind: .traceEntry, callIDHint: callID, warnings: warnings)
    }
}
