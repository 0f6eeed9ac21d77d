/// core-03 against core-04 for one vCon: the header's "valid under core-03, not core-04" and why.
public struct ProfileComparison: Sendable {
    /// Errors under core-03 (0 when the file is valid there).
    public let core03Errors: Int
    /// core-04 errors whose rule and pointer core-03 does not also report: what core-04 changed.
    public let core04Only: [Finding]

    /// Compares the two profiles' findings for `vcon` (only meaningful for 0.4.0-looking files);
    /// `core04` are its core-04 findings when the caller has them already.
    public init(_ vcon: VCon, core04: [Finding]? = nil) {
        let new = (core04 ?? Validator.validate(vcon, profile: .core04)).filter { $0.severity == .error }
        // Without a core-04 error there is nothing to explain: skip the second pass.
        let old = new.isEmpty ? [] : Validator.validate(vcon, profile: .core03).filter { $0.severity == .error }
        let seen = Set(old.map { "\($0.rule)\u{1}\($0.pointer)" })
        core03Errors = old.count
        core04Only = new.filter { !seen.contains("\($0.rule)\u{1}\($0.pointer)") }
    }

    /// True when core-03 finds no error and core-04 does.
    public var validUnderCore03Only: Bool { core03Errors == 0 && !core04Only.isEmpty }

    /// `valid under core-03, not core-04: <first reason> [rule §] (+N more)`, or nil.
    public var summary: String? {
        guard validUnderCore03Only, let first = core04Only.first else { return nil }
        let more = core04Only.count > 1 ? " (+\(core04Only.count - 1) more)" : ""
        return "valid under core-03, not core-04: \(TextSafety.line(first.message)) [\(first.rule) \(first.section)]\(more)"
    }

    /// The comparison for a vCon whose automatic profile is core-04, else nil (older files keep their own rules).
    public static func forNewest(_ vcon: VCon, core04: [Finding]? = nil) -> ProfileComparison? {
        Profile.automatic(for: vcon) == .core04 ? ProfileComparison(vcon, core04: core04) : nil
    }
}
