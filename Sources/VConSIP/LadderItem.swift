import Foundation
import VConModel

/// A message being laid out: its merged sources and the facts the inference steps need, computed once.
///
/// A class so the many look-ups of the layout steps do not copy a twenty-field value each time.
final class LadderItem {
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
    /// The Call-ID used for grouping (own, else trace `call_id`, else dialog `sip_call_id`); set after merging.
    var callID: String?
    /// Index of `callID` in `LadderLayout.callIDs`; set after merging.
    var callGroup: Int?
    /// The top Via branch as a small number (equal branches, equal numbers); set after merging.
    var branchID: Int?

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
        refreshLabelKey()
    }

    /// Raw header values and the Request-URI that say where the message goes (read by `receiverByURI`).
    private(set) lazy var addressing: (route: String?, requestURI: String?, to: String?, from: String?) = (
        message.value(forKey: "route").map(SIPHeader.firstListValue), message.requestURI,
        message.value(forKey: "to"), message.value(forKey: "from")
    )

    static func facts(of message: SIPMessage) -> (String?, Int?, SIPCSeq?, String?, String?, Bool) {
        (message.method, message.statusCode, message.cseq, message.topViaBranch, message.callID, message.hasSDP)
    }

    /// Replaces the message (when a richer copy is merged in) and refreshes the facts. Merging happens
    /// before the lazy `wireText` and `addressing` are first read, so they see the final message.
    func replaceMessage(_ newMessage: SIPMessage) {
        message = newMessage
        (method, status, cseq, branch, ownCallID, hasOwnSDP) = LadderItem.facts(of: newMessage)
        refreshLabelKey()
    }

    /// `M:INVITE`, `S:200`, or `?` — what must be equal for two sources to be the same message.
    private(set) var labelKey: String = "?"

    /// The message text, compared to tell retransmissions.
    private(set) lazy var wireText: String = message.wireText

    /// Sets the purpose-derived method (from a merged attachment).
    func setMethodHint(_ hint: String) {
        methodHint = hint
        refreshLabelKey()
    }

    private func refreshLabelKey() {
        if let method {
            labelKey = "M:" + method
        } else if let status {
            labelKey = "S:" + String(status)
        } else if let methodHint {
            labelKey = "M:" + methodHint
        } else {
            labelKey = "?"
        }
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
