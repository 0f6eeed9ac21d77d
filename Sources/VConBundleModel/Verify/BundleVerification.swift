import VConModel

/// Everything `verify` learned about a bundle: findings in a stable order, and what was checked.
public struct BundleVerification: Sendable {
    public let findings: [BundleFinding]
    public let summaries: [BundleMemberSummary]
    /// Files whose bytes were hashed.
    public let filesChecked: Int
    /// Individual hash comparisons made (a file may be checked against several algorithms).
    public let hashesChecked: Int

    public init(findings: [BundleFinding], summaries: [BundleMemberSummary], filesChecked: Int, hashesChecked: Int) {
        self.findings = findings
        self.summaries = summaries
        self.filesChecked = filesChecked
        self.hashesChecked = hashesChecked
    }

    public var errorCount: Int { findings.count { $0.finding.severity == .error } }
    public var warningCount: Int { findings.count { $0.finding.severity == .warning } }
    public var infoCount: Int { findings.count { $0.finding.severity == .info } }
    /// Exit status for `bundle verify`: 1 when any error, else 0.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }
}
