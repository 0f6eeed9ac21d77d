/// UUID syntax of the vCon `uuid` and of the uuids in `redacted`, `amended`/`appended` and `group[]`
/// (RFC 9562 text form); the draft recommends version 8.
public struct UUIDSyntaxRule: ValidationRule {
    public static let id = "uuid-syntax"
    public static let section = "§4.1.2"
    public init() {}

    static func invalid(_ what: String, _ text: String) -> String {
        text.isEmpty
            ? "\(what) is an empty string, not a UUID"
            : "\(what) \"\(TextSafety.line(text))\" is not a UUID (8-4-4-4-12 hexadecimal digits)"
    }
    static func notVersion8(_ version: Int) -> String {
        "the vCon uuid is a version \(version) UUID; the draft recommends version 8 (derived from the creator's domain name)"
    }
    static let uppercase = "the UUID has uppercase hex digits; RFC 9562 writes them in lowercase"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        if let value = context.vcon.json["uuid"], let text = value.string {
            if !UUIDSyntax.isValid(text) {
                findings.append(finding(.error, at: value, Self.invalid("the vCon uuid", text)))
            } else {
                if text != text.lowercased() { findings.append(finding(.info, at: value, Self.uppercase)) }
                // Version 8 is a SHOULD from draft-petrie-vcon-02; many tools write version 4.
                if let version = UUIDSyntax.version(text), version != 8 {
                    findings.append(finding(.info, at: value, Self.notVersion8(version)))
                }
            }
        }
        for reference in context.vcon.group + [context.vcon.redacted, context.vcon.amended].compactMap({ $0 }) {
            guard reference.json.isObject, let value = reference.json["uuid"], let text = value.string else { continue }
            if !UUIDSyntax.isValid(text) {
                findings.append(finding(.error, at: value, Self.invalid("the \(reference.kind.rawValue) uuid", text)))
            }
        }
    }
}
