/// Members the draft makes mandatory: vCon `uuid` and `created_at`, `parties`; dialog `type` and
/// `start`; analysis `type` and `vendor`; attachment `start`, `party`, `dialog`; party_history
/// `party`, `time`, `event`. Severity follows the generation that made each one mandatory.
public struct RequiredFieldRule: ValidationRule {
    public static let id = "required-field"
    public init() {}

    static func missing(_ key: String, in owner: String, why: String = "") -> String {
        "\(owner) has no \"\(key)\"\(why.isEmpty ? "" : " (\(why))")"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        let generation = context.rulesGeneration
        if root["uuid"] == nil {
            findings.append(finding(.error, at: root, Self.missing("uuid", in: "the vCon", why: "every generation requires it")))
        }
        if root["created_at"] == nil {
            // 0.0.1 drafts petrie-00/01 left it "TODO" ("iat or created_at"); it is a MUST from petrie-02 on.
            let old = generation == .v0_0_1
            findings.append(
                finding(
                    old ? .warning : .error, at: root,
                    Self.missing(
                        "created_at", in: "the vCon",
                        why: old ? "required from draft-petrie-vcon-02 on" : "the draft says it MUST be present")))
        }
        if root["parties"] == nil {
            findings.append(
                finding(.warning, at: root, Self.missing("parties", in: "the vCon", why: "the draft does not mark it optional")))
        }
        for item in context.dialog where item.json.isObject && !item.isPlaceholder {
            require(item.json, "type", in: "dialog[\(item.index)]", .error, into: &findings)
            require(item.json, "start", in: "dialog[\(item.index)]", .error, into: &findings)
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
            require(item.json, "party", in: "attachments[\(item.index)]", .warning, into: &findings)
            require(item.json, "start", in: "attachments[\(item.index)]", .warning, into: &findings)
            // Attachment `dialog` arrived in 0.0.2.
            if generation > .v0_0_1 { require(item.json, "dialog", in: "attachments[\(item.index)]", .info, into: &findings) }
        }
    }

    private func require(_ owner: JSONValue, _ key: String, in label: String, _ severity: Finding.Severity, into findings: inout [Finding])
    {
        if owner[key] == nil { findings.append(finding(severity, at: owner, Self.missing(key, in: label))) }
    }
}
