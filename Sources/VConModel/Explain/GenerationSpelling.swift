/// One row of a field's spelling table: the generations (and drafts) that spell it one way.
public struct GenerationSpelling: Sendable, Equatable {
    /// First generation of the row.
    public var from: Generation
    /// Last generation of the row; nil means "and every later one".
    public var through: Generation?
    /// The spelling, e.g. `mimetype`; `-` when the field does not exist in these generations.
    public var spelling: String
    /// The drafts behind the row, e.g. `petrie-00 .. container-01`.
    public var drafts: String

    public init(from: Generation, through: Generation?, spelling: String, drafts: String) {
        self.from = from
        self.through = through
        self.spelling = spelling
        self.drafts = drafts
    }

    /// The marker for "absent in these generations".
    public static let absent = "-"

    /// True when `generation` falls in this row.
    public func covers(_ generation: Generation) -> Bool {
        if case .unknown = generation { return false }
        guard from <= generation else { return false }
        guard let through else { return true }
        return generation <= through
    }

    /// `0.0.1`, `0.0.2 - 0.3.0` or `0.3.0 +`.
    public var generations: String {
        guard let through else { return from == .v0_4_0 ? "0.4.0" : "\(from) +" }
        return from == through ? "\(from)" : "\(from) - \(through)"
    }
}

/// A value a draft lists for a field, with what it means and which generations know it.
public struct AllowedValue: Sendable, Equatable {
    public var value: String
    public var meaning: String
    /// e.g. `0.0.1 (petrie-02) +`, `0.4.0 (core-03)`, or `no draft` for values seen only in real files.
    public var generations: String?

    public init(_ value: String, _ meaning: String, since generations: String? = nil) {
        self.value = value
        self.meaning = meaning
        self.generations = generations
    }
}
