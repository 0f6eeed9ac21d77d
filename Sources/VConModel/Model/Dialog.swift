/// Which parties a dialog involves: one index, a list, or per-channel lists (`[[0],[1]]`, nulls allowed).
public enum DialogParties: Sendable, Equatable {
    case none
    case single(Int)
    case list([Int?])
    case channels([[Int]])

    init(_ value: JSONValue?) {
        guard let value, !value.isNull else { self = .none; return }
        if let single = value.int { self = .single(single); return }
        guard value.isArray else { self = .none; return }
        let elements = value.elements
        if elements.contains(where: \.isArray) {
            self = .channels(elements.map { $0.isArray ? $0.elements.compactMap(\.int) : ($0.int.map { [$0] } ?? []) })
        } else {
            self = .list(elements.map(\.int))
        }
    }

    /// Every party index mentioned, in order, without repeats.
    public var all: [Int] {
        let flat: [Int]
        switch self {
        case .none: flat = []
        case .single(let one): flat = [one]
        case .list(let list): flat = list.compactMap { $0 }
        case .channels(let channels): flat = channels.flatMap { $0 }
        }
        var seen = Set<Int>()
        return flat.filter { seen.insert($0).inserted }
    }
}

/// One event of `party_history`: a join, drop, hold, mute, key press…
public struct PartyEvent: Sendable {
    public let json: JSONValue
    public var party: Int? { json["party"]?.int }
    public var time: String? { json["time"]?.string }
    public var event: String? { json["event"]?.string }
}

/// One segment of the conversation (`dialog[i]`): recording, text, transfer, incomplete, recording-set.
public struct Dialog: Sendable {
    public let index: Int
    public let json: JSONValue

    public var type: String? { json["type"]?.string }
    public var start: String? { json["start"]?.string }
    public var duration: Double? { json["duration"]?.double }
    public var parties: DialogParties { DialogParties(json["parties"]) }
    public var originator: Int? { json["originator"]?.int }
    public var content: Content { Content(owner: json) }
    public var disposition: String? { json["disposition"]?.string }
    public var partyHistory: [PartyEvent] { json["party_history"]?.elements.map(PartyEvent.init(json:)) ?? [] }
    public var transferee: Int? { json["transferee"]?.int }
    public var transferor: Int? { json["transferor"]?.int }
    /// `transfer_target`, or the older `transfer-target`.
    public var transferTarget: JSONValue? { json["transfer_target"] ?? json["transfer-target"] }
    /// `target_dialog`, or the older `target-dialog`.
    public var targetDialog: JSONValue? { json["target_dialog"] ?? json["target-dialog"] }
    public var original: JSONValue? { json["original"] }
    public var consultation: JSONValue? { json["consultation"] }
    public var application: String? { json["application"]?.string }
    public var messageId: String? { json["message_id"]?.string }
    /// `session_id`: a string (0.3.0) or `{local, remote}` object (0.4.0), shown as text.
    public var sessionId: String? {
        guard let value = json["session_id"] else { return nil }
        if let text = value.string { return text }
        if value.isObject {
            return ["local", "remote"].compactMap { key in value[key]?.string.map { "\(key)=\($0)" } }.joined(separator: " ")
        }
        return value.rawText
    }
    public var sipCallId: String? { json["sip_call_id"]?.string }
    public var sipFromTag: String? { json["sip_from_tag"]?.string }
    public var sipToTag: String? { json["sip_to_tag"]?.string }
    public var sipCSeq: String? { json["sip_cseq"]?.string ?? json["sip_cseq"]?.numberText }

    /// True for an empty object kept so that indices do not move (a redaction placeholder).
    public var isPlaceholder: Bool { json.isObject && json.count == 0 }
}
