/// One conformance rule: a single concern of the draft, its id, and its messages beside it.
///
/// Rules read a `ValidationContext` (the vCon with its arrays resolved once) and append
/// findings; they never throw and never trap on odd JSON.
public protocol ValidationRule: Sendable {
    /// The rule's kebab-case identifier, printed in `[brackets]` by `validate`.
    static var id: String { get }
    /// The section(s) of draft-ietf-vcon-vcon-core-04 the rule comes from (`§4.3.1.6`).
    static var section: String { get }
    /// Appends this rule's findings about the vCon in `context`.
    func check(_ context: ValidationContext, into findings: inout [Finding])
}

extension ValidationRule {
    /// The rule id, from an instance.
    public var id: String { Self.id }

    /// A finding of this rule located at `value`.
    func finding(_ severity: Finding.Severity, at value: JSONValue, _ message: String, section: String? = nil) -> Finding {
        var finding = Finding(severity, Self.id, at: value, message)
        finding.section = section ?? Self.section
        return finding
    }
}
