import VConModel

/// `manifest.json`: the bundle format identifier and version.
public struct BundleManifest: Sendable, Equatable {
    /// `format` as written (must be `vcon-bundle`).
    public var format: String?
    /// `version` as written (a string; a number is read as its text).
    public var version: String?

    /// Versions this reader implements.
    public static let supportedVersions = ["1.0"]
    /// The manifest a writer emits.
    public static let current = BundleManifest(format: "vcon-bundle", version: "1.0")

    public init(format: String?, version: String?) {
        self.format = format
        self.version = version
    }

    /// The JSON text a writer emits (as vcon-zip does: two-space indent).
    public var jsonText: String {
        JSONOutput.object([("format", .optional(format)), ("version", .optional(version))]).render(indent: 2)
    }

    /// Parses manifest bytes; problems come back as findings on `manifest.json`.
    public static func parse(_ bytes: [UInt8]) -> (BundleManifest?, [BundleFinding]) {
        let entry = "manifest.json"
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes: bytes)
        } catch {
            return (
                nil,
                [
                    BundleFinding(
                        entry: entry,
                        Finding(
                            severity: .error, rule: "bundle-manifest-invalid", pointer: "", line: error.location.line,
                            column: error.location.column, message: "manifest.json is not valid JSON: \(error.message)"))
                ]
            )
        }
        let root = document.root
        guard root.isObject else {
            return (
                nil,
                [BundleFinding(entry: entry, .init(.error, "bundle-manifest-invalid", at: root, "manifest.json must be a JSON object"))]
            )
        }
        var findings: [BundleFinding] = []
        let format = root["format"]?.string
        let versionValue = root["version"]
        let version = versionValue?.string ?? versionValue?.numberText
        if let value = root["format"] {
            if format != "vcon-bundle" {
                let shown = format.map { "\"\(TextSafety.line($0))\"" } ?? "not a string"
                findings.append(
                    BundleFinding(
                        entry: entry,
                        .init(
                            .error, "bundle-format", at: value,
                            "format is \(shown), not \"vcon-bundle\"")))
            }
        } else {
            findings.append(BundleFinding(entry: entry, .error, "bundle-manifest-invalid", "manifest.json has no \"format\""))
        }
        if let versionValue {
            findings += versionFindings(version, value: versionValue)
        } else {
            findings.append(BundleFinding(entry: entry, .error, "bundle-manifest-invalid", "manifest.json has no \"version\""))
        }
        return (BundleManifest(format: format, version: version), findings)
    }

    private static func versionFindings(_ version: String?, value: JSONValue) -> [BundleFinding] {
        let entry = "manifest.json"
        guard let version else {
            return [BundleFinding(entry: entry, .init(.error, "bundle-version", at: value, "version is not a string"))]
        }
        var findings: [BundleFinding] = []
        if value.string == nil {
            findings.append(
                BundleFinding(
                    entry: entry,
                    .init(
                        .warning, "bundle-version", at: value,
                        "version is the number \(version); the draft writes a string (\"1.0\")")))
        }
        if supportedVersions.contains(version) { return findings }
        let shown = TextSafety.line(version)
        if version.hasPrefix("1.") {
            // Same major version: the draft says new versions must not break the core structure.
            findings.append(
                BundleFinding(
                    entry: entry,
                    .init(
                        .warning, "bundle-version", at: value,
                        "bundle version \(shown) is newer than 1.0; read as 1.0")))
        } else {
            findings.append(
                BundleFinding(
                    entry: entry,
                    .init(
                        .error, "bundle-version", at: value,
                        "unsupported bundle version \(shown) (supported: 1.0)")))
        }
        return findings
    }
}
