/// One thing a reader noticed about a file: what, how bad, and where (JSON Pointer and line:column).
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The rule's identifier, e.g. `required-field`, `party-index`.
    public var rule: String
    /// RFC 6901 JSON Pointer of the value concerned ("" for the whole document).
    public var pointer: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// Which document `pointer`, `line` and `column` refer to: 0 for the file's own JSON
    /// (after any gzip), 1 or more for a decoded JWS payload (the innermost readable vCon).
    public var layer: Int
    /// Where the rule comes from in the draft of the profile applied (`§4.3.1.6`), or "" for the
    /// reader's own checks (JSON issues, envelope notes).
    public var section: String

    public init(
        severity: Severity, rule: String, pointer: String, line: Int? = nil, column: Int? = nil, message: String, layer: Int = 0,
        section: String = ""
    ) {
        self.section = section
        self.severity = severity
        self.rule = rule
        self.pointer = pointer
        self.line = line
        self.column = column
        self.message = message
        self.layer = layer
    }

    /// A finding located at a JSON value.
    public init(_ severity: Severity, _ rule: String, at value: JSONValue, _ message: String) {
        let location = value.location
        self.init(severity: severity, rule: rule, pointer: value.pointer, line: location.line, column: location.column, message: message)
    }
}
