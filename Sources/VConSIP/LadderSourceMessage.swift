import Foundation
import VConModel

/// `direction` of a trace entry: from the point of view of the vCon producer (SIP signaling draft §6.2.1).
public enum LadderMessageDirection: String, Sendable, Equatable {
    case sent, received
}

/// Where a message came from, which decides how duplicates are merged.
public enum LadderSourceKind: String, Sendable, Equatable {
    /// An entry of a `sip-message-trace` attachment.
    case traceEntry
    /// An individual `message/sip` attachment (`sip-invite`, `sip-response`, …).
    case attachment
}

/// One SIP message handed to the layout, with what its source says about sender and time.
public struct LadderSourceMessage: Sendable {
    /// The sending party's index as given by the source (may be out of range; the layout checks).
    public var party: Int?
    /// The parsed timestamp, or nil when absent or unreadable.
    public var time: Date?
    /// The timestamp as written, if any.
    public var timeText: String?
    /// Trace `direction`, if any.
    public var direction: LadderMessageDirection?
    /// The message (wire text parsed, or built from trace fields).
    public var message: SIPMessage
    /// JSON Pointer of the source, e.g. `/attachments/3` or `/attachments/0/body/messages/2`.
    public var source: String
    /// Trace entry or individual attachment.
    public var kind: LadderSourceKind
    /// The trace's `call_id`, used when the message itself carries no `Call-ID`.
    public var callIDHint: String?
    /// The method named by the attachment purpose (`INVITE` for `sip-invite`), used to label a message
    /// whose start line cannot be read.
    public var methodHint: String?
    /// Problems found in the source itself (unreadable timestamp, bad base64url, purpose mismatch).
    public var warnings: [SIPWarning]

    /// Creates a source message.
    public init(
        party: Int?, time: Date?, timeText: String? = nil, direction: LadderMessageDirection? = nil,
        message: SIPMessage, source: String, kind: LadderSourceKind, callIDHint: String? = nil,
        methodHint: String? = nil, warnings: [SIPWarning] = []
    ) {
        self.party = party
        self.time = time
        self.timeText = timeText
        self.direction = direction
        self.message = message
        self.source = source
        self.kind = kind
        self.callIDHint = callIDHint
        self.methodHint = methodHint
        self.warnings = warnings
    }
}
