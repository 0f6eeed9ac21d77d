/// core-04 §4.3.14: `original`, `consultation`, `target_dialog` and `transfer_target` are each a
/// single index again ("UnsignedInt"); core-01..03 allowed arrays. Under core-04 an array is an
/// error, but it is still read (every index in it is resolved and range-checked by transfer-dialog).
public struct TransferSingleIndexRule: ValidationRule {
    public static let id = "transfer-single-index"
    public static let section = "§4.3.14"
    public init() {}

    static let keys = ["original", "consultation", "target_dialog", "target-dialog", "transfer_target", "transfer-target"]

    static func array(_ key: String) -> String {
        "\"\(key)\" is an array: core-03 allowed a list of indices, but core-04 makes it a single index (read here as the list it is)"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.isCore04 else { return }
        for item in context.dialog where item.json.isObject {
            for key in Self.keys {
                if let value = item.json[key], value.isArray { findings.append(finding(.error, at: value, Self.array(key))) }
            }
        }
    }
}
