/// The answer to "explain this pointer": the entry that fits best, the path the pointer was read as,
/// and notes about how it fits (an index into another array, an older spelling, an undefined key).
public struct ExplainMatch: Sendable, Equatable {
    /// The best entry; `standing == .nonStandard` with path `*` when the key is defined by no draft.
    public var entry: FieldExplanation
    /// The pointer as given (may contain untrusted text; sanitise before display).
    public var pointer: String
    /// The pointer as a path pattern, e.g. `dialog[].parties[]` (after renaming old spellings).
    public var path: String
    /// Plain-language notes about this particular pointer, already sanitised.
    public var notes: [String]

    /// True when a draft defines what the pointer points at (not a fallback for an unknown key).
    public var isDefined: Bool { entry.path != ExplainCatalog.undefinedPath }
}
