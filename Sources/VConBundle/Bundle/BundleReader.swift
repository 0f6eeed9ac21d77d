import VConModel

/// A `.vconz` bundle opened for reading: its layout known from the central directory, members read on demand.
///
/// Opening reads only the central directory and `manifest.json`: a bundle of 10 000 vCons is listed
/// from entry names without parsing any member. Structural problems (no manifest, no `vcons/`, a bad
/// version) are findings, not errors, so `verify` can report everything; a file that is not a safe,
/// readable zip archive is a `BundleError`.
public final class BundleReader: Sendable {
    /// The path it was opened from.
    public let path: String
    public let options: BundleOptions
    /// The manifest, when present and JSON.
    public let manifest: BundleManifest?
    /// `vcons/*.json`, sorted by entry name.
    public let members: [BundleMember]
    /// `files/*`, in archive order.
    public let files: [BundleFile]
    /// Hash-named files under `extensions/<name>/files/`.
    public let extensionFiles: [BundleFile]
    /// The `extensions/` tree, one entry per extension directory.
    public let extensions: [BundleExtension]
    /// Entries outside manifest.json, vcons/, files/ and extensions/.
    public let otherEntries: [String]
    /// Findings about the layout and manifest, found while opening.
    public let structureFindings: [BundleFinding]
    /// The archive file's identity just before it was opened (nil for a bundle in memory), to notice changes.
    public let identity: FileIdentity?

    let archive: ZipArchive
    private let filesByStem: [String: [BundleFile]]
    private let membersByUUID: [String: BundleMember]

    /// Opens the bundle at `path`; throws when it is not a readable, safe zip archive.
    public static func open(path: String, options: BundleOptions = BundleOptions()) throws(BundleError) -> BundleReader {
        let identity = FileIdentity.of(path: path)
        let archive = try ZipArchive(path: path, limits: options.limits)
        return try BundleReader(archive: archive, options: options, identity: identity)
    }

    init(archive: ZipArchive, options: BundleOptions, identity: FileIdentity? = nil) throws(BundleError) {
        self.archive = archive
        self.identity = identity
        self.path = archive.path
        self.options = options
        let layout = BundleLayout(entries: archive.entries)
        members = layout.members.sorted { $0.entryName < $1.entryName }
        files = layout.files
        extensionFiles = layout.extensionFiles
        extensions = layout.extensions
        otherEntries = layout.otherEntries
        filesByStem = Dictionary(grouping: layout.files, by: \.stem)
        membersByUUID = Dictionary(members.map { ($0.nameUUID, $0) }, uniquingKeysWith: { first, _ in first })

        var findings: [BundleFinding] = []
        var manifest: BundleManifest?
        if let entry = layout.manifest {
            let (parsed, manifestFindings) = BundleManifest.parse(try archive.readAll(entry, limit: 1 << 20))
            manifest = parsed
            findings += manifestFindings
            if !layout.manifestIsFirst {
                findings.append(
                    BundleFinding(
                        entry: "manifest.json", .warning, "bundle-manifest-first",
                        "manifest.json is not the first entry of the archive"))
            }
        } else {
            findings.append(BundleFinding(entry: nil, .error, "bundle-manifest-missing", "the bundle has no manifest.json"))
        }
        if !layout.hasVConsDirectory {
            findings.append(BundleFinding(entry: nil, .error, "bundle-vcons-missing", "the bundle has no vcons/ directory"))
        } else if members.isEmpty {
            findings.append(BundleFinding(entry: "vcons/", .error, "bundle-vcons-missing", "vcons/ holds no *.json vCon"))
        }
        for stray in layout.strayVConEntries {
            findings.append(
                BundleFinding(
                    entry: stray, .warning, "bundle-vcon-name",
                    "not a vcons/<uuid>.json file; not read as a vCon"))
        }
        for other in layout.otherEntries {
            findings.append(
                BundleFinding(
                    entry: other, .info, "bundle-unknown-entry",
                    "entry outside manifest.json, vcons/, files/ and extensions/"))
        }
        for ext in layout.extensions where !ext.hasMetadata {
            findings.append(
                BundleFinding(
                    entry: "extensions/\(ext.name)/", .warning, "bundle-extension-metadata",
                    "extension \(TextSafety.line(ext.name)) has no metadata.json"))
        }
        self.manifest = manifest
        structureFindings = findings
    }

    /// The member whose file name claims `uuid`.
    public func member(uuid: String) -> BundleMember? { membersByUUID[uuid] }

    /// The member's bytes, exactly as stored (refused past `options.maxVConBytes`).
    public func bytes(of member: BundleMember) throws(BundleError) -> [UInt8] {
        try archive.readAll(member.entry, limit: options.maxVConBytes)
    }

    /// The member opened as a vCon (layers named, JWS payloads followed, gzip inflated).
    public func load(_ member: BundleMember, loader: FileLoader = FileLoader(inflater: ZlibInflater())) throws(BundleError) -> LoadedFile {
        let buffer = ByteBuffer(try bytes(of: member))
        do {
            return try loader.load(buffer: buffer, source: "\(path)!\(member.entryName)")
        } catch {
            throw BundleError(.invalidVCon, subject: member.entryName, error.message)
        }
    }

    /// The member read once and summarised; an unreadable member gives a summary with `problem` set.
    public func summary(of member: BundleMember, loader: FileLoader = FileLoader(inflater: ZlibInflater())) -> BundleMemberSummary {
        do {
            return BundleMemberSummary(member: member, file: try load(member, loader: loader))
        } catch {
            return BundleMemberSummary(member: member, problem: error.message)
        }
    }

    /// The files in `files/` named by any of `hashes` (with any extension), primary hash first.
    public func files(for hashes: [ContentHash]) -> [BundleFile] {
        var ordered = hashes
        if let primary = ContentHash.primary(of: hashes), let at = ordered.firstIndex(of: primary) {
            ordered.remove(at: at)
            ordered.insert(primary, at: 0)
        }
        var found: [BundleFile] = []
        for hash in ordered {
            for stem in Set([hash.text, hash.fileStem]).sorted() {
                for file in filesByStem[stem] ?? [] where !found.contains(file) { found.append(file) }
            }
        }
        return found
    }

    /// The file for a reference's hashes, if the bundle has one.
    public func file(for hashes: [ContentHash]) -> BundleFile? { files(for: hashes).first }

    /// Streams a file's bytes in chunks (size, ratio and CRC checked as it goes).
    public func stream(_ file: BundleFile, _ body: (UnsafeRawBufferPointer) throws(BundleError) -> Void) throws(BundleError) {
        try archive.readChunks(file.entry, body)
    }

    /// A file's bytes in memory, refused past `limit`.
    public func bytes(of file: BundleFile, limit: UInt64) throws(BundleError) -> [UInt8] {
        try archive.readAll(file.entry, limit: limit)
    }
}
