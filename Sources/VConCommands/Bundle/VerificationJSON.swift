import VConBundle
import VConModel

/// `bundle verify --json`: a stable object, members in a fixed order.
enum VerificationJSON {
    static func render(_ verification: BundleVerification, reader: BundleReader) -> JSONOutput {
        .object([
            ("bundle", .string(reader.path)),
            ("readable", .bool(true)),
            ("valid", .bool(verification.errorCount == 0)),
            ("manifest", reader.manifest.map { .object([("format", .optional($0.format)), ("version", .optional($0.version))]) } ?? .null),
            ("vcons", .int(reader.members.count)),
            ("files", .int(reader.files.count)),
            ("files_hashed", .int(verification.filesChecked)),
            ("hashes_checked", .int(verification.hashesChecked)),
            ("errors", .int(verification.errorCount)),
            ("warnings", .int(verification.warningCount)),
            ("findings", .array(verification.findings.map(finding))),
        ])
    }

    private static func finding(_ item: BundleFinding) -> JSONOutput {
        .object([
            ("entry", .optional(item.entry)),
            ("severity", .string(item.finding.severity.rawValue)),
            ("rule", .string(item.finding.rule)),
            ("pointer", .string(item.finding.pointer)),
            ("line", .optional(item.finding.line)),
            ("column", .optional(item.finding.column)),
            ("message", .string(item.finding.message)),
        ])
    }
}
