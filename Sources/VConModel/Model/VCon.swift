/// A typed, read-only view over an unsigned vCon's JSON. Nothing is copied or dropped:
/// every accessor reads the tape, and `json` gives the raw object for anything unknown.
public struct VCon: Sendable {
    public let json: JSONValue
    public var document: JSONDocument { json.document }

    public init(json: JSONValue) { self.json = json }

    public var uuid: String? { json["uuid"]?.string }
    /// The `vcon` syntax value as written, if present.
    public var declaredSyntax: String? { json["vcon"]?.string ?? json["vcon"]?.numberText }
    public var createdAt: String? { json["created_at"]?.string }
    public var updatedAt: String? { json["updated_at"]?.string }
    public var subject: String? { json["subject"]?.string }

    public var parties: [Party] { Self.items(json["parties"]).map { Party(index: $0.0, json: $0.1) } }
    public var dialog: [Dialog] { Self.items(json["dialog"]).map { Dialog(index: $0.0, json: $0.1) } }
    public var analysis: [Analysis] { Self.items(json["analysis"]).map { Analysis(index: $0.0, json: $0.1) } }
    public var attachments: [Attachment] { Self.items(json["attachments"]).map { Attachment(index: $0.0, json: $0.1) } }

    public var group: [VConReference] {
        json["group"]?.elements.map { VConReference(kind: .group, json: $0) } ?? []
    }
    public var redacted: VConReference? { json["redacted"].map { VConReference(kind: .redacted, json: $0) } }
    /// `amended` (0.4.0) or `appended` (earlier).
    public var amended: VConReference? {
        if let value = json["amended"] { return VConReference(kind: .amended, json: value) }
        return json["appended"].map { VConReference(kind: .appended, json: $0) }
    }

    /// Every link to another vCon, empty `redacted: {}` / `appended: {}` left out.
    public var references: [VConReference] {
        (group + [redacted, amended].compactMap { $0 }).filter { !$0.isEmpty }
    }

    public var extensions: [String] { json["extensions"]?.elements.compactMap(\.string) ?? [] }
    /// `critical` (0.4.0) or `must_support` (0.3.0): extensions a reader must understand.
    public var critical: [String] { (json["critical"] ?? json["must_support"])?.elements.compactMap(\.string) ?? [] }

    /// The keys the core draft defines at the top level, in every generation.
    public static let coreKeys: Set<String> = [
        "vcon", "uuid", "created_at", "updated_at", "subject", "redacted", "appended", "amended", "group",
        "parties", "dialog", "analysis", "attachments", "extensions", "must_support", "critical",
    ]

    /// Top-level members no draft defines (kept and shown, never dropped).
    public var unknownKeys: [String] { json.keys.filter { !Self.coreKeys.contains($0) } }

    private static func items(_ value: JSONValue?) -> [(Int, JSONValue)] {
        guard let value, value.isArray else { return [] }
        return value.elements.enumerated().map { ($0.offset, $0.element) }
    }

    /// Resolves a party index for display: `[1] Bob (+1 555 0199)`, or `[7] (no such party)`.
    public func partyLabel(_ index: Int) -> String {
        let all = json["parties"]
        guard let value = all?[index] else { return "[\(index)] (no such party)" }
        return Party(index: index, json: value).resolvedLabel
    }
}
