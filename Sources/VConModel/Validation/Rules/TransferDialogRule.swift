/// Transfer dialog: `transferee`, `transferor`, `transfer_target` are party indices in range;
/// `original`, `consultation`, `target_dialog` are dialog indices in range; these members appear
/// only on `transfer` dialog, which carries no `parties`, `originator`, `mediatype` or `filename`.
public struct TransferDialogRule: ValidationRule {
    public static let id = "transfer-dialog"
    public static let section = "§4.3.14"
    public init() {}

    static let partyRoles = ["transferee", "transferor", "transfer_target", "transfer-target"]
    static let dialogRoles = ["original", "consultation", "target_dialog", "target-dialog"]

    static func onOtherType(_ key: String, _ type: String) -> String {
        "\"\(key)\" belongs to transfer dialog; the draft says it MUST NOT be present on \"\(TextSafety.line(type))\" dialog"
    }
    static func forbiddenOnTransfer(_ key: String) -> String { "a transfer dialog MUST NOT contain \"\(key)\"" }
    static func selfReference(_ key: String) -> String { "\"\(key)\" refers to this transfer dialog itself" }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let partyCount = context.count(of: "parties")
        let dialogCount = context.count(of: "dialog")
        for item in context.dialog where item.json.isObject {
            for key in Self.partyRoles {
                for index in IndexReferences.values(in: item.json[key]) {
                    if let problem = IndexReferences.problem(index, count: partyCount, target: "parties", from: key) {
                        findings.append(finding(.error, at: index, problem))
                    }
                }
            }
            for key in Self.dialogRoles {
                for index in IndexReferences.values(in: item.json[key]) {
                    if let problem = IndexReferences.problem(index, count: dialogCount, target: "dialog", from: key) {
                        findings.append(finding(.error, at: index, problem))
                    } else if index.int == item.index {
                        findings.append(finding(.warning, at: index, Self.selfReference(key)))
                    }
                }
            }
            // core-04: which members each type may carry is Table 1's concern (dialog-parameters).
            guard let type = item.type, !context.isCore04 else { continue }
            if type == "transfer" {
                // Checked against the newest text; older generations get a warning only.
                let severity: Finding.Severity = context.rulesGeneration >= .v0_3_0 ? .error : .warning
                for key in ["parties", "originator", "mediatype", "mimetype", "filename"] {
                    if let value = item.json[key], !value.isNull {
                        findings.append(finding(severity, at: value, Self.forbiddenOnTransfer(key)))
                    }
                }
            } else {
                for key in Self.partyRoles + Self.dialogRoles {
                    if let value = item.json[key] { findings.append(finding(.warning, at: value, Self.onOtherType(key, type))) }
                }
            }
        }
    }
}
