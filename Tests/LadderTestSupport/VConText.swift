import Foundation
import VConModel
import VConSIP

/// Small builders for vCon JSON text used as test input (strings escaped by `JSONOutput`), shared by the
/// layout goldens (VConModelTests) and the ladder text goldens (BrowserCoreTests).
public enum VConText {
    /// `"text"` as a JSON string literal.
    public static func quote(_ text: String) -> String { JSONOutput.string(text).render() }

    /// A timestamp `seconds` after 2026-01-15T14:30:00Z.
    public static func at(_ seconds: Double) -> String {
        LadderTime.formatUTC(Date(timeIntervalSince1970: 1_768_487_400 + seconds))
    }

    /// A whole vCon.
    public static func vcon(parties: [String], dialog: [String] = [], attachments: [String]) -> String {
        """
        {"vcon": "0.0.2", "uuid": "018d0000-0000-8000-8000-000000000000", "created_at": "2026-01-15T14:29:00Z",
         "parties": [\(parties.joined(separator: ",\n"))],
         "dialog": [\(dialog.joined(separator: ",\n"))],
         "attachments": [\(attachments.joined(separator: ",\n"))]}
        """
    }

    /// A party object from its fields.
    public static func party(_ fields: [(String, String)]) -> String {
        "{" + fields.map { quote($0.0) + ": " + quote($0.1) }.joined(separator: ", ") + "}"
    }

    /// A recording dialog with the given parties.
    public static func dialog(parties: [Int], start: Double = 0, duration: Double? = nil, extra: String = "") -> String {
        var text = "{\"type\": \"recording\", \"start\": \(quote(at(start))), \"parties\": \(parties)"
        if let duration { text += ", \"duration\": \(duration)" }
        return text + extra + "}"
    }

    /// A `sip-message-trace` attachment with a JSON body.
    public static func trace(_ entries: [String], callID: String = "call-1@example.com", dialog: Int = 0) -> String {
        """
        {"purpose": "sip-message-trace", "dialog": \(dialog), "mediatype": "application/json", "encoding": "json",
         "body": \(traceBody(entries, callID: callID))}
        """
    }

    /// The JSON text of a trace body.
    public static func traceBody(_ entries: [String], callID: String = "call-1@example.com") -> String {
        "{\"version\": \"1.0\", \"call_id\": \(quote(callID)), \"messages\": [\n" + entries.joined(separator: ",\n") + "]}"
    }

    /// One trace entry; `line` is a method (`INVITE`) or a status (`200 OK`).
    public static func entry(
        _ seconds: Double, party: Int?, _ line: String, _ headers: [(String, String)] = [], body: String? = nil,
        direction: String? = nil
    ) -> String {
        var fields = ["\"timestamp\": " + quote(at(seconds))]
        if let direction { fields.append("\"direction\": " + quote(direction)) }
        if let party { fields.append("\"party\": \(party)") }
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        if let code = Int(words[0]) {
            fields.append("\"status_code\": \(code)")
            fields.append("\"status_text\": " + quote(words.count > 1 ? words[1] : ""))
        } else {
            fields.append("\"method\": " + quote(line))
        }
        if !headers.isEmpty {
            fields.append("\"headers\": {" + headers.map { quote($0.0) + ": " + quote($0.1) }.joined(separator: ", ") + "}")
        }
        if let body { fields.append("\"body\": " + quote(body)) }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// Call-ID, CSeq and Via headers for a trace entry.
    public static func ids(
        _ callID: String, _ cseq: String, branch: String?, from: String? = nil, to: String? = nil,
        more: [(String, String)] = []
    ) -> [(String, String)] {
        var headers: [(String, String)] = []
        if let branch { headers.append(("Via", "SIP/2.0/UDP host.example.com;branch=" + branch)) }
        if let from { headers.append(("From", from)) }
        if let to { headers.append(("To", to)) }
        headers.append(("Call-ID", callID))
        headers.append(("CSeq", cseq))
        return headers + more
    }

    /// An individual `message/sip` attachment.
    public static func sipAttachment(
        _ purpose: String, _ seconds: Double?, party: Int?, wire: String, base64: Bool = false, dialog: Int = 0
    ) -> String {
        var fields = ["\"purpose\": " + quote(purpose)]
        if let seconds { fields.append("\"start\": " + quote(at(seconds))) }
        if let party { fields.append("\"party\": \(party)") }
        fields.append("\"dialog\": \(dialog)")
        fields.append("\"mediatype\": \"message/sip\"")
        if base64 {
            fields.append("\"encoding\": \"base64url\", \"body\": " + quote(Base64.urlEncode(Array(wire.utf8))))
        } else {
            fields.append("\"encoding\": \"none\", \"body\": " + quote(wire))
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
