/// Attachment indices in range: analysis `attachment` (core-03).
public struct AttachmentIndexRule: ValidationRule {
    public static let id = "attachment-index"
    public static let section = "§4.5.3"
    public init() {}

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let count = context.count(of: "attachments")
        for item in context.analysis where item.json.isObject {
            for index in IndexReferences.values(in: item.json["attachment"]) {
                if let problem = IndexReferences.problem(index, count: count, target: "attachments", from: "attachment") {
                    findings.append(finding(.error, at: index, problem))
                }
            }
        }
    }
}
