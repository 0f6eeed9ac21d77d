import Foundation
import VConModel

/// The local directory external files are taken from (`--files DIR`): never the network.
///
/// A reference's file is found by hash (a file named `<content_hash>` with any extension, as in a
/// bundle's `files/`), else by the last path segment of its URL. Only regular files directly in the
/// directory are considered; symlinks are followed only to regular files.
public struct LocalFileIndex: Sendable {
    public let directory: String?
    private let byStem: [String: [String]]
    private let names: Set<String>

    public init(directory: String?) {
        self.directory = directory
        guard let directory, let listing = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            byStem = [:]
            names = []
            return
        }
        var byStem: [String: [String]] = [:]
        for name in listing.sorted() where !name.hasPrefix(".") {
            let stem = name.firstIndex(of: ".").map { String(name[..<$0]) } ?? name
            byStem[stem, default: []].append(name)
        }
        self.byStem = byStem
        self.names = Set(listing)
    }

    /// Candidate local paths for a reference, by hash first, then by URL file name.
    public func candidates(for reference: FileReference) -> [String] {
        candidates(url: reference.url, hashes: reference.hashes)
    }

    /// Candidate local paths for a url and its hashes, by hash first (primary first), then by URL file name.
    public func candidates(url: String?, hashes given: [ContentHash]) -> [String] {
        guard let directory else { return [] }
        var found: [String] = []
        let hashes = [ContentHash.primary(of: given)].compactMap { $0 } + given
        for hash in hashes {
            for stem in [hash.fileStem, hash.text] {
                for name in byStem[stem] ?? [] where !found.contains(name) { found.append(name) }
            }
        }
        if let name = url.flatMap(Self.lastSegment), names.contains(name), !found.contains(name) {
            found.append(name)
        }
        return found.map { (directory as NSString).appendingPathComponent($0) }.filter(Self.isRegularFile)
    }

    /// The URL's last path segment, percent-decoded, when it is a plain file name.
    public static func lastSegment(_ url: String) -> String? {
        let path = URLComponents(string: url)?.path ?? url
        guard let segment = path.split(separator: "/").last.map(String.init) else { return nil }
        let name = segment.removingPercentEncoding ?? segment
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"), !name.contains("\\") else { return nil }
        return name
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Hashes a local file in one streaming pass with every algorithm in `hashes`; also returns its first bytes.
    public static func hash(_ path: String, algorithms: [HashAlgorithm], digester: any Digesting) throws(BundleError) -> (
        digests: [HashAlgorithm: String], head: [UInt8]
    ) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BundleError(.ioFailure, subject: path, "cannot read \(TextSafety.line(path))")
        }
        defer { try? handle.close() }
        let hashers = algorithms.map { digester.makeHasher($0) }
        var head: [UInt8] = []
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw BundleError(.ioFailure, subject: path, "cannot read \(TextSafety.line(path)): \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            if head.count < 64 { head += chunk.prefix(64 - head.count) }
            chunk.withUnsafeBytes { bytes in hashers.forEach { $0.update(bytes) } }
        }
        var digests: [HashAlgorithm: String] = [:]
        for (algorithm, hasher) in zip(algorithms, hashers) {
            digests[algorithm] = ContentHash.format(algorithm, hasher.finalize())
        }
        return (digests, head)
    }
}
