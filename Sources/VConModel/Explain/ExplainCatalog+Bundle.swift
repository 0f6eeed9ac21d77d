/// Members of a `.vconz` bundle's `manifest.json` and of an extension's `metadata.json`.
extension ExplainCatalog {
    static let bundle: [FieldExplanation] = [
        FieldExplanation(
            "", form: .bundleManifest, title: "Bundle manifest (manifest.json)",
            meaning:
                "The first entry of a .vconz zip bundle. It only identifies the format and its version; the vCons are found by listing vcons/, and their files by content hash in files/.",
            standing: .bundle, specs: [.bundle("3.1", "manifest.json"), .bundle("2", "File Structure")],
            related: ["format", "version"]),
        FieldExplanation(
            "format", form: .bundleManifest, title: "Bundle format identifier",
            meaning: "Must be \"vcon-bundle\"; anything else is not a vCon bundle.",
            standing: .bundle, specs: [.bundle("3.1", "manifest.json")],
            values: [AllowedValue("vcon-bundle", "a vCon zip bundle")],
            related: ["version"]),
        FieldExplanation(
            "version", form: .bundleManifest, title: "Bundle format version",
            meaning:
                "The version of the bundle layout; draft-miller-vcon-zip-bundle-01 defines \"1.0\" (several vCons, flat hash-named files/). Readers should refuse versions they do not support.",
            standing: .bundle, specs: [.bundle("3.1", "manifest.json"), .bundle("8.2", "Bundle Format Versioning")],
            values: [AllowedValue("1.0", "multi-vCon bundle with hash-named files/")],
            related: ["format"]),
        FieldExplanation(
            "", form: .bundleExtensionMetadata, title: "Bundle extension metadata",
            meaning:
                "The metadata.json of an extensions/NAME/ folder in a bundle: which vCon extension the folder serves and which versions it fits.",
            standing: .bundle, specs: [.bundle("8.1", "Future vCon Extensions")],
            related: ["extension_name"]),
        extensionField(
            "extension_name", "Extension name",
            "The registered name of the vCon extension, e.g. \"mimi-messages\"; it matches the folder name."),
        extensionField("extension_version", "Extension version", "The version of the extension this folder follows."),
        extensionField(
            "vcon_version_compatibility", "Compatible vCon versions",
            "The vCon syntax versions the extension works with, as an array of strings."),
        extensionField(
            "bundle_format_version", "Bundle format version", "The bundle format version the extension folder was written for (\"1.0\")."),
        extensionField("description", "Description", "Free text describing the extension."),
    ]

    private static func extensionField(_ name: String, _ title: String, _ meaning: String) -> FieldExplanation {
        FieldExplanation(
            name, form: .bundleExtensionMetadata, title: title, meaning: meaning, standing: .bundle,
            specs: [.bundle("8.1", "Future vCon Extensions")])
    }
}
