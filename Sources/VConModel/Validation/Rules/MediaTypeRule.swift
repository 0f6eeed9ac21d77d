/// Media type syntax of `mediatype` (and the 0.0.1 `mimetype`): `type/subtype` with optional
/// parameters; and a media type for inline dialog, which the draft says MUST be given.
public struct MediaTypeRule: ValidationRule {
    public static let id = "media-type"
    public static let section = "§2.2, §4.3.8, §4.4.5, §4.5.4"
    public init() {}

    static func invalid(_ key: String, _ text: String, _ why: String) -> String {
        "\"\(key)\": \"\(TextSafety.line(text))\" is not a media type: \(why)"
    }
    static func folded(_ key: String) -> String {
        "\"\(key)\" contains folded header text (line breaks or tabs in its parameters), copied from an email header"
    }
    static let inlineWithoutType = "inline dialog content has no \"mediatype\"; the draft says it MUST be provided for inline dialog"
    static let inlineAttachmentWithoutType =
        "inline attachment content has no \"mediatype\"; core-04 §4.4.5 says it MUST be provided for inline attachments"
    static let inlineAnalysisWithoutType =
        "inline analysis content has no \"mediatype\"; core-04 §4.5.4 says it SHOULD be provided (or vendor, product and schema name the format)"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners {
            for key in ["mediatype", "mimetype"] {
                guard let value = owner.json[key], let text = value.string else { continue }
                switch MediaTypeSyntax.problem(text) {
                case .invalid(let why): findings.append(finding(.error, at: value, Self.invalid(key, text, why), section: "§2.2"))
                case .folded: findings.append(finding(.warning, at: value, Self.folded(key), section: "§2.2"))
                case nil: break
                }
            }
            if context.isCore04 {
                checkCore04(owner.kind, owner.json, into: &findings)
                continue
            }
            if case .dialog(let type) = owner.kind, !ContentPresenceRule.contentless.contains(type ?? ""),
                Content(owner: owner.json).isInline,
                owner.json["mediatype"] == nil, owner.json["mimetype"] == nil
            {
                findings.append(finding(.warning, at: owner.json, Self.inlineWithoutType, section: "§4.3.8"))
            }
        }
    }

    /// core-04: dialog is Table 1's concern (dialog-parameters); attachments MUST and analysis SHOULD
    /// name the media type of non-empty inline content.
    private func checkCore04(_ kind: ContentOwnerKind, _ json: JSONValue, into findings: inout [Finding]) {
        guard DialogParameterTableRule.hasInlineContent(json), json["mediatype"] == nil else { return }
        switch kind {
        case .attachment: findings.append(finding(.error, at: json, Self.inlineAttachmentWithoutType, section: "§4.4.5"))
        case .analysis: findings.append(finding(.warning, at: json, Self.inlineAnalysisWithoutType, section: "§4.5.4"))
        default: break
        }
    }
}
