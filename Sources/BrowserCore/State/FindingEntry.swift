import VConModel

/// One row of the `!` list: a finding of the open vCon, or (in the vCon list) a file that could not be opened.
struct FindingEntry: Sendable {
    var severity: Finding.Severity
    var rule: String
    /// Where: `.dialog[0].start  3:17`, or the file's path.
    var location: String
    var message: String
    /// Where Enter jumps (nil: nowhere, a file that was skipped).
    var pointer: String?

    init(_ finding: Finding) {
        severity = finding.severity
        rule = finding.rule
        let position = finding.line.map { line in "  \(line):\(finding.column ?? 1)" } ?? ""
        location = PointerText.path(finding.pointer) + position
        message = finding.message
        pointer = finding.pointer
    }

    /// A line of the session's `skipped` list, `path: why`.
    init(skipped line: String) {
        severity = .error
        rule = "not opened"
        if let colon = line.range(of: ": ") {
            location = String(line[..<colon.lowerBound])
            message = String(line[colon.upperBound...])
        } else {
            location = line
            message = "could not be opened"
        }
        pointer = nil
    }

    /// Errors first, then warnings, then info; document order within each.
    static func sorted(_ findings: [Finding]) -> [FindingEntry] {
        findings.enumerated()
            .sorted { $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset }
            .map { FindingEntry($0.element) }
    }
}
