/// Members the draft makes mandatory: vCon `uuid` and `created_at`, `parties`; dialog `type` and
/// `start`; analysis `type` and `vendor`; attachment `start`, `party`, `dialog`; party_history
/// `party`, `time`, `event`. Severity follows the generation that made each one mandatory.
public struct RequiredFieldRule: ValidationRule {
    public static let id = "required-field"
    public static let section = "§4.1.2, §4.1.5, §4.1.10, §4.3.1, §4.3.2, §4.3.13.1, §4.4.2-4.4.4, §4.5.1, §4.5.6"
    public init() {}

    static func missing(_ key: String, in owner: String, why: String = "") -> String {
        "\(owner) has no \"\(key)\"\(why.isEmpty ? "" : " (\(why))")"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        let generation = context.rulesGeneration
        if root["uuid"] == nil {
            let why = context.isCore04 ? "core-04 §4.1.2: all vCon documents MUST have uuid" : "every generation requires it"
            findings.append(finding(.error, at: root, Self.missing("uuid", in: "the vCon", why: why), section: "§4.1.2"))
        }
        if root["created_at"] == nil {
            // 0.0.1 drafts petrie-00/01 left it "TODO" ("iat or created_at"); it is a MUST from petrie-02 on.
            let old = generation == .v0_0_1
            findings.append(
                finding(
                    old ? .warning : .error, at: root,
                    Self.missing(
                        "created_at", in: "the vCon",
                        why: old ? "required from draft-petrie-vcon-02 on" : "the draft says it MUST be present"), section: "§4.1.5"))
        }
        // core-04 makes parties optional (vcon-content asks for at least one of the four arrays).
        if root["parties"] == nil, !context.isCore04 {
            findings.append(
                finding(
                    .warning, at: root, Self.missing("parties", in: "the vCon", why: "the draft does not mark it optional"),
                    section: "§4.1.10"))
        }
        for item in context.dialog where item.json.isObject && !item.isPlaceholder {
            require(item.json, "type", in: "dialog[\(item.index)]", .error, into: &findings)
            // core-04: start is a SHOULD (optional on transfer), Table 1's concern (dialog-parameters).
            if !context.isCore04 { require(item.json, "start", in: "dialog[\(item.index)]", .error, into: &findings) }
            for (k, event) in item.partyHistory.enumerated() where event.json.isObject {
                for key in ["party", "time", "event"] {
                    require(event.json, key, in: "dialog[\(item.index)].party_history[\(k)]", .error, into: &findings)
                }
            }
        }
        for item in context.analysis where item.json.isObject && !item.isPlaceholder {
            require(item.json, "type", in: "analysis[\(item.index)]", .error, into: &findings)
            require(item.json, "vendor", in: "analysis[\(item.index)]", .warning, into: &findings)
        }
        for item in context.attachments where item.json.isObject && !item.isPlaceholder {
            // core-04 §4.4.3: "the party index MUST be specified"; start and dialog are untagged (mandatory) members.
            let label = "attachments[\(item.index)]"
            require(item.json, "party", in: label, context.isCore04 ? .error : .warning, into: &findings)
            require(item.json, "start", in: label, .warning, into: &findings)
            // Attachment `dialog` arrived in 0.0.2.
            if generation > .v0_0_1 { require(item.json, "dialog", in: label, context.isCore04 ? .warning : .info, into: &findings) }
        }
    }

    /// The section defining `key` in the object `label` names.
    static func section(_ key: String, in label: String) -> String {
        if label.contains("party_history") { return "§4.3.13.1" }
        if label.hasPrefix("dialog") { return key == "type" ? "§4.3.1" : "§4.3.2" }
        if label.hasPrefix("analysis") { return key == "type" ? "§4.5.1" : "§4.5.6" }
        if label.hasPrefix("attachments") { return ["start": "§4.4.2", "party": "§4.4.3", "dialog": "§4.4.4"][key] ?? "§4.4" }
        return section
    }

    private func require(_ owner: JSONValue, _ key: String, in label: String, _ severity: Finding.Severity, into findings: inout [Finding])
    {
        if owner[key] == nil {
            findings.append(finding(severity, at: owner, Self.missing(key, in: label), section: Self.section(key, in: label)))
        }
    }
}
