/// The `vcon` syntax member: a string naming a defined syntax (0.0.1, 0.0.2, 0.3.0, 0.4.0).
public struct VConVersionRule: ValidationRule {
    public static let id = "vcon-version"
    public static let section = "§4.1.1"
    public init() {}

    static let empty = "\"vcon\" is an empty string; the generation is inferred from the spellings used"
    static func undefined(_ text: String, readAs: Generation, rules: Profile) -> String {
        "\"vcon\": \"\(TextSafety.line(text))\" is not a syntax any draft defines (0.0.1, 0.0.2, 0.3.0, 0.4.0); read as \(readAs), the nearest that does, and checked against the \(rules) rules"
    }

    static func notProfile(_ text: String, _ profile: Profile) -> String {
        "\"vcon\": \"\(TextSafety.line(text))\" under the \(profile) profile, whose syntax MUST be \"0.4.0\" when the member is present"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard let value = context.vcon.json["vcon"], let text = value.string else { return }  // types: FieldTypeRule
        let declared = Generation(declared: text)
        if case .legacy = context.profile {
        } else if declared != .v0_4_0, declared != .unknown(text) {
            // An older generation checked against core-03/04 on request (`--profile`).
            findings.append(finding(.error, at: value, Self.notProfile(text, context.profile)))
            return
        }
        if text.isEmpty {
            findings.append(finding(.error, at: value, Self.empty))
        } else if case .unknown = Generation(declared: text) {
            findings.append(finding(.warning, at: value, Self.undefined(text, readAs: context.vcon.generation, rules: context.profile)))
        }
    }
}
