import Foundation
import VConModel

/// Creates `.vconz` bundles following the draft's creation rules.
///
/// vCons are copied byte for byte (never re-serialised, decrypted or unsigned; a gzip-compressed
/// input file is stored as its inflated JSON). Referenced files come from `filesDirectory` only,
/// every hash of each is verified, and each is stored once as `files/<primary hash>.<ext>`.
/// `manifest.json` is the first entry. Everything is resolved before the archive is started, so a
/// failure leaves no output; an existing output is refused unless `overwrite`.
public struct BundleWriter: Sendable {
    public var digester: any Digesting
    /// Where referenced external files are looked up (by hash name, then by URL file name).
    public var filesDirectory: String?
    /// Store a vCon whose referenced file is not found, with a warning, instead of failing.
    public var allowMissingFiles = false
    /// Replace an existing output file.
    public var overwrite = false
    /// Timestamp of every entry (pin it for reproducible bundles).
    public var modificationDate = Date()
    public var options = BundleOptions()

    public init(digester: any Digesting, filesDirectory: String? = nil) {
        self.digester = digester
        self.filesDirectory = filesDirectory
    }

    /// Extensions whose content is already compressed: stored, not deflated again.
    static let storedExtensions: Set<String> = [
        "mp3", "mp4", "m4a", "ogg", "opus", "webm", "weba", "ogv", "flac", "aac", "amr", "mov", "jpg", "png", "gif", "webp", "gz", "zip",
    ]

    /// Writes a bundle at `output` holding the vCons at `inputs`.
    public func create(at output: String, from inputs: [String]) throws(BundleError) -> BundleCreation {
        if !overwrite, FileManager.default.fileExists(atPath: output) {
            throw BundleError(.outputExists, subject: output, "\(TextSafety.line(output)) already exists (use --force to overwrite)")
        }
        if inputs.isEmpty { throw BundleError(.invalidArgument, "no vCon files given") }
        var plan = CreationPlan(
            digester: digester, inflater: ZlibInflater(), files: LocalFileIndex(directory: filesDirectory), allowMissing: allowMissingFiles)
        for input in inputs { try plan.add(path: input) }
        plan.noteMissingGroupMembers()

        let writer = try ZipWriter(path: output, overwrite: overwrite, modificationDate: modificationDate)
        try writer.add(name: "manifest.json", bytes: Array(BundleManifest.current.jsonText.utf8))
        for vcon in plan.vcons { try writer.add(name: vcon.stored.entryName, bytes: vcon.bytes) }
        for file in plan.planned {
            try writer.add(name: file.entryName, contentsOf: file.localPath, store: Self.storedExtensions.contains(file.fileExtension))
        }
        try writer.finish()

        var readBack = options
        if allowMissingFiles { readBack.missingFileSeverity = .warning }
        let verification = BundleVerifier.verify(try BundleReader.open(path: output, options: readBack), digester: digester)
        return BundleCreation(
            output: output, vcons: plan.vcons.map(\.stored), files: plan.planned.map(\.entryName),
            notes: plan.notes, verification: verification)
    }
}
