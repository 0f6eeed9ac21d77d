/// Incomplete dialog has a `disposition` from the registered list; other dialog SHOULD NOT.
public struct DispositionRule: ValidationRule {
    public static let id = "disposition"
    public static let section = "§4.3.11"
    public init() {}

    static let values: Set<String> = ["no-answer", "congestion", "failed", "busy", "hung-up", "voicemail-no-message"]

    static let missing = "an incomplete dialog MUST have a \"disposition\" saying why the call failed"
    static func unknown(_ text: String) -> String {
        "disposition \"\(TextSafety.line(text))\" is not one of no-answer, congestion, failed, busy, hung-up, voicemail-no-message"
    }
    static func onOther(_ type: String) -> String {
        "\"disposition\" on \"\(TextSafety.line(type))\" dialog: the draft says it SHOULD only be on incomplete dialog"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for item in context.dialog where item.json.isObject {
            let value = item.json["disposition"]
            if let value, let text = value.string, !Self.values.contains(text) {
                findings.append(finding(.error, at: value, Self.unknown(text)))
            }
            guard let type = item.type else { continue }
            if type == "incomplete", value == nil {
                findings.append(finding(.error, at: item.json, Self.missing))
            } else if type != "incomplete", let value, !value.isNull {
                findings.append(finding(.warning, at: value, Self.onOther(type)))
            }
        }
    }
}
