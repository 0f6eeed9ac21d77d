/// `redacted`, `amended` (or `appended`) and `group` are mutually exclusive: up to core-01 all
/// three, from core-02 (which removed `group`) redacted and amended. The empty `{}` / `[]` that
/// older libraries write for "none" is not a reference (info).
public struct ExclusiveReferencesRule: ValidationRule {
    public static let id = "exclusive-references"
    public static let section = "§4.1.8, §4.1.9"
    public init() {}

    static func both(_ a: String, _ b: String) -> String {
        "\"\(a)\" and \"\(b)\" are mutually exclusive: a vCon is either a redaction or an amendment of another"
    }
    static func group(_ other: String, _ generation: Generation) -> String {
        "\"group\" and \"\(other)\" are mutually exclusive up to core-01 (\(generation)); core-02 removed \"group\""
    }
    static let twoSpellings = "both \"amended\" and \"appended\": two spellings of the same reference (appended is the pre-0.4.0 name)"
    static func empty(_ key: String) -> String {
        "empty \"\(key)\" (written by older libraries to mean \"none\"): not a reference, ignored"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        var present: [String: JSONValue] = [:]
        for key in ["redacted", "amended", "appended", "group"] {
            guard let value = root[key], !value.isNull else { continue }
            if (value.isObject || value.isArray) && value.count == 0 {
                // Under core-04 an empty redacted/amended object is reference-object's warning.
                let object = value.isObject && (key == "redacted" || key == "amended")
                if !(context.isCore04 && object) { findings.append(finding(.info, at: value, Self.empty(key))) }
            } else {
                present[key] = value
            }
        }
        if let amended = present["amended"], present["appended"] != nil {
            findings.append(finding(.error, at: amended, Self.twoSpellings))
        }
        let amendment = present["amended"].map { ("amended", $0) } ?? present["appended"].map { ("appended", $0) }
        if present["redacted"] != nil, let (name, value) = amendment {
            findings.append(finding(.error, at: value, Self.both("redacted", name)))
        }
        if let group = present["group"] {
            for other in ["redacted", amendment?.0].compactMap({ $0 }) where present[other] != nil {
                let severity: Finding.Severity = context.rulesGeneration >= .v0_4_0 ? .warning : .error
                findings.append(finding(severity, at: group, Self.group(other, context.rulesGeneration)))
            }
        }
    }
}
