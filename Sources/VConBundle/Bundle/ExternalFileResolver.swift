import VConModel

/// Resolves external references against bundle `files/` and a local directory, checking every hash.
/// Never the network. Implements VConModel's `ExternalResolving` for the relation graph.
public struct ExternalFileResolver: ExternalResolving {
    public let bundles: [BundleReader]
    public let filesDirectory: String?
    public let digester: any Digesting
    private let local: LocalFileIndex

    public init(bundles: [BundleReader], filesDirectory: String?, digester: any Digesting) {
        self.bundles = bundles
        self.filesDirectory = filesDirectory
        self.digester = digester
        local = LocalFileIndex(directory: filesDirectory)
    }

    /// The first local copy found (bundles first, in order, then the directory), verified against all hashes.
    public func resolve(url: String?, hashes: [ContentHash]) -> ExternalResolution {
        let checkable = hashes.filter(\.isCheckable)
        if checkable.isEmpty { return .notAvailable }
        for bundle in bundles {
            guard let file = bundle.file(for: hashes) else { continue }
            let place = "\(bundle.path)!\(file.entryName)"
            guard let checks = try? bundle.check(file, against: checkable, digester: digester) else { continue }
            return Self.verdict(checks.map { ($0.expected, $0.actual) }, place: place)
        }
        for path in local.candidates(url: url, hashes: hashes) {
            let algorithms = Array(Set(checkable.compactMap(\.algorithm))).sorted()
            guard let (digests, _) = try? LocalFileIndex.hash(path, algorithms: algorithms, digester: digester) else { continue }
            return Self.verdict(checkable.map { ($0, $0.algorithm.flatMap { digests[$0] } ?? "?") }, place: path)
        }
        return .notAvailable
    }

    private static func verdict(_ pairs: [(expected: ContentHash, actual: String)], place: String) -> ExternalResolution {
        if let bad = pairs.first(where: { $0.expected.canonicalText != $0.actual }) {
            return .mismatch(where: place, expected: bad.expected.text, actual: bad.actual)
        }
        return .verified(where: place)
    }
}
