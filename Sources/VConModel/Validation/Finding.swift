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

    public init(severity: Severity, rule: String, pointer: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.severity = severity
        self.rule = rule
        self.pointer = pointer
        self.line = line
        self.column = column
        self.message = message
    }

    /// A finding located at a JSON value.
    public init(_ severity: Severity, _ rule: String, at value: JSONValue, _ message: String) {
        let location = value.location
        self.init(severity: severity, rule: rule, pointer: value.pointer, line: location.line, column: location.column, message: message)
    }
}
