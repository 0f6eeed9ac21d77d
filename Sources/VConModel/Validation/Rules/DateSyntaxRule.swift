/// RFC 3339 date-times (the draft's Date type): `created_at`, `updated_at`, dialog and attachment
/// `start`, party_history `time`.
public struct DateSyntaxRule: ValidationRule {
    public static let id = "date-syntax"
    public static let section = "§2.2"
    public init() {}

    static func invalid(_ key: String, _ text: String, _ why: String) -> String {
        "\"\(key)\": \"\(TextSafety.line(text))\" is not an RFC 3339 date-time: \(why)"
    }
    static func missingOffset(_ key: String, _ text: String) -> String {
        "\"\(key)\": \"\(TextSafety.line(text))\" has no time zone offset (Z or ±hh:mm), so the instant is ambiguous; read as UTC"
    }
    static func notNormalized(_ key: String, _ why: String) -> String {
        "\"\(key)\" uses \(why); the draft's Date type (JMAP §1.4) wants the normal form"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        for key in ["created_at", "updated_at"] { check(root[key], key, into: &findings) }
        for item in context.dialog where item.json.isObject {
            check(item.json["start"], "start", into: &findings)
            for event in item.partyHistory where event.json.isObject { check(event.json["time"], "time", into: &findings) }
        }
        for item in context.attachments where item.json.isObject { check(item.json["start"], "start", into: &findings) }
    }

    private func check(_ value: JSONValue?, _ key: String, into findings: inout [Finding]) {
        guard let value, let text = value.string, let problem = RFC3339.problem(text) else { return }
        switch problem {
        case .invalid(let why): findings.append(finding(.error, at: value, Self.invalid(key, text, why)))
        case .missingOffset: findings.append(finding(.error, at: value, Self.missingOffset(key, text)))
        case .notNormalized(let why): findings.append(finding(.warning, at: value, Self.notNormalized(key, why)))
        }
    }
}
