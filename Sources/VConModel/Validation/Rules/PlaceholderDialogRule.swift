/// core-04 §4.3: a dialog known to have happened but about which nothing else is known is a
/// placeholder holding only `type` (and, for `incomplete`, the required `disposition`, "failed"
/// when the cause is unknown, §4.3.11). core-03's empty `{}` placeholders are a finding under
/// core-04 (the object has no `type`, which Table 1 makes a MUST); under core-03 they are fine.
public struct PlaceholderDialogRule: ValidationRule {
    public static let id = "dialog-placeholder"
    public static let section = "§4.3, §4.3.11"
    public init() {}

    static let emptyObject =
        "an empty dialog object is core-03's placeholder; core-04 placeholders keep \"type\" (\"recording\" if the call was set up, \"incomplete\" with a \"disposition\" if not)"
    static let incompletePlaceholder =
        "an incomplete placeholder whose cause is not known SHOULD use \"disposition\": \"failed\""

    /// True for a core-04 placeholder: an object with `type` and nothing else but `disposition`.
    public static func isPlaceholder(_ json: JSONValue) -> Bool {
        guard json.isObject, json["type"]?.string != nil else { return false }
        return json.keys.allSatisfy { $0 == "type" || $0 == "disposition" }
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.isCore04 else { return }
        for item in context.dialog where item.json.isObject {
            if item.json.count == 0 {
                findings.append(finding(.error, at: item.json, Self.emptyObject))
            } else if item.type == "incomplete", Self.isPlaceholder(item.json), item.json["disposition"] == nil {
                // The missing disposition itself is the disposition rule's error; this says which value to use.
                findings.append(finding(.info, at: item.json, Self.incompletePlaceholder))
            }
        }
    }
}
