/// Which draft's rules a validation applies: `core-04` (the newest, default for files that declare
/// or look like 0.4.0), `core-03` (on request: the 0.4.0 rules as core-03 wrote them), or an older
/// generation's own rules (0.0.1, 0.0.2, 0.3.0), chosen from the file as before profiles existed.
public enum Profile: Sendable, Equatable, CustomStringConvertible {
    case core04
    case core03
    /// The rules of an older generation (never `.v0_4_0`: that is core-03 or core-04).
    case legacy(Generation)

    /// The profiles a user can name with `--profile`.
    public static let selectable: [Profile] = [.core04, .core03]

    /// `core-04`, `core-03`, or a user's spelling of them (`04`, `core04`); nil for anything else.
    public init?(name: String) {
        switch name.lowercased() {
        case "core-04", "core04", "04", "-04": self = .core04
        case "core-03", "core03", "03", "-03": self = .core03
        default: return nil
        }
    }

    /// The profile a vCon gets when none is asked for: core-04 for 0.4.0 (declared, inferred, or an
    /// undefined `vcon` value, which is checked as the newest), else its own generation's rules.
    public static func automatic(for vcon: VCon) -> Profile {
        switch vcon.generation {
        case .v0_4_0, .unknown: .core04
        case let older: .legacy(older)
        }
    }

    /// `core-04`, `core-03`, `0.0.1`.
    public var name: String {
        switch self {
        case .core04: "core-04"
        case .core03: "core-03"
        case .legacy(let generation): generation.description
        }
    }

    public var description: String { name }

    /// The draft the profile's rules come from, for headers and `--json`.
    public var draft: String {
        switch self {
        case .core04: "draft-ietf-vcon-vcon-core-04 (September 2026)"
        case .core03: "draft-ietf-vcon-vcon-core-03"
        case .legacy(.v0_0_1): "draft-petrie-vcon / vcon-container-00..01 (0.0.1)"
        case .legacy(.v0_0_2): "draft-ietf-vcon-vcon-container-02..03 (0.0.2)"
        case .legacy(.v0_3_0): "draft-ietf-vcon-vcon-core-00 (0.3.0)"
        case .legacy(let other): "the \(other) rules"
        }
    }

    /// The generation whose severities apply: core-03 and core-04 are both 0.4.0.
    public var generation: Generation {
        if case .legacy(let generation) = self { return generation }
        return .v0_4_0
    }
}
