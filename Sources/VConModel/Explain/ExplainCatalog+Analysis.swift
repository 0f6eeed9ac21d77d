/// Analysis Object members.
extension ExplainCatalog {
    static let analysis: [FieldExplanation] =
        [
            FieldExplanation(
                "analysis[].type", title: "Analysis type",
                meaning:
                    "What kind of analysis this is. The drafts suggest a few values but allow others, so real files carry many more (diarized, intent, topics, ...).",
                specs: [.core("4.5.1", "type"), .petrie("4.4.1", "type")], spellings: always("type"),
                values: [
                    AllowedValue("summary", "a summary of the conversation", since: "0.0.1 +"),
                    AllowedValue("transcript", "the words spoken, as text", since: "0.0.1 +"),
                    AllowedValue("translation", "the conversation in another language", since: "0.0.1 +"),
                    AllowedValue("sentiment", "the mood or attitude found in the conversation", since: "0.0.1 +"),
                    AllowedValue("tts", "speech synthesised from text", since: "0.0.1 +"),
                    AllowedValue("report", "a report about the conversation", since: "0.4.0 (core-02) +"),
                ],
                related: ["analysis[].vendor", "analysis[].schema"]),
            FieldExplanation(
                "analysis[].dialog", title: "Dialogs analysed",
                meaning:
                    "The index or indices of the dialogs this analysis was made from. Only left out when the analysis does not come from any dialog.",
                specs: [.core("4.5.2", "dialog"), .petrie("4.4.2", "dialog")], spellings: always("dialog"),
                indexes: "dialog[]", related: ["analysis[].attachment"]),
            FieldExplanation(
                "analysis[].attachment", title: "Attachments analysed",
                meaning: "The index or indices of the attachments this analysis was made from. Added in core-03.",
                specs: [.core("4.5.3", "attachment")],
                spellings: since(.v0_4_0, "attachment (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
                indexes: "attachments[]", related: ["analysis[].dialog"]),
            FieldExplanation(
                "analysis[].vendor", title: "Analysis vendor",
                meaning:
                    "The vendor or product name of the software that produced this analysis. Required: results differ between implementations, and knowing the source helps interpret them.",
                specs: [.core("4.5.6", "vendor"), .petrie("4.4.5", "vendor")], spellings: always("vendor"),
                related: ["analysis[].product", "analysis[].schema"]),
            FieldExplanation(
                "analysis[].product", title: "Analysis product",
                meaning: "Which of the vendor's products made the analysis, when one vendor has several. Optional.",
                specs: [.core("4.5.7", "product")], spellings: since(.v0_0_1, "product", drafts: "petrie-02 .. core-03"),
                related: ["analysis[].vendor"]),
            FieldExplanation(
                "analysis[].schema", title: "Analysis data format",
                meaning:
                    "A label for the format, schema or configuration of the analysis data, for when vendor and media type do not say enough. Optional.",
                specs: [.core("4.5.8", "schema"), .petrie("4.4.6", "schema")], spellings: always("schema"),
                related: ["analysis[].vendor", "analysis[].mediatype"]),
        ]
        + contentFields(
            ContentSections(
                owner: "analysis[]", noun: "analysis",
                coreContent: .core("4.5.9", "Analysis Content"), coreMediatype: .core("4.5.4", "mediatype"),
                coreFilename: .core("4.5.5", "filename"),
                petrieContent: .petrie("4.4.7", "Analysis Content"), petrieMediatype: .petrie("4.4.3", "mimetype"),
                petrieFilename: .petrie("4.4.4", "filename")))
}
