/// Party `uuid` (§4.2.10). core-04 says it is a free-form unique identifier for the participant,
/// "not constrained to the syntax defined in [UUID]": any non-empty string, but unique among the
/// vCon's parties. core-03 named it uuid without saying more, so a value that is not a UUID is
/// noted (info) there, and accepted under core-04.
public struct PartyUUIDRule: ValidationRule {
    public static let id = "party-uuid"
    public static let section = "§4.2.10"
    public init() {}

    static let empty = "party \"uuid\" is an empty string; it should identify the participant"
    static func duplicate(_ first: Int) -> String {
        "party \"uuid\" repeats the uuid of parties[\(first)]; it is a unique identifier for one participant"
    }
    static func notUUIDCore03(_ text: String) -> String {
        "party \"uuid\" \"\(TextSafety.line(text))\" is not a UUID; core-03 gives no syntax for it, core-04 says it is free-form"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.rulesGeneration >= .v0_0_2 else { return }
        var seen: [String: Int] = [:]
        for party in context.parties where party.json.isObject {
            guard let value = party.json["uuid"], let text = value.string else { continue }  // type: field-type
            if text.isEmpty {
                findings.append(finding(.warning, at: value, Self.empty))
                continue
            }
            if let first = seen[text] {
                findings.append(finding(.warning, at: value, Self.duplicate(first)))
            } else {
                seen[text] = party.index
            }
            if context.profile == .core03, !UUIDSyntax.isValid(text) {
                findings.append(finding(.info, at: value, Self.notUUIDCore03(text)))
            }
        }
    }
}
