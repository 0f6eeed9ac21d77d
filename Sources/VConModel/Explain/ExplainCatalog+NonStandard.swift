/// Keys that real files use widely but no draft defines; saying so plainly is the explanation.
extension ExplainCatalog {
    /// The path the fallback entry is stored under; lookups name the real key in their note.
    static let undefinedPath = "*"

    private static let seenIn = "vcon-server, vcon-js, vcon-lib and the fake and IETF meeting vCons"

    private static func nonStandard(_ path: String, _ title: String, _ meaning: String, related: [String] = []) -> FieldExplanation {
        FieldExplanation(
            path, title: title + " (not standard)", meaning: meaning, standing: .nonStandard,
            specs: [.draft("none", "no vCon draft defines this key")], related: related)
    }

    static let nonStandard: [FieldExplanation] = [
        FieldExplanation(
            undefinedPath, title: "Key not defined by any draft",
            meaning:
                "No vCon draft (core 0.0.1 to 0.4.0, SIP signaling, bundle) defines this key here. It comes from the producing software or from an extension not listed in extensions; readers may ignore it, and its meaning is whatever its producer intended.",
            standing: .nonStandard, specs: [.core("2.5", "Extending vCon")],
            related: ["extensions"]),
        nonStandard(
            "meta", "Producer metadata",
            "A free-form object some producers add at the top level for their own bookkeeping (vcon-lib moves unknown keys here). No draft defines it; its content depends entirely on the producer. Seen in \(seenIn)."
        ),
        nonStandard(
            "tags", "Tags",
            "A free-form set of labels some producers add at the top level. No draft defines it; vcon-lib keeps tags as an attachment with purpose \"tags\" instead."
        ),
        nonStandard(
            "parties[].meta", "Party metadata",
            "A free-form object of producer data about the party, such as a CRM record. No draft defines it."),
        nonStandard(
            "parties[].id", "Party id",
            "A producer's own identifier for the party. No draft defines it; the core draft's equivalent is uuid.",
            related: ["parties[].uuid"]),
        nonStandard(
            "parties[].email", "Party email", "An email address under a name no draft uses; the core draft's field is mailto.",
            related: ["parties[].mailto"]),
        nonStandard("dialog[].meta", "Dialog metadata", "A free-form object of producer data about this dialog. No draft defines it."),
        nonStandard(
            "attachments[].type", "Attachment type",
            "What many producers wrote while the drafts had only an undefined \"type or purpose\" heading (py-vcon, vcon-lib 0.3, vcon-server). Since core-02 the field is purpose; read this as the attachment's purpose.",
            related: ["attachments[].purpose"]),
    ]
}
