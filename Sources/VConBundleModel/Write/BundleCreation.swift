import VConModel

/// What `BundleWriter.create` wrote.
public struct BundleCreation: Sendable {
    /// One vCon stored in the bundle.
    public struct StoredVCon: Sendable, Equatable {
        public let uuid: String
        /// The input path it came from.
        public let source: String
        /// `vcons/<uuid>.json`.
        public let entryName: String
        /// The outermost form's short name (`unsigned`, `jws-general`, …).
        public let form: String
    }

    public let output: String
    public let vcons: [StoredVCon]
    /// `files/<hash>.<ext>` entries, in the order written.
    public let files: [String]
    /// Warnings and notes from creation (a skipped duplicate input, an encrypted vCon not resolved,
    /// a missing file allowed by `allowMissingFiles`, a group member not included).
    public let notes: [BundleFinding]
    /// The written bundle read back and verified.
    public let verification: BundleVerification

    public init(output: String, vcons: [StoredVCon], files: [String], notes: [BundleFinding], verification: BundleVerification) {
        self.output = output
        self.vcons = vcons
        self.files = files
        self.notes = notes
        self.verification = verification
    }
}
