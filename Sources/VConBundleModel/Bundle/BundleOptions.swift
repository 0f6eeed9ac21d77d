import VConModel

/// How strictly a bundle is read and checked.
public struct BundleOptions: Sendable {
    /// Archive limits (zip bombs, entry counts).
    public var limits: ArchiveLimits
    /// Largest vCon member read into memory to parse, in bytes.
    public var maxVConBytes: UInt64
    /// Severity of a reference whose file is not in `files/` (the draft: "MUST fail or warn").
    public var missingFileSeverity: Finding.Severity
    /// Severity of a file whose content does not match its hash (the draft: "MUST fail unless configured for warnings").
    public var hashMismatchSeverity: Finding.Severity

    public init(
        limits: ArchiveLimits = .standard,
        maxVConBytes: UInt64 = 1 << 30,
        missingFileSeverity: Finding.Severity = .error,
        hashMismatchSeverity: Finding.Severity = .error
    ) {
        self.limits = limits
        self.maxVConBytes = maxVConBytes
        self.missingFileSeverity = missingFileSeverity
        self.hashMismatchSeverity = hashMismatchSeverity
    }
}
