import Foundation
import VConModel

/// What happened at a point on the ladder's time line besides a SIP message.
public enum LadderEventKind: Sendable, Equatable, Hashable {
    case dialogStart, dialogEnd
    /// `party_history` events.
    case join, drop, hold, unhold, mute, unmute
    /// A `transfer` dialog (or a REFER seen as a transfer).
    case transfer
    /// A `sip-sdp` attachment that matched no message.
    case sdp
    /// Any other `party_history` event, with its name as written.
    case other(String)

    /// Stable name for goldens and JSON: `dialog-start`, `join`, `other:name`.
    public var name: String {
        switch self {
        case .dialogStart: return "dialog-start"
        case .dialogEnd: return "dialog-end"
        case .join: return "join"
        case .drop: return "drop"
        case .hold: return "hold"
        case .unhold: return "unhold"
        case .mute: return "mute"
        case .unmute: return "unmute"
        case .transfer: return "transfer"
        case .sdp: return "sdp"
        case let .other(name): return "other:" + name
        }
    }

    /// The kind for a `party_history` event name (`join`, `drop`, `hold`, `unhold`, `mute`, `unmute`).
    public static func partyHistory(_ event: String) -> LadderEventKind {
        switch event {
        case "join": return .join
        case "drop": return .drop
        case "hold": return .hold
        case "unhold": return .unhold
        case "mute": return .mute
        case "unmute": return .unmute
        default: return .other(event)
        }
    }
}

/// An event placed on the ladder's time line among the messages.
public struct LadderEvent: Sendable, Equatable {
    /// When it happened; events without a time go after every message.
    public var time: Date?
    /// What happened.
    public var kind: LadderEventKind
    /// The party concerned, if any (may be out of range; the layout checks).
    public var party: Int?
    /// Short plain text (`transferor 0 → target 2`, `audio 49170 RTP/AVP PCMU`); unsanitised.
    public var detail: String?
    /// JSON Pointer of the source, e.g. `/dialog/0` or `/dialog/0/party_history/2`.
    public var source: String

    /// Creates an event.
    public init(time: Date?, kind: LadderEventKind, party: Int? = nil, detail: String? = nil, source: String) {
        self.time = time
        self.kind = kind
        self.party = party
        self.detail = detail
        self.source = source
    }
}

/// A `sip-sdp` attachment: SDP sent by a party at a time, matched to a message by the layout.
public struct LadderSDPAttachment: Sendable, Equatable {
    /// Sending party from the attachment's `party`.
    public var party: Int?
    /// Attachment `start`.
    public var time: Date?
    /// The SDP text.
    public var text: String
    /// JSON Pointer of the attachment.
    public var source: String

    /// Creates an SDP attachment.
    public init(party: Int?, time: Date?, text: String, source: String) {
        self.party = party
        self.time = time
        self.text = text
        self.source = source
    }
}
