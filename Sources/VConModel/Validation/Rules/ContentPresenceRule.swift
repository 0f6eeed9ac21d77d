/// Inline versus external content: body (+encoding) or url (+content_hash), not both; external
/// content always with a hash; content present for text and recording dialog (and, as a SHOULD,
/// for analysis and attachments) unless the vCon is redacted; no content on incomplete,
/// transfer and recording-set dialog.
public struct ContentPresenceRule: ValidationRule {
    public static let id = "content-presence"
    public static let section = "§2.4, §4.3.10, §4.4.7, §4.5.9"
    public init() {}

    static func both(_ label: String) -> String { "\(label) has both an inline body and a url; it must be one or the other" }
    static func urlWithoutHash(_ label: String) -> String {
        "\(label) refers to external content by url without \"content_hash\": the draft says external files MUST carry a hash"
    }
    static func hashWithoutContent(_ label: String) -> String { "\(label) has a content hash but neither a url nor a body" }
    static func neither(_ label: String, redacted: Bool) -> String {
        "\(label) has no content (neither body nor url)" + (redacted ? "; allowed here because the vCon is redacted" : "")
    }
    static func forbidden(_ label: String, _ type: String) -> String {
        "\(label) is of type \"\(TextSafety.line(type))\", which MUST NOT have content (body or url)"
    }

    static let contentless: Set<String> = ["incomplete", "transfer", "recording-set"]

    /// The content section of the owner's kind.
    static func section(_ kind: ContentOwnerKind) -> String {
        switch kind {
        case .dialog: "§4.3.10"
        case .attachment: "§4.4.7"
        case .analysis: "§4.5.9"
        case .reference: "§2.4"
        }
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners where !(owner.json.isObject && owner.json.count == 0) {
            let json = owner.json
            let hasBody = json["body"].map { !$0.isNull } ?? false
            let hasURL = json["url"].map { !$0.isNull } ?? false
            // The 0.0.1 alg + signature pair is a hash only where 0.0.1 rules apply (old-spelling says the rest).
            let legacyHash = context.rulesGeneration == .v0_0_1 && json["alg"] != nil && json["signature"] != nil
            let hasHash = json["content_hash"] != nil || legacyHash
            if case .dialog(let type?) = owner.kind, Self.contentless.contains(type) {
                // core-04: Table 1's X cells (dialog-parameters) say it, member by member.
                if hasBody || hasURL, !context.isCore04 {
                    findings.append(finding(.error, at: json, Self.forbidden(owner.label, type), section: Self.section(owner.kind)))
                }
                continue
            }
            if hasBody && hasURL { findings.append(finding(.error, at: json, Self.both(owner.label), section: Self.section(owner.kind))) }
            if hasURL && !hasHash {
                findings.append(finding(.error, at: json, Self.urlWithoutHash(owner.label), section: Self.section(owner.kind)))
            }
            if !hasURL && !hasBody {
                if hasHash {
                    findings.append(finding(.warning, at: json, Self.hashWithoutContent(owner.label), section: Self.section(owner.kind)))
                } else if owner.kind != .reference, !(context.isCore04 && PlaceholderRule.isPlaceholder(json)) {
                    // A reference may be by uuid alone; dialog, analysis and attachments SHOULD carry content.
                    findings.append(
                        finding(
                            context.isRedacted ? .info : .warning, at: json,
                            Self.neither(owner.label, redacted: context.isRedacted), section: Self.section(owner.kind)))
                }
            }
        }
    }
}
