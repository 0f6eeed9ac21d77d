/// A derived artefact (`analysis[i]`): transcript, summary, sentiment, translation, report…
public struct Analysis: Sendable {
    public let index: Int
    public let json: JSONValue

    public var type: String? { json["type"]?.string }
    /// Dialog indices this analysis is about (int or int array).
    public var dialog: [Int] { Self.indices(json["dialog"]) }
    /// Attachment indices this analysis is about (core-03).
    public var attachment: [Int] { Self.indices(json["attachment"]) }
    public var vendor: String? { json["vendor"]?.string }
    public var product: String? { json["product"]?.string }
    public var schema: String? { json["schema"]?.string }
    /// The party a single-speaker analysis is about (WTF §6.1 `party`; not a core-04 analysis member).
    public var party: Int? { json["party"]?.int }
    public var content: Content { Content(owner: json) }
    public var isPlaceholder: Bool { json.isObject && json.count == 0 }

    public static func indices(_ value: JSONValue?) -> [Int] {
        guard let value else { return [] }
        if let one = value.int { return [one] }
        return value.elements.compactMap(\.int)
    }
}

/// An attached document or data (`attachments[i]`), with its `purpose` (older files: `type`).
public struct Attachment: Sendable {
    public let index: Int
    public let json: JSONValue

    /// `purpose`, or `type` as implementations wrote it before core-02.
    public var purpose: String? { json["purpose"]?.string ?? json["type"]?.string }
    public var start: String? { json["start"]?.string }
    public var party: Int? { json["party"]?.int }
    public var dialog: Int? { json["dialog"]?.int }
    public var content: Content { Content(owner: json) }
    public var isPlaceholder: Bool { json.isObject && json.count == 0 }
}
