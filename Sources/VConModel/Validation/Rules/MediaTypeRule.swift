/// Media type syntax of `mediatype` (and the 0.0.1 `mimetype`): `type/subtype` with optional
/// parameters; and a media type for inline dialog, which the draft says MUST be given.
public struct MediaTypeRule: ValidationRule {
    public static let id = "media-type"
    public init() {}

    static func invalid(_ key: String, _ text: String, _ why: String) -> String {
        "\"\(key)\": \"\(TextSafety.line(text))\" is not a media type: \(why)"
    }
    static func folded(_ key: String) -> String {
        "\"\(key)\" contains folded header text (line breaks or tabs in its parameters), copied from an email header"
    }
    static let inlineWithoutType = "inline dialog content has no \"mediatype\"; the draft says it MUST be provided for inline dialog"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners {
            for key in ["mediatype", "mimetype"] {
                guard let value = owner.json[key], let text = value.string else { continue }
                switch MediaTypeSyntax.problem(text) {
                case .invalid(let why): findings.append(finding(.error, at: value, Self.invalid(key, text, why)))
                case .folded: findings.append(finding(.warning, at: value, Self.folded(key)))
                case nil: break
                }
            }
            if case .dialog(let type) = owner.kind, !ContentPresenceRule.contentless.contains(type ?? ""),
                Content(owner: owner.json).isInline,
                owner.json["mediatype"] == nil, owner.json["mimetype"] == nil
            {
                findings.append(finding(.warning, at: owner.json, Self.inlineWithoutType))
            }
        }
    }
}
