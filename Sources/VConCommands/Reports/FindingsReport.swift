import Foundation
import VConModel

/// Renders findings for `validate`: one `file:line:column: severity: message [rule] (pointer)` line
/// each, or JSON. Pure: the caller prints. Every vCon-derived string goes through `TextSafety`.
public enum FindingsReport {
    /// One file's findings, ready to render. `file` is nil when the file could not be opened.
    public struct Entry: Sendable {
        public var source: String
        public var file: LoadedFile?
        public var findings: [Finding]
        /// The profile the findings were made under (nil when there is no readable vCon).
        public var profile: Profile?
        public init(source: String, file: LoadedFile?, findings: [Finding], profile: Profile? = nil) {
            self.source = source
            self.file = file
            self.findings = findings
            self.profile = profile
        }
    }

    /// The rule id for a file that is JSON but not a vCon.
    public static let notVConRule = "not-vcon"

    /// Findings for a file that could not be opened as a vCon (empty for unreadable / not JSON:
    /// those are reported as errors, not findings).
    public static func findings(for error: LoadError) -> [Finding] {
        guard error.kind == .notVCon else { return [] }
        return [
            Finding(
                severity: .error, rule: notVConRule, pointer: "", line: error.location?.line ?? 1,
                column: error.location?.column ?? 1, message: error.message)
        ]
    }

    /// Where a finding is in the file itself: payload findings point at the JWS `payload` string.
    public static func fileLocation(of finding: Finding, in file: LoadedFile?) -> (line: Int, column: Int) {
        guard finding.layer > 0, let file else { return (finding.line ?? 1, finding.column ?? 1) }
        let root = file.document.root
        let payload = root["payload"] ?? root
        let location = payload.location
        return (location.line, location.column)
    }

    /// The pointer as printed: payload findings say so (`payload /dialog/0`).
    static func printedPointer(_ finding: Finding) -> String {
        let pointer = TextSafety.line(finding.pointer)
        return finding.layer > 0 ? "payload \(pointer.isEmpty ? "/" : pointer)" : pointer
    }

    /// `rule` or `rule §4.3.1.6`.
    static func ruleLabel(_ finding: Finding) -> String { finding.section.isEmpty ? finding.rule : "\(finding.rule) \(finding.section)" }

    /// `file:line:column: severity: message [rule §section] (pointer)`.
    public static func line(_ finding: Finding, source: String, file: LoadedFile?) -> String {
        let (line, column) = fileLocation(of: finding, in: file)
        return
            "\(TextSafety.line(source)):\(line):\(column): \(finding.severity.rawValue): \(TextSafety.line(finding.message)) [\(ruleLabel(finding))] (\(printedPointer(finding)))"
    }

    /// Every finding of every entry, one line each, newline-terminated.
    public static func text(_ entries: [Entry]) -> String {
        var out = ""
        for entry in entries {
            for finding in entry.findings { out += line(finding, source: entry.source, file: entry.file) + "\n" }
        }
        return out
    }

    /// One finding as JSON (stable key order); line and column are in the file, `layer` > 0 marks a payload.
    public static func json(_ finding: Finding, file: LoadedFile?) -> JSONOutput {
        let (line, column) = fileLocation(of: finding, in: file)
        var members: [(String, JSONOutput)] = [
            ("severity", .string(finding.severity.rawValue)),
            ("rule", .string(finding.rule)),
            ("pointer", .string(finding.pointer)),
            ("line", .int(line)),
            ("column", .int(column)),
            ("message", .string(finding.message)),
            ("section", .string(finding.section)),
        ]
        if finding.layer > 0 {
            members.append(("layer", .int(finding.layer)))
            members.append(("payload_line", .optional(finding.line)))
            members.append(("payload_column", .optional(finding.column)))
        }
        return .object(members)
    }

    /// `[{file, findings}]` for `validate --json`.
    public static func json(_ entries: [Entry]) -> JSONOutput {
        .array(
            entries.map { entry in
                .object([
                    ("file", .string(entry.source)),
                    ("profile", .optional(entry.profile?.name)),
                    ("findings", .array(entry.findings.map { json($0, file: entry.file) })),
                ])
            })
    }

    /// `2 errors, 1 warning, 3 infos` (or `no findings`).
    public static func counts(_ findings: [Finding]) -> String {
        let parts = Finding.Severity.allCases.reversed().compactMap { severity -> String? in
            let n = findings.filter { $0.severity == severity }.count
            guard n > 0 else { return nil }
            return "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }
}
