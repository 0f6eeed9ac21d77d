import VConModel

/// Reading individual SIP attachments and decoding bodies leniently.
extension LadderSources {
    /// An individual `message/sip` attachment as a ladder message (never nil: an unreadable one is kept
    /// with warnings).
    public static func message(attachment: Attachment) -> LadderSourceMessage {
        let pointer = "/attachments/\(attachment.index)"
        let purpose = attachment.purpose ?? ""
        var warnings: [SIPWarning] = []
        let hint: String?
        if let known = messagePurposes[purpose] {
            hint = known
        } else {
            hint = nil
            if purpose.hasPrefix("sip-") { warnings.append(SIPWarning("unknown purpose \(purpose), read as a SIP message")) }
        }
        if let type = attachment.content.mediatype, type.lowercased() != "message/sip" {
            warnings.append(SIPWarning("mediatype is \(type), expected message/sip"))
        }
        let body = bodyBytes(attachment)
        warnings += body.warnings
        let message = SIPMessage.parse(bytes: body.bytes)
        if let hint, let method = message.method, method != hint {
            warnings.append(SIPWarning("purpose \(purpose) but the message is a \(method)"))
        } else if purpose == "sip-response", message.isRequest {
            warnings.append(SIPWarning("purpose sip-response but the message is a request"))
        } else if hint != nil, message.isResponse {
            warnings.append(SIPWarning("purpose \(purpose) but the message is a response"))
        }
        let timeText = attachment.start
        let time = timeText.flatMap(LadderTime.parse)
        if let timeText, time == nil { warnings.append(SIPWarning("unreadable start: \(timeText)")) }
        return LadderSourceMessage(
            party: attachment.party, time: time, timeText: timeText, direction: nil, message: message,
            source: pointer, kind: .attachment, methodHint: hint, warnings: warnings)
    }

    /// The body's bytes; a base64url body that is not entirely valid yields the bytes before the first
    /// bad character, with a warning (the draft's own examples end in `...`).
    static func bodyBytes(_ attachment: Attachment) -> (bytes: [UInt8], warnings: [SIPWarning]) {
        let content = attachment.content
        if attachment.json["url"] != nil && content.body == nil {
            return ([], [SIPWarning("external body (url) is not fetched; nothing to show")])
        }
        switch content.decodedBytes() {
        case .success(let bytes):
            return (bytes, [])
        case .failure(let error):
            guard content.effectiveEncoding == .base64url, let text = content.body?.stringBytes else {
                return ([], [SIPWarning(error.message)])
            }
            let valid = text.prefix { byte in
                byte.isBase64URL || byte == UInt8(ascii: "=") || byte == 0x0A || byte == 0x0D || byte == 0x20
            }
            var usable = Array(valid.filter { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != UInt8(ascii: "=") })
            usable.removeLast(usable.count % 4 == 1 ? 1 : 0)
            guard case .success(let decoded) = Base64.decode(usable) else { return ([], [SIPWarning(error.message)]) }
            return (decoded.bytes, [SIPWarning("\(error.message); showing the \(decoded.bytes.count) bytes before it")])
        }
    }

    /// The body as text (invalid UTF-8 replaced, with a warning).
    static func bodyText(_ attachment: Attachment) -> (text: String, warnings: [SIPWarning]) {
        let body = bodyBytes(attachment)
        if let text = String(validating: body.bytes, as: UTF8.self) { return (text, body.warnings) }
        return (String(decoding: body.bytes, as: UTF8.self), body.warnings + [SIPWarning("body is not valid UTF-8")])
    }
}

extension UInt8 {
    /// A character of either base64 alphabet.
    fileprivate var isBase64URL: Bool {
        (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || (self >= 0x30 && self <= 0x39)
            || self == UInt8(ascii: "-") || self == UInt8(ascii: "_") || self == UInt8(ascii: "+")
            || self == UInt8(ascii: "/")
    }
}
