import VConModel

/// The first line of a SIP message: a request line, a status line, or text that is neither.
public enum SIPStartLine: Sendable, Equatable {
    /// `METHOD Request-URI SIP-Version`; `uri`/`version` are nil when not known (trace entries).
    case request(method: String, uri: String?, version: String?)
    /// `SIP-Version Status-Code Reason-Phrase`; `version` is nil when not known (trace entries).
    case response(version: String?, code: Int, reason: String)
    /// A first line that is neither (kept verbatim so the message is still shown).
    case unrecognized(String)

    /// The line as it would appear on the wire (`INVITE sip:bob@example.com SIP/2.0`, `SIP/2.0 200 OK`).
    public var text: String {
        switch self {
        case let .request(method, uri, version):
            return [method, uri ?? "", version ?? "SIP/2.0"].filter { !$0.isEmpty }.joined(separator: " ")
        case let .response(version, code, reason):
            return "\(version ?? "SIP/2.0") \(code)" + (reason.isEmpty ? "" : " \(reason)")
        case let .unrecognized(line):
            return line
        }
    }

    /// Parses a start line leniently, appending warnings for anything odd.
    static func parse(_ line: String, warnings: inout [SIPWarning]) -> SIPStartLine {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
        guard let first = parts.first else {
            warnings.append(SIPWarning("empty start line"))
            return .unrecognized(line)
        }
        if first.uppercased().hasPrefix("SIP/") {
            guard parts.count >= 2, let code = Int(parts[1]) else {
                warnings.append(SIPWarning("status line without a numeric status code: \(line)"))
                return .unrecognized(line)
            }
            if !(100...699).contains(code) {
                warnings.append(SIPWarning("status code \(code) is outside 100–699"))
            }
            if first != "SIP/2.0" { warnings.append(SIPWarning("unexpected SIP version \(first)")) }
            let reason = parts.count > 2 ? parts[2].sipTrimmed : ""
            return .response(version: first, code: code, reason: reason)
        }
        guard parts.count == 3, parts[2].uppercased().hasPrefix("SIP/") else {
            warnings.append(SIPWarning("start line is neither a request line nor a status line: \(line)"))
            return .unrecognized(line)
        }
        if !first.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.!%*_+`'~".contains($0)) }) {
            warnings.append(SIPWarning("method \(first) is not a SIP token"))
        } else if first != first.uppercased() {
            warnings.append(SIPWarning("method \(first) is not upper case (methods are case-sensitive)"))
        }
        if parts[2] != "SIP/2.0" { warnings.append(SIPWarning("unexpected SIP version \(parts[2])")) }
        return .request(method: first, uri: parts[1], version: parts[2])
    }
}
