/// The JSON reader's own survivable issues as findings: `json-duplicate-key`, `json-invalid-utf8`,
/// `json-lone-surrogate`, `json-byte-order-mark`.
public enum JSONIssueRule {
    /// The rule id for one kind of reader issue.
    public static func id(for kind: JSONIssue.Kind) -> String { "json-" + kind.rawValue }

    /// How bad each issue is: broken text is an error; the rest is readable but ambiguous or unusual.
    static func severity(for kind: JSONIssue.Kind) -> Finding.Severity {
        switch kind {
        case .invalidUTF8: .error  // RFC 8259 §8.1: JSON text MUST be UTF-8
        case .duplicateKey: .warning  // RFC 8259 §4: names SHOULD be unique; readers disagree on which wins
        case .loneSurrogate: .warning
        case .byteOrderMark: .warning  // RFC 8259 §8.1: MUST NOT add a BOM
        }
    }

    /// Findings for every issue the reader recorded in `document`.
    public static func findings(for document: JSONDocument, layer: Int) -> [Finding] {
        document.issues.map { issue in
            let location = document.location(ofByte: issue.offset)
            let pointer = issue.kind == .byteOrderMark ? "" : document.pointer(to: issue.nodeIndex)
            return Finding(
                severity: severity(for: issue.kind), rule: id(for: issue.kind), pointer: pointer,
                line: location.line, column: location.column, message: issue.message, layer: layer)
        }
    }
}
