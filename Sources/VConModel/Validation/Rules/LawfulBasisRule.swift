/// Lawful-basis attachments (draft-howe-vcon-lawful-basis-02): the basis is one of the six the draft
/// lists (§5.2.1); `expiration` is a date-time or null (§5.2.1); and a basis that had already expired
/// when the vCon was created (`created_at`) is a warning (§6.2: implementations MUST NOT process on an
/// expired basis; the reader cannot know "now" for a file, but the vCon's own creation time is a fact).
public struct LawfulBasisRule: ValidationRule {
    public static let id = "lawful-basis"
    public static let section = "§5.2.1, §6.2 (lawful-basis-02)"
    public init() {}

    static func unknownBasis(_ text: String) -> String {
        "lawful_basis \"\(TextSafety.line(text))\" is not one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests"
    }
    static let missingBasis = "the lawful basis body has no \"lawful_basis\""
    static func badExpiration(_ text: String) -> String {
        "\"expiration\": \"\(TextSafety.line(text))\" is not an RFC 3339 date-time (or null for indefinite)"
    }
    static func expired(_ expiration: String, _ created: String) -> String {
        "the lawful basis expired (\(TextSafety.line(expiration))) before the vCon was created (\(TextSafety.line(created))): it cannot cover this conversation"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for attachment in context.attachments where attachment.json.isObject {
            guard let basis = LawfulBasis(attachment) else { continue }
            let body = basis.body
            if let value = body["lawful_basis"] {
                if let text = value.string, !LawfulBasis.bases.contains(text) {
                    findings.append(finding(.warning, at: value, Self.unknownBasis(text), section: "§5.2.1 (lawful-basis-02)"))
                }
            } else {
                findings.append(finding(.warning, at: body, Self.missingBasis, section: "§5.2.1 (lawful-basis-02)"))
            }
            if let value = body["expiration"], let text = value.string {
                if RFC3339Time(text) == nil {
                    findings.append(finding(.warning, at: value, Self.badExpiration(text), section: "§5.2.1 (lawful-basis-02)"))
                } else if let created = context.vcon.createdAt, basis.expiredBeforeCreation(createdAt: created) != nil {
                    findings.append(finding(.warning, at: value, Self.expired(text, created), section: "§6.2 (lawful-basis-02)"))
                }
            }
        }
    }
}
