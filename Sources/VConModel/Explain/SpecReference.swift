/// Where a draft defines a field: the document, and the section number and title when our copy has them.
public struct SpecReference: Sendable, Equatable, CustomStringConvertible {
    /// The document's name, e.g. `draft-ietf-vcon-vcon-core`.
    public var document: String
    /// The section number, e.g. `4.3.4`; nil when we only know the draft, not the section.
    public var section: String?
    /// The section title, e.g. `parties`.
    public var title: String

    public init(document: String, section: String?, title: String) {
        self.document = document
        self.section = section
        self.title = title
    }

    /// `draft-ietf-vcon-vcon-core §4.3.4 parties`, or `draft-petrie-vcon-04: role` without a section.
    public var description: String {
        guard let section else { return "\(document): \(title)" }
        return "\(document) \u{00A7}\(section) \(title)"
    }

    /// The same text with `S` instead of the section sign, for ASCII-only screens.
    public var asciiDescription: String {
        guard let section else { return "\(document): \(title)" }
        return "\(document) S\(section) \(title)"
    }
}

extension SpecReference {
    /// The newest core draft (the source we keep, syntax 0.4.0, core-03/main).
    static func core(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-ietf-vcon-vcon-core", section: section, title: title)
    }

    /// The first core draft, syntax 0.0.1 (`draft-petrie-vcon-00`).
    static func petrie(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-petrie-vcon-00", section: section, title: title)
    }

    /// The SIP signaling and STIR/SHAKEN extension draft.
    static func sip(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-howe-vcon-sip-signaling-00", section: section, title: title)
    }

    /// The vCon zip bundle draft.
    static func bundle(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-miller-vcon-zip-bundle-01", section: section, title: title)
    }

    /// A draft we know only by name and version (no copy of its text, so no section number).
    static func draft(_ name: String, _ title: String) -> SpecReference {
        SpecReference(document: name, section: nil, title: title)
    }

    /// RFC 7515 (JWS).
    static func jws(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "RFC 7515", section: section, title: title)
    }

    /// RFC 7516 (JWE).
    static func jwe(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "RFC 7516", section: section, title: title)
    }
}
