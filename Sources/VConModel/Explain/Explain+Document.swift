/// Lookup against a parsed document: the form, attachment purposes and the focused value come from the file.
extension Explain {
    /// Explains `pointer` in `document`. The form is detected unless given (a manifest is recognised by
    /// `format: "vcon-bundle"`); attachment purposes (or legacy `type`) select purpose-keyed entries;
    /// a string value the entry lists (a dialog type, an event, a disposition) gets a note with its meaning.
    public static func entry(forPointer pointer: String, in document: JSONDocument, form: ExplainForm? = nil) -> ExplainMatch? {
        let root = document.root
        let resolvedForm = form ?? detectForm(root)
        let attachments = root["attachments"]
        guard
            var match = entry(
                forPointer: pointer, inForm: resolvedForm,
                purpose: { index in
                    guard let item = attachments?[index] else { return nil }
                    return item["purpose"]?.string ?? item["type"]?.string
                })
        else { return nil }
        if let text = document.value(at: pointer)?.string, !match.entry.values.isEmpty {
            match.notes.append(valueNote(text, in: match.entry))
        }
        return match
    }

    /// The explain namespace for a document's top level.
    public static func detectForm(_ root: JSONValue) -> ExplainForm {
        if root["format"]?.string == "vcon-bundle" { return .bundleManifest }
        if root["extension_name"] != nil && root["bundle_format_version"] != nil { return .bundleExtensionMetadata }
        return ExplainForm(VConForm.detect(root))
    }

    private static func valueNote(_ text: String, in entry: FieldExplanation) -> String {
        let shown = TextSafety.line(String(text.prefix(60)))
        guard let value = entry.value(text) else {
            return "Value \"\(shown)\" is not one the drafts list for this field."
        }
        return "Value \"\(shown)\": \(value.meaning)" + (value.generations.map { " [\($0)]" } ?? "") + "."
    }
}
