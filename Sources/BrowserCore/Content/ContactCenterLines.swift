import VConModel

/// Contact-center dialog fields (draft-ietf-vcon-cc-extension-02 §3.2): campaign, interaction type and
/// id, skill (a string, or in the extension's schema an array of strings), shown by name in the dialog detail.
enum ContactCenterLines {
    static let dialogKeys: Set<String> = ["campaign", "interaction_type", "interaction_id", "skill", "interaction"]

    static func dialog(_ json: JSONValue, pointer: String, into w: inout DetailWriter) {
        for key in ["campaign", "interaction_type", "interaction_id", "interaction"] {
            guard let value = json[key] else { continue }
            w.field(
                key == "interaction_type" ? "interaction" : key == "interaction_id" ? "interaction id" : key, text(value),
                pointer: pointer + "/" + key)
        }
        if let skill = json["skill"] { w.field("skill", text(skill), pointer: pointer + "/skill") }
    }

    /// A string as is, an array of strings joined, anything else as JSON text.
    static func text(_ value: JSONValue) -> String {
        if let string = value.string { return string }
        if value.isArray, value.elements.allSatisfy({ $0.kind == .string }) {
            return value.elements.prefix(100).compactMap(\.string).joined(separator: ", ")
        }
        return String(value.rawText.prefix(200))
    }
}
