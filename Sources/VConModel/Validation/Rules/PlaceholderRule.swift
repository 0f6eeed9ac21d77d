/// Placeholders under core-04. §4.3: a dialog known to have happened but about which nothing else
/// is known is a placeholder holding only `type` (and, for `incomplete`, the required
/// `disposition`, "failed" when the cause is unknown, §4.3.11), so core-03's empty `{}` dialog is
/// an error. §4.1.8: a redacted vCon SHOULD keep an empty placeholder where it removed an array
/// element, so `{}` in dialog, analysis or attachments of a redacted vCon is noted (info: the text
/// asks for it, though Appendix B's schema still requires the object's members). Elsewhere an empty
/// analysis or attachment object is a warning. Under core-03 and older, `{}` is fine everywhere.
public struct PlaceholderRule: ValidationRule {
    public static let id = "placeholder"
    public static let section = "§4.1.8, §4.3, §4.3.11"
    public init() {}

    static let emptyDialog =
        "an empty dialog object is core-03's placeholder; core-04 placeholders keep \"type\" (\"recording\" if the call was set up, \"incomplete\" with a \"disposition\" if not)"
    static func redactionPlaceholder(_ array: String) -> String {
        "empty \(array) placeholder of removed data (§4.1.8 asks for it in a redacted vCon; Appendix B's schema still requires the object's members)"
    }
    static func emptyOutsideRedaction(_ array: String) -> String {
        "empty \(array) object in a vCon that is not redacted: it has none of the members an \(array) object needs"
    }
    static let incompletePlaceholder = "an incomplete placeholder whose cause is not known SHOULD use \"disposition\": \"failed\""

    /// True for a core-04 placeholder: an object with `type` and nothing else but `disposition`.
    public static func isPlaceholder(_ json: JSONValue) -> Bool {
        guard json.isObject, json["type"]?.string != nil else { return false }
        return json.keys.allSatisfy { $0 == "type" || $0 == "disposition" }
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.isCore04 else { return }
        let redacted = context.isRedacted
        for item in context.dialog where item.json.isObject {
            if item.json.count == 0 {
                findings.append(
                    redacted
                        ? finding(.info, at: item.json, Self.redactionPlaceholder("dialog"), section: "§4.1.8")
                        : finding(.error, at: item.json, Self.emptyDialog, section: "§4.3"))
            } else if item.type == "incomplete", Self.isPlaceholder(item.json), item.json["disposition"] == nil {
                // The missing disposition itself is the disposition rule's error; this says which value to use.
                findings.append(finding(.info, at: item.json, Self.incompletePlaceholder, section: "§4.3.11"))
            }
        }
        let others = context.analysis.map { ("analysis", $0.json) } + context.attachments.map { ("attachment", $0.json) }
        for (array, json) in others where json.isObject && json.count == 0 {
            findings.append(
                redacted
                    ? finding(.info, at: json, Self.redactionPlaceholder(array), section: "§4.1.8")
                    : finding(.warning, at: json, Self.emptyOutsideRedaction(array), section: "§4.1.8"))
        }
    }
}
