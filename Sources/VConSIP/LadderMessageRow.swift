import Foundation
import VConModel

/// One SIP message laid out on the ladder: endpoints, label, timing and grouping, no geometry.
public struct LadderMessageRow: Sendable {
    /// Position among `LadderLayout.messages` (file order, duplicates merged).
    public let index: Int
    /// JSON Pointers of every source of this message; the first is where it sits in file order.
    public let sources: [String]
    /// The message itself (for the raw pane).
    public let message: SIPMessage
    /// SDP text from a matched `sip-sdp` attachment when the message has no SDP body of its own.
    public let attachedSDP: String?
    /// When it was sent or received, if known.
    public let time: Date?
    /// The timestamp as written, if any.
    public let timeText: String?
    /// Seconds since the previous message that has a time; negative when out of order; nil for the first.
    public let delta: TimeInterval?
    /// Trace `direction`, if given.
    public let direction: LadderMessageDirection?
    /// The sender.
    public let from: LadderEndpoint
    /// The receiver.
    public let to: LadderEndpoint
    /// `INVITE (SDP)`, `180 Ringing`, `200 OK (SDP)`; unsanitised.
    public let label: String
    /// Whether the message carries SDP (in its body or from a matched `sip-sdp` attachment).
    public let hasSDP: Bool
    /// The Call-ID used for grouping (the header, else the trace `call_id`, else the dialog `sip_call_id`).
    public let callID: String?
    /// Index into `LadderLayout.callIDs`, or nil without a Call-ID.
    public let callGroup: Int?
    /// Transaction number (0-based, in order of first appearance), or nil when neither CSeq nor branch is known.
    public let transaction: Int?
    /// Index of the message this one repeats, or nil.
    public let retransmissionOf: Int?
    /// On an original: how many later messages repeat it (a renderer shows `×(n+1)` when collapsed).
    public let retransmissionCount: Int
    /// 4, 5 or 6 for 4xx–6xx responses, else nil.
    public let errorClass: Int?
    /// Parse, source and layout warnings, in that order.
    public let warnings: [SIPWarning]

    /// Whether a party sent the message to itself (a self-arrow); `?` to `?` is not a self-message.
    public var isSelf: Bool { from.lane == to.lane && from.party != nil }

    /// Whether either end was inferred.
    public var isInferred: Bool { from.isInferred || to.isInferred }

    /// The SDP that applies: the body's, else the matched attachment's.
    public var sdp: SDPSession? { message.sdp ?? attachedSDP.map(SDPSession.parse) }
}

/// An event laid out on the ladder's time line.
public struct LadderEventRow: Sendable, Equatable {
    /// Position among `LadderLayout.events`.
    public let index: Int
    /// The event as given.
    public let event: LadderEvent
    /// The lane of the party concerned, or nil (a renderer draws such events across all lanes).
    public let lane: Int?
    /// Warnings (party out of range).
    public let warnings: [SIPWarning]
}

/// One row of the ladder in display order.
public enum LadderRow: Sendable, Equatable {
    /// `LadderLayout.messages[index]`.
    case message(Int)
    /// `LadderLayout.events[index]`.
    case event(Int)
}
