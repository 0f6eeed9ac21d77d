import VConModel

/// The header values the ladder needs for every message (Call-ID, CSeq, top Via branch, SDP presence),
/// read once when a `SIPMessage` is made instead of on every access.
struct SIPMessageFacts: Sendable, Equatable {
    let callID: String?
    let cseq: SIPCSeq?
    let topViaBranch: String?
    let hasSDP: Bool

    init(headers: [SIPHeader], body: String) {
        var callID: String?
        var cseqText: String?
        var via: String?
        var contentType: String?
        for header in headers {
            switch header.key {
            case "call-id": if callID == nil { callID = header.value }
            case "cseq": if cseqText == nil { cseqText = header.value }
            case "via": if via == nil { via = header.value }
            case "content-type": if contentType == nil { contentType = header.value }
            default: break
            }
        }
        self.callID = callID
        self.cseq = cseqText.flatMap(SIPCSeq.parse)
        self.topViaBranch = via.flatMap { SIPVia.parse(SIPHeader.firstListValue($0)).branch }
        self.hasSDP = SIPMessageFacts.bodyHasSDP(body: body, contentType: contentType)
    }

    /// Cheap version of `SIPMessage.sdpText != nil`.
    static func bodyHasSDP(body: String, contentType: String?) -> Bool {
        guard body.utf8.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x0A && $0 != 0x09 }) else { return false }
        guard let contentType else { return body.sipTrimmedLines.hasPrefix("v=0") }
        let type = contentType.prefix { $0 != ";" }.sipTrimmed.lowercased()
        if type == "application/sdp" { return true }
        if type.hasPrefix("multipart/") {
            return body.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).contains { $0.sipTrimmedLines == "v=0" }
        }
        return false
    }
}
