/// Party Object members, including the civic address sub-fields and fields older drafts had.
extension ExplainCatalog {
    static let party: [FieldExplanation] = partyCore + partyRetired + civicAddress

    private static let partyCore: [FieldExplanation] = [
        FieldExplanation(
            "parties[].tel", title: "Party telephone number",
            meaning: "The party's phone number as a tel URL, e.g. \"tel:+12125551234\"; the \"tel:\" prefix may be left out.",
            specs: [.core("4.2.1", "tel"), .petrie("4.2.1", "tel")], spellings: always("tel"),
            related: ["parties[].sip", "parties[].stir"]),
        FieldExplanation(
            "parties[].sip", title: "Party SIP address",
            meaning:
                "The party's SIP address (the addr-spec part of a SIP URI, e.g. alice@example.com). Added in core-00; the SIP signaling extension adds sip_contact, sip_user_agent and sip_display_name beside it.",
            specs: [.core("4.2.2", "sip")],
            spellings: since(.v0_3_0, "sip", drafts: "core-00 .. core-03", before: "petrie-00 .. container-03"),
            related: ["parties[].sip_contact", "parties[].sip_display_name", "parties[].tel"]),
        FieldExplanation(
            "parties[].stir", title: "STIR PASSporT of the party",
            meaning:
                "The signed caller-identity token (a STIR PASSporT, RFC 8225) that came with the call, in compact JWS form (three base64url parts joined by dots). The browser can decode its header and claims and check the signature when the certificate is available.",
            specs: [.core("4.2.3", "stir"), .petrie("4.2.2", "stir"), .sip("7.1", "Relationship to Party stir Parameter")],
            spellings: always("stir"),
            related: ["attachments[purpose=stir-certificate].body", "attachments[purpose=stir-verification-report].body", "parties[].tel"]),
        FieldExplanation(
            "parties[].mailto", title: "Party email address",
            meaning: "The party's email address, either bare (alice@example.com) or as a mailto URL; the \"mailto:\" prefix is optional.",
            specs: [.core("4.2.4", "mailto"), .petrie("4.2.3", "mailto")], spellings: always("mailto"),
            related: ["parties[].name"]),
        FieldExplanation(
            "parties[].name", title: "Party name",
            meaning:
                "Free text with all or part of the party's name. A party that must stay unidentified can be an object holding only name \"anonymous\"; each anonymous participant still gets its own entry so counts and attributions stay right.",
            specs: [.core("4.2.5", "name"), .petrie("4.2.4", "name")], spellings: always("name"),
            related: ["parties[].validation", "parties[].sip_display_name"]),
        FieldExplanation(
            "parties[].did", title: "Party decentralized identifier",
            meaning:
                "A W3C Decentralized Identifier (a did: URI) for the party, an identity the party controls without a central registry. Added in core-00 (it is missing from core-03's IANA party table).",
            specs: [.core("4.2.6", "did")],
            spellings: since(.v0_3_0, "did", drafts: "core-00 .. core-03", before: "petrie-00 .. container-03"),
            related: ["parties[].uuid"]),
        FieldExplanation(
            "parties[].validation", title: "How the party's identity was checked",
            meaning:
                "A label for the method used to confirm who the party is, such as \"SSN\", \"DOB\" or \"none\". It names the method, never the data used; the set of labels is up to whoever builds the vCon. Expected whenever name is given.",
            specs: [.core("4.2.7", "validation"), .petrie("4.2.5", "validation")], spellings: always("validation"),
            values: [AllowedValue("none", "no validation was done")],
            related: ["parties[].name"]),
        FieldExplanation(
            "parties[].gmlpos", title: "Party geolocation",
            meaning:
                "Where the party was when the conversation started, as latitude and longitude in the text format of a GML pos element (PIDF-LO), e.g. \"42.3601 -71.0589\".",
            specs: [.core("4.2.8", "gmlpos"), .petrie("4.2.7", "gmlpos")], spellings: always("gmlpos"),
            related: ["parties[].civicaddress"]),
        FieldExplanation(
            "parties[].civicaddress", title: "Party civic address",
            meaning:
                "The party's street address as an object of PIDF-LO civic address elements (country, a1..a6, street and house fields, postal code). All members are optional strings, spelled in lower case here although the source standard uses upper case.",
            specs: [.core("4.2.9", "civicaddress"), .petrie("4.2.8", "civicaddress")], spellings: always("civicaddress"),
            related: ["parties[].gmlpos", "parties[].civicaddress.country"]),
        FieldExplanation(
            "parties[].uuid", title: "Party UUID",
            meaning:
                "A stable identifier for the participant across conversations, most useful for contact center agents so their vCons can be tied to the agent's configuration. Added in petrie-04. core-04 says it is free-form: any unique string, not constrained to UUID syntax (operators may reuse their own agent ids); it should be unique among the parties.",
            specs: [.core("4.2.10", "uuid")],
            spellings: since(.v0_0_1, "uuid", drafts: "petrie-04 .. core-03") + [core04Row("uuid (free-form, unique)")],
            related: ["parties[].did"]),
        FieldExplanation(
            "parties[].type", title: "Kind of party",
            meaning: "Whether the party is a person, a bot or an organization. Added in core-03.",
            specs: [.core("4.2.11", "type")],
            spellings: since(.v0_4_0, "type (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
            values: [
                AllowedValue("person", "a human participant", since: "core-03"),
                AllowedValue("bot", "an automated agent", since: "core-03"),
                AllowedValue("organization", "a company or other body", since: "core-03"),
            ],
            related: ["parties[].org", "parties[].dept"]),
        FieldExplanation(
            "parties[].org", title: "Party organization",
            meaning: "Free text naming the organization the party belongs to or is. Added in core-03.",
            specs: [.core("4.2.12", "org")],
            spellings: since(.v0_4_0, "org (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
            related: ["parties[].dept", "parties[].type"]),
        FieldExplanation(
            "parties[].dept", title: "Party department",
            meaning: "Free text naming the department within the organization. Added in core-03.",
            specs: [.core("4.2.13", "dept")],
            spellings: since(.v0_4_0, "dept (core-03 +)", drafts: "core-03", before: "petrie-00 .. core-00"),
            related: ["parties[].org"]),
    ]

    private static let partyRetired: [FieldExplanation] = [
        FieldExplanation(
            "parties[].jCard", title: "Party contact card (never specified)",
            meaning:
                "Early drafts had a heading for a jCard (JSON vCard) but never defined its content; core-02 removed it. Some producers still write one; its shape is theirs.",
            standing: .retired, specs: [.petrie("4.2.6", "jCard")],
            spellings: [
                GenerationSpelling(from: .v0_0_1, through: .v0_4_0, spelling: "jCard (heading only, TODO)", drafts: "petrie-00 .. core-01"),
                GenerationSpelling(from: .v0_4_0, through: nil, spelling: GenerationSpelling.absent, drafts: "core-02 .. core-03"),
            ]),
        FieldExplanation(
            "parties[].timezone", title: "Party time zone (never specified)",
            meaning:
                "Early drafts had a heading for the party's time zone but never defined it; core-02 removed it. Values in real files follow no common format.",
            standing: .retired, specs: [.petrie("4.2.9", "timezone")],
            spellings: [
                GenerationSpelling(
                    from: .v0_0_1, through: .v0_4_0, spelling: "timezone (heading only, TODO)", drafts: "petrie-00 .. core-01"),
                GenerationSpelling(from: .v0_4_0, through: nil, spelling: GenerationSpelling.absent, drafts: "core-02 .. core-03"),
            ]),
    ]

    /// The PIDF-LO civic address elements (RFC 4119 / RFC 5139), lower-cased as the vCon drafts require.
    private static let civicElements: [(name: String, title: String, meaning: String)] = [
        ("country", "Country", "The country, as a two-letter ISO 3166 code such as \"US\"."),
        ("a1", "National subdivision", "The first-level subdivision: state, province or region."),
        ("a2", "County", "The county, parish or district."),
        ("a3", "City", "The city or township."),
        ("a4", "City division", "A division of the city, such as a borough or city district."),
        ("a5", "Neighbourhood", "A neighbourhood or block."),
        ("a6", "Street", "The street name."),
        ("prd", "Leading street direction", "A direction written before the street name, such as \"N\"."),
        ("pod", "Trailing street suffix", "A direction or suffix written after the street name, such as \"SW\"."),
        ("sts", "Street suffix", "The street type, such as \"Avenue\" or \"Platz\"."),
        ("hno", "House number", "The numeric part of the house number."),
        ("hns", "House number suffix", "Letters or fractions after the house number, such as \"A\" or \"1/2\"."),
        ("lmk", "Landmark", "A landmark or vanity address that helps find the place."),
        ("loc", "Additional location", "Extra detail such as a room or suite."),
        ("flr", "Floor", "The floor within a building."),
        ("nam", "Name at the address", "The name of the occupant, business or building at the address."),
        ("pc", "Postal code", "The postal or ZIP code."),
    ]

    private static let civicAddress: [FieldExplanation] = civicElements.map { element in
        FieldExplanation(
            "parties[].civicaddress.\(element.name)", title: "Civic address: \(element.title)",
            meaning: element.meaning
                + " A string; one of the PIDF-LO civic address elements (upper case \(element.name.uppercased()) in RFC 4119).",
            specs: [.core("4.2.9", "civicaddress"), .petrie("4.2.8", "civicaddress")],
            spellings: always(element.name),
            related: ["parties[].civicaddress"])
    }
}
