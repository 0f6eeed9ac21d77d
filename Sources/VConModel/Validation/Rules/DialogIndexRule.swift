/// Dialog indices in range: analysis `dialog`, attachment `dialog`, recording-set `recordings`,
/// recording `recording_set`. (Transfer dialog references are checked by `transfer-dialog`.)
public struct DialogIndexRule: ValidationRule {
    public static let id = "dialog-index"
    public static let section = "§4.3.6, §4.3.7, §4.4.4, §4.5.2"
    public init() {}

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let count = context.count(of: "dialog")
        func check(_ value: JSONValue?, _ key: String, _ section: String) {
            for index in IndexReferences.values(in: value) {
                if let problem = IndexReferences.problem(index, count: count, target: "dialog", from: key) {
                    findings.append(finding(.error, at: index, problem, section: section))
                }
            }
        }
        for item in context.analysis where item.json.isObject { check(item.json["dialog"], "dialog", "§4.5.2") }
        for item in context.attachments where item.json.isObject { check(item.json["dialog"], "dialog", "§4.4.4") }
        for item in context.dialog where item.json.isObject {
            check(item.json["recordings"], "recordings", "§4.3.6")
            check(item.json["recording_set"], "recording_set", "§4.3.7")
        }
    }
}
