/// How one vCon points at another: `group[]`, `redacted`, `appended`/`amended`.
public struct VConReference: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case group, redacted, appended, amended
    }

    public let kind: Kind
    public let json: JSONValue

    public var uuid: String? { json["uuid"]?.string }
    /// The redaction `type` (`PII Redaction`…).
    public var type: String? { json["type"]?.string }
    public var content: Content { Content(owner: json) }
    /// An inline vCon body (older generations), if any.
    public var inlineBody: JSONValue? { content.body }
    public var url: String? { content.url }
    /// True for `"redacted": {}`, which older libraries write to mean "not redacted".
    public var isEmpty: Bool { json.isObject && json.count == 0 }
}
