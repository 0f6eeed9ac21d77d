import VConModel

/// Applies the draft's validation and extraction rules to an opened bundle.
///
/// Rules (rule id, severity):
/// - structure: `bundle-manifest-missing`, `bundle-vcons-missing`, `bundle-manifest-invalid`, `bundle-format`,
///   `bundle-version` (error; warning for a newer 1.x), `bundle-manifest-first` (warning), `bundle-vcon-name`
///   (warning), `bundle-unknown-entry` (info), `bundle-extension-metadata` (warning), all from `BundleReader`;
/// - members: `bundle-vcon-unreadable` (error), `bundle-uuid-missing` (error), `bundle-uuid-unchecked` (info,
///   encrypted without a uuid header), `bundle-uuid-mismatch` (error), `bundle-duplicate-uuid` (error),
///   `bundle-encrypted` (info: references not visible), `bundle-group-missing` (warning);
/// - files: `bundle-file-missing` (configurable, default error), `bundle-content-hash-invalid` (warning),
///   `bundle-hash-mismatch` (configurable, default error), `bundle-file-name` (warning),
///   `bundle-orphan-file` (warning; info when an encrypted vCon might use it), `bundle-file-unreadable` (error).
public enum BundleVerifier {
    /// Checks every rule and every hash; reads each member once and streams each file once.
    public static func verify(
        _ reader: BundleReader, digester: any Digesting,
        loader: FileLoader = FileLoader(inflater: ZlibInflater())
    ) -> BundleVerification {
        var findings = reader.structureFindings
        let summaries = reader.members.map { reader.summary(of: $0, loader: loader) }
        findings += MemberRules.check(summaries)
        var files = FileRules(reader: reader, options: reader.options)
        findings += files.check(summaries, digester: digester)
        return BundleVerification(
            findings: findings, summaries: summaries,
            filesChecked: files.filesChecked, hashesChecked: files.hashesChecked)
    }
}
