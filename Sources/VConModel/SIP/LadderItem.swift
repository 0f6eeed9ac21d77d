import Foundation

/// A message being laid out: its merged sources and the facts the inference steps need, computed once.
struct LadderItem {
    var sources: [String]
    var kind: LadderSourceKind
    var message: SIPMessage
    var party: Int?
    var time: Date?
    var timeText: String?
    var direction: LadderMessageDirection?
    var methodHint: String?
    var warnings: [SIPWarning]
    var attachedSDP: String?
    var callIDHint: String?

    // Facts from the message.
    var method: String?
    var status: Int?
    var cseq: SIPCSeq?
    var branch: String?
    var ownCallID: String?
    var hasOwnSDP: Bool

    init(_ source: LadderSourceMessage) {
        sources = [source.source]
        kind = source.kind
        party = source.party
        time = source.time
        timeText = source.timeText
        direction = source.direction
        methodHint = source.methodHint
        warnings = source.warnings
        callIDHint = source.callIDHint
        message = source.message
        (method, status, cseq, branch, ownCallID, hasOwnSDP) = LadderItem.facts(of: source.message)
    }

    static func facts(of message: SIPMessage) -> (String?, Int?, SIPCSeq?, String?, String?, Bool) {
        (message.method, message.statusCode, message.cseq, message.topViaBranch, message.callID, message.hasSDP)
    }

    /// Replaces the message (when a richer copy is merged in) and refreshes the facts.
    mutating func replaceMessage(_ newMessage: SIPMessage) {
        message = newMessage
        (method, status, cseq, branch, ownCallID, hasOwnSDP) = LadderItem.facts(of: newMessage)
    }

    /// `M:INVITE`, `S:200`, or `?` — what must be equal for two sources to be the same message.
    var labelKey: String {
        if let method { return "M:" + method }
        if let status { return "S:" + String(status) }
        if let methodHint { return "M:" + methodHint }
        return "?"
    }

    /// The method the message's transaction is about: CSeq method, else the request method.
    var transactionMethod: String? { cseq?.method ?? method }

    /// The row label: method or status and reason, `(SDP)` when it carries SDP.
    var label: String {
        var text: String
        switch message.startLine {
        case let .request(method, _, _):
            text = method
        case let .response(_, code, reason):
            text = reason.isEmpty ? String(code) : "\(code) \(reason)"
        case .unrecognized:
            text = methodHint.map { $0 + "?" } ?? "?"
        }
        if hasOwnSDP || attachedSDP != nil { text += " (SDP)" }
        return text
    }
}
