/// Dialog `session_id` values: RFC 7989 session ids (32 hex digits) in `local` and `remote`.
/// (The 0.3.0 string form in a 0.4.0 file is `old-spelling`'s concern.)
public struct SessionIdRule: ValidationRule {
    public static let id = "session-id"
    public static let section = "§4.3.12"
    public init() {}

    static func hyphenated(_ key: String) -> String {
        "session_id \"\(key)\" is a hyphenated UUID; RFC 7989 writes session ids as 32 hex digits without hyphens"
    }
    static func invalid(_ key: String, _ text: String) -> String {
        "session_id \"\(key)\": \"\(TextSafety.line(text))\" is not an RFC 7989 session id (32 hex digits)"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for item in context.dialog where item.json.isObject {
            if let value = item.json["session_id"] { check(value, depth: 0, into: &findings) }
        }
    }

    private func check(_ value: JSONValue, depth: Int, into findings: inout [Finding]) {
        if value.isArray, depth < 2 {
            for element in value.elements { check(element, depth: depth + 1, into: &findings) }
            return
        }
        guard value.isObject else { return }
        for key in ["local", "remote"] {
            guard let member = value[key], let text = member.string else { continue }
            if UUIDSyntax.isSessionId(text) { continue }
            if UUIDSyntax.isValid(text) {
                findings.append(finding(.info, at: member, Self.hyphenated(key)))
            } else {
                findings.append(finding(.warning, at: member, Self.invalid(key, text)))
            }
        }
    }
}
