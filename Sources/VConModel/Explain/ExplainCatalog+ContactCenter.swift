/// The contact-center extension (draft-ietf-vcon-cc-extension-02, token "CC"): party role and
/// contact_list, dialog campaign, interaction_type, interaction_id and skill. Core members before 0.3.0
/// (petrie-04 .. container-03), extension members since core-00.
extension ExplainCatalog {
    static func contactCenter(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-ietf-vcon-cc-extension-02", section: section, title: title)
    }

    private static func ccSpellings(_ name: String, drafts: String) -> [GenerationSpelling] {
        [
            GenerationSpelling(from: .v0_0_1, through: .v0_0_2, spelling: name + " (core)", drafts: drafts),
            GenerationSpelling(from: .v0_3_0, through: nil, spelling: name + " (CC extension)", drafts: "core-00 .. core-04 + cc-02"),
        ]
    }

    static let contactCenterFields: [FieldExplanation] = [
        FieldExplanation(
            "parties[].role", title: "Party role (contact center)",
            meaning:
                "The part the party played: agent, customer, supervisor, sme (subject matter expert) or thirdparty, or any other label. Distinct from type (person, bot, organization). Defined by the CC extension (list \"CC\" in extensions); a core field from petrie-04 to container-03. The browser shows it next to the party's name everywhere and in ladder lane headers.",
            standing: .extension, specs: [contactCenter("3.1.1", "role"), .draft("draft-petrie-vcon-04", "Party role")],
            spellings: ccSpellings("role", drafts: "petrie-04 .. container-03"),
            values: [
                AllowedValue("agent", "a contact center agent", since: "cc-02"),
                AllowedValue("customer", "the customer", since: "cc-02"),
                AllowedValue("supervisor", "a supervisor", since: "cc-02"),
                AllowedValue("sme", "a subject matter expert", since: "cc-02"),
                AllowedValue("thirdparty", "anyone else", since: "cc-02"),
            ],
            related: ["parties[].contact_list", "parties[].type"]),
        FieldExplanation(
            "parties[].contact_list", title: "Party contact list (contact center)",
            meaning: "A label or foreign key of the contact list the party was reached from (a campaign's dialing list).",
            standing: .extension, specs: [contactCenter("3.1.2", "contact_list")],
            spellings: ccSpellings("contact_list", drafts: "petrie-04 .. container-03"), related: ["parties[].role"]),
        FieldExplanation(
            "dialog[].campaign", title: "Campaign (contact center)",
            meaning:
                "A label or foreign key of the campaign the dialog was part of: dialogs started for a common goal or handled a common way.",
            standing: .extension, specs: [contactCenter("3.2.1", "campaign")],
            spellings: ccSpellings("campaign", drafts: "petrie-04 .. container-03"), related: ["dialog[].skill"]),
        FieldExplanation(
            "dialog[].interaction_type", title: "Interaction type (contact center)",
            meaning: "The kind of contact center interaction (the draft still lists its values as TODO).",
            standing: .extension, specs: [contactCenter("3.2.2", "interaction_type")],
            spellings: ccSpellings("interaction_type", drafts: "container-01 .. container-03"), related: ["dialog[].interaction_id"]),
        FieldExplanation(
            "dialog[].interaction_id", title: "Interaction ID (contact center)",
            meaning:
                "The contact center's identifier of the interaction; one interaction may span several dialogs, and a vCon may hold several.",
            standing: .extension, specs: [contactCenter("3.2.3", "interaction_id")],
            spellings: ccSpellings("interaction_id", drafts: "container-01 .. container-03"), related: ["dialog[].interaction_type"]),
        FieldExplanation(
            "dialog[].skill", title: "Skill (contact center)",
            meaning:
                "The skill an agent needs to handle the dialog (a queue or specialty). The text says a string; the extension's schema says an array of strings; both are read.",
            standing: .extension, specs: [contactCenter("3.2.4", "skill")],
            spellings: ccSpellings("skill", drafts: "petrie-04 .. container-03"), related: ["dialog[].campaign"]),
    ]
}
