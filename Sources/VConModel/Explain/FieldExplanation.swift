/// One explained field of a vCon, an envelope or a bundle manifest: what it means, where a draft defines it,
/// how each generation spells it, which values the drafts list, and what it is related to.
///
/// Paths are patterns, not pointers: array elements are `[]` (`dialog[].parties`), nested objects are joined
/// with `.` (`dialog[].session_id.local`), and attachment bodies of a known purpose use a selector
/// (`attachments[purpose=sip-message-trace].body`). All text is our own wording, plain ASCII.
public struct FieldExplanation: Sendable, Equatable, Identifiable {
    /// The path pattern, e.g. `parties[].tel`; unique within its `form`.
    public var path: String
    /// Which kind of document the path belongs to (a vCon, a JWS, a JWE, a bundle manifest).
    public var form: ExplainForm
    /// A short human title, e.g. "Party telephone number".
    public var title: String
    /// One to four sentences in our own words.
    public var meaning: String
    /// Whether a draft defines the field, and which kind of draft.
    public var standing: Standing
    /// Where the field is defined, newest draft first.
    public var specs: [SpecReference]
    /// How each generation spells the field (empty when the spelling never changed).
    public var spellings: [GenerationSpelling]
    /// Values the drafts list for the field, with the generations that use them.
    public var values: [AllowedValue]
    /// The array a field's integers index into (`parties[]`, `dialog[]`, `attachments[]`), if it holds indices.
    public var indexes: String?
    /// Other paths worth reading next.
    public var related: [String]

    public var id: String { form.rawValue + ":" + path }

    public init(
        _ path: String, form: ExplainForm = .vcon, title: String, meaning: String, standing: Standing = .core,
        specs: [SpecReference] = [], spellings: [GenerationSpelling] = [], values: [AllowedValue] = [],
        indexes: String? = nil, related: [String] = []
    ) {
        self.path = path
        self.form = form
        self.title = title
        self.meaning = meaning
        self.standing = standing
        self.specs = specs
        self.spellings = spellings
        self.values = values
        self.indexes = indexes
        self.related = related
    }

    /// The spelling the first matching row gives for a generation, or nil when the table does not say.
    public func spelling(in generation: Generation) -> String? {
        spellings.first { $0.covers(generation) }?.spelling
    }

    /// The listed value with this exact text, if any.
    public func value(_ text: String) -> AllowedValue? {
        values.first { $0.value == text }
    }
}

extension FieldExplanation {
    /// How firmly a field is defined.
    public enum Standing: String, Sendable, CaseIterable {
        /// Defined by the newest core draft.
        case core = "core field"
        /// Defined only by older core drafts (renamed, moved to an extension, or dropped).
        case retired = "retired core field"
        /// Defined by an extension draft (SIP signaling, bundle).
        case `extension` = "extension field"
        /// Defined by JOSE (RFC 7515 / 7516) as profiled by the core draft.
        case envelope = "envelope field"
        /// Defined by the vCon zip bundle draft.
        case bundle = "bundle field"
        /// Seen in real files, defined by no draft.
        case nonStandard = "not defined by any draft"
    }
}

/// Which kind of document a path lives in; the same name means different things in each.
public enum ExplainForm: String, Sendable, CaseIterable {
    /// An unsigned vCon object (also the payload of a JWS once decoded).
    case vcon
    /// A signed vCon: JWS general or flattened JSON serialization.
    case jws
    /// An encrypted vCon: JWE general or flattened JSON serialization.
    case jwe
    /// The `manifest.json` at the top of a `.vconz` bundle.
    case bundleManifest
    /// An `extensions/NAME/metadata.json` file inside a `.vconz` bundle.
    case bundleExtensionMetadata

    /// The explain namespace for a detected file form; gzip and non-vCon files read as vCons.
    public init(_ form: VConForm) {
        switch form {
        case .jws: self = .jws
        case .jwe: self = .jwe
        case .unsigned, .gzip, .notVCon: self = .vcon
        }
    }
}
