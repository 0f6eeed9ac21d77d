import Foundation
import VConModel

/// Everything a bundle will hold, resolved and verified before a byte is written.
public struct CreationPlan {
    public struct PlannedVCon {
        public let stored: BundleCreation.StoredVCon
        public let bytes: [UInt8]
        public let groupUUIDs: [String]
    }

    public struct PlannedFile {
        public let entryName: String
        public let localPath: String
        public let fileExtension: String
    }

    public let digester: any Digesting
    /// Gunzips gzip-compressed inputs (the zlib adapter's `ZlibInflater`).
    public let inflater: any Inflating
    public let files: LocalFileIndex
    public let allowMissing: Bool
    public private(set) var vcons: [PlannedVCon] = []
    public private(set) var plannedFiles: [String: PlannedFile] = [:]
    public private(set) var fileOrder: [String] = []
    public private(set) var notes: [BundleFinding] = []

    public init(digester: any Digesting, inflater: any Inflating, files: LocalFileIndex, allowMissing: Bool) {
        self.digester = digester
        self.inflater = inflater
        self.files = files
        self.allowMissing = allowMissing
    }

    public var planned: [PlannedFile] { fileOrder.compactMap { plannedFiles[$0] } }

    /// Reads, identifies and resolves one input vCon.
    public mutating func add(path: String) throws(BundleError) {
        let shown = TextSafety.line(path)
        let buffer: ByteBuffer
        do { buffer = try ByteBuffer.readFile(atPath: path) } catch {
            throw BundleError(.fileNotFound, subject: path, "cannot read \(shown): \(error.message)")
        }
        let loaded: LoadedFile
        do { loaded = try FileLoader(inflater: inflater).load(buffer: buffer, source: path) } catch {
            throw BundleError(.invalidVCon, subject: path, "\(shown) is not a vCon: \(error.message)")
        }
        let bytes = loaded.layers.first == .gzip ? loaded.document.buffer.bytes : buffer.bytes
        if loaded.layers.first == .gzip {
            notes.append(
                BundleFinding(entry: nil, .info, "bundle-create-gunzip", "\(shown) is gzip-compressed; its JSON is stored inflated"))
        }
        guard let (uuid, _) = EnvelopeUUID.find(in: loaded) else {
            throw BundleError(.invalidVCon, subject: path, "\(shown) has no uuid (needed for its file name in vcons/)")
        }
        guard Self.isSafeFileName(uuid) else {
            throw BundleError(.invalidVCon, subject: path, "\(shown) has uuid \(TextSafety.line(uuid)), which cannot be a file name")
        }
        if let earlier = vcons.first(where: { $0.stored.uuid == uuid }) {
            if earlier.bytes == bytes {
                notes.append(
                    BundleFinding(
                        entry: nil, .info, "bundle-create-duplicate",
                        "\(shown) is identical to \(TextSafety.line(earlier.stored.source)); stored once"))
                return
            }
            throw BundleError(
                .duplicateUUID, subject: path,
                "\(shown) and \(TextSafety.line(earlier.stored.source)) are different vCons with the same uuid \(TextSafety.line(uuid))")
        }
        let entryName = "vcons/\(uuid).json"
        let summary = BundleMemberSummary(member: .planned(entryName: entryName, uuid: uuid, size: bytes.count), file: loaded)
        if summary.isEncrypted {
            notes.append(
                BundleFinding(
                    entry: entryName, .warning, "bundle-create-encrypted",
                    "\(shown) is encrypted: stored without resolving its file references (no key)"))
        }
        for reference in summary.references { try resolve(reference, of: path, entry: entryName) }
        vcons.append(
            PlannedVCon(
                stored: .init(uuid: uuid, source: path, entryName: entryName, form: summary.formName),
                bytes: bytes, groupUUIDs: summary.groupUUIDs))
    }

    /// Notes group members that are referenced by uuid but were not given.
    public mutating func noteMissingGroupMembers() {
        let present = Set(vcons.map(\.stored.uuid))
        for vcon in vcons {
            for uuid in vcon.groupUUIDs where !present.contains(uuid) {
                notes.append(
                    BundleFinding(
                        entry: vcon.stored.entryName, .warning, "bundle-group-missing",
                        "group member \(TextSafety.line(uuid)) is not among the inputs"))
            }
        }
    }

    private mutating func resolve(_ reference: FileReference, of path: String, entry: String) throws(BundleError) {
        guard let primary = reference.primaryHash else { return }
        let stem = primary.fileStem
        if plannedFiles[stem] != nil { return }
        let what = "\(TextSafety.line(path)) \(reference.pointer) (\(TextSafety.line(stem)))"
        guard let local = files.candidates(for: reference).first else {
            // Only the draft's four arrays must be complete; a redacted/amended original may be withheld.
            guard reference.isRequired else { return }
            if allowMissing {
                notes.append(
                    BundleFinding(
                        entry: entry, .warning, "bundle-file-missing", pointer: reference.pointer,
                        "no local file for \(what); stored without it"))
                return
            }
            let place = files.directory.map { " in \(TextSafety.line($0))" } ?? " (no --files directory given)"
            throw BundleError(.missingReferencedFile, subject: path, "no local file\(place) for \(what)")
        }
        let checkable = reference.hashes.filter(\.isCheckable)
        if checkable.isEmpty {
            throw BundleError(.hashMismatch, subject: path, "cannot verify \(what): no content_hash this reader can check")
        }
        let algorithms = Array(Set(checkable.compactMap(\.algorithm))).sorted()
        let (digests, head) = try LocalFileIndex.hash(local, algorithms: algorithms, digester: digester)
        for hash in checkable {
            let actual = hash.algorithm.flatMap { digests[$0] } ?? "?"
            if actual != hash.canonicalText {
                throw BundleError(
                    .hashMismatch, subject: local,
                    "hash mismatch for \(TextSafety.line(local)) referenced by \(what): expected \(TextSafety.line(hash.text)), actual \(actual)"
                )
            }
        }
        let ext = FileExtension.choose(mediaType: reference.mediaType, head: head, url: reference.url)
        plannedFiles[stem] = PlannedFile(entryName: "files/\(stem).\(ext)", localPath: local, fileExtension: ext)
        fileOrder.append(stem)
    }

    /// A uuid usable as a file name: letters, digits, `-`, `_`, `.`, not starting with `.`.
    public static func isSafeFileName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 200 && !text.hasPrefix(".")
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
            }
    }
}
