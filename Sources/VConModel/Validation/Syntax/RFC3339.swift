/// RFC 3339 `date-time` checking, as the draft's Date type requires (via JMAP §1.4).
///
/// The reading is `RFC3339Time`'s; this layer decides what is wrong: lowercase `t`/`z` and a space separator are
/// readable but not normalised, a comma fraction or an offset without a colon are not RFC 3339 at all.
public enum RFC3339 {
    /// What a date string gets wrong, from fatal to cosmetic.
    public enum Problem: Sendable, Equatable {
        /// Not an RFC 3339 date-time at all (the reason says which part).
        case invalid(String)
        /// A date and time with no `Z` or `±hh:mm` offset: the instant is ambiguous.
        case missingOffset
        /// Readable, but not the normal form JMAP asks for (lowercase `t`/`z`, a space separator).
        case notNormalized(String)
    }

    /// The lenient spellings that are only cosmetic problems.
    static let cosmetic: RFC3339Time.Leniency = [.lowercaseT, .spaceSeparator, .lowercaseZ]

    /// Checks one string; nil when it is a well-formed, normalised RFC 3339 date-time.
    public static func problem(_ text: String) -> Problem? {
        switch RFC3339Time.parse(text, accepting: cosmetic) {
        case .failure(.missingOffset): return .missingOffset
        case .failure(let failure): return .invalid(failure.description)
        case .success(let time):
            if time.leniency.contains(.lowercaseT) { return .notNormalized("lowercase \"t\" separator") }
            if time.leniency.contains(.spaceSeparator) {
                return .notNormalized("a space instead of \"T\" between date and time")
            }
            if time.leniency.contains(.lowercaseZ) { return .notNormalized("lowercase \"z\"") }
            return nil
        }
    }
}
