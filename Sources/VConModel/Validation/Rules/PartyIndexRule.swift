/// Party indices in range: dialog `parties` and `originator`, party_history `party`, attachment `party`.
/// (Transfer roles are checked by `transfer-dialog`.)
public struct PartyIndexRule: ValidationRule {
    public static let id = "party-index"
    public static let section = "§4.3.4, §4.3.5, §4.3.13.1, §4.4.3"
    public init() {}

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let count = context.count(of: "parties")
        func check(_ value: JSONValue?, _ key: String, _ section: String) {
            for index in IndexReferences.values(in: value) {
                if let problem = IndexReferences.problem(index, count: count, target: "parties", from: key) {
                    findings.append(finding(.error, at: index, problem, section: section))
                }
            }
        }
        for item in context.dialog where item.json.isObject {
            check(item.json["parties"], "parties", "§4.3.4")
            check(item.json["originator"], "originator", "§4.3.5")
            for event in item.partyHistory where event.json.isObject { check(event.json["party"], "party", "§4.3.13.1") }
        }
        for item in context.attachments where item.json.isObject { check(item.json["party"], "party", "§4.4.3") }
    }
}
