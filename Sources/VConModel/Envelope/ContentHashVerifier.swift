import Foundation

/// Checks every `content_hash` (and 0.0.1 `alg`+`signature`) of a vCon: inline bodies directly,
/// external references against local copies in a directory, streaming.
public struct ContentHashVerifier: Sendable {
    public let digests: any Digesting
    /// A directory of local copies (`--files DIR`, or a bundle's `files/`): files named by their hash
    /// (`sha512-….ext`, as in a bundle) or by the URL's last path segment.
    public let filesDirectory: String?

    public init(digests: any Digesting, filesDirectory: String?) {
        self.digests = digests
        self.filesDirectory = filesDirectory
    }

    /// One check per hash, in document order: dialog, analysis, attachments.
    public func check(_ vcon: VCon) -> [HashCheck] {
        let listing = filesDirectory.map(Self.listing) ?? []
        var checks: [HashCheck] = []
        let owners = vcon.dialog.map(\.json) + vcon.analysis.map(\.json) + vcon.attachments.map(\.json)
        for owner in owners {
            let content = Content(owner: owner)
            let hashes = content.hashes
            guard !hashes.isEmpty else { continue }
            if content.isInline {
                checks += checkInline(content, hashes: hashes)
            } else if let url = content.url {
                checks += checkExternal(content, url: url, hashes: hashes, listing: listing)
            }
        }
        return checks
    }

    /// The checks of one inline body against every hash it carries (the browser checks the focused item only).
    public func checkInline(_ content: Content) -> [HashCheck] { checkInline(content, hashes: content.hashes) }

    private func checkInline(_ content: Content, hashes: [ContentHash]) -> [HashCheck] {
        let pointer = content.owner.pointer
        switch content.decodedBytes() {
        case .failure(let error):
            return hashes.map { unusable($0, pointer: pointer, url: nil, detail: "the inline body does not decode: \(error.message)") }
        case .success(let bytes):
            return hashes.map { hash in
                guard let algorithm = hash.algorithm, let expected = hash.digest,
                    hash.problem == nil || expected.count == algorithm.byteCount
                else {
                    return unusable(hash, pointer: pointer, url: nil, detail: hash.problem ?? "unusable hash")
                }
                let actual = digests.digest(algorithm, of: bytes)
                return compare(
                    hash, algorithm: algorithm, expected: expected, actual: actual, pointer: pointer, url: nil,
                    what: "the inline body (\(bytes.count) bytes)")
            }
        }
    }

    private func checkExternal(_ content: Content, url: String, hashes: [ContentHash], listing: [String]) -> [HashCheck] {
        let pointer = content.owner.pointer
        guard let directory = filesDirectory else {
            return hashes.map {
                notAvailable($0, pointer: pointer, url: url, detail: "not available offline (no local files given: --files DIR)")
            }
        }
        guard let name = Self.localName(for: hashes, url: url, listing: listing) else {
            return hashes.map {
                notAvailable($0, pointer: pointer, url: url, detail: "not available offline: no local copy in \(directory)")
            }
        }
        let path = (directory as NSString).appendingPathComponent(name)
        let algorithms = hashes.compactMap(\.algorithm)
        let computed: [HashAlgorithm: [UInt8]]
        let size: Int
        do {
            (computed, size) = try FileDigest.digest(path: path, algorithms: algorithms, digests: digests)
        } catch {
            return hashes.map { notAvailable($0, pointer: pointer, url: url, detail: "local copy \(name) unreadable: \(error.message)") }
        }
        return hashes.map { hash in
            guard let algorithm = hash.algorithm, let expected = hash.digest, let actual = computed[algorithm] else {
                return unusable(hash, pointer: pointer, url: url, detail: hash.problem ?? "unusable hash")
            }
            return compare(
                hash, algorithm: algorithm, expected: expected, actual: actual, pointer: pointer, url: url,
                what: "local copy \(name) (\(size) bytes)")
        }
    }

    /// A file named by one of the hashes (exactly, or with an extension), else by the URL's last path segment.
    static func localName(for hashes: [ContentHash], url: String, listing: [String]) -> String? {
        for hash in hashes.sorted(by: { ($0.algorithm ?? .sha256) > ($1.algorithm ?? .sha256) }) where !hash.isLegacy {
            if let name = listing.first(where: { $0 == hash.text || $0.hasPrefix(hash.text + ".") }) { return name }
        }
        let path = URL(string: url)?.path ?? url
        let last = (path as NSString).lastPathComponent
        guard !last.isEmpty, last != "/", listing.contains(last) else { return nil }
        return last
    }

    private static func listing(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func compare(
        _ hash: ContentHash, algorithm: HashAlgorithm, expected: [UInt8], actual: [UInt8], pointer: String, url: String?, what: String
    ) -> HashCheck {
        let actualText = ContentHash.format(algorithm, actual)
        let expectedText = ContentHash.format(algorithm, expected)
        if actual == expected {
            return HashCheck(
                pointer: pointer, url: url, algorithm: hash.algorithmName, expected: hash.text, actual: actualText,
                status: .match, detail: "\(algorithm.rawValue) matches \(what)")
        }
        return HashCheck(
            pointer: pointer, url: url, algorithm: hash.algorithmName, expected: hash.text, actual: actualText,
            status: .mismatch, detail: "\(algorithm.rawValue) mismatch for \(what): expected \(expectedText), actual \(actualText)")
    }

    private func unusable(_ hash: ContentHash, pointer: String, url: String?, detail: String) -> HashCheck {
        HashCheck(
            pointer: pointer, url: url, algorithm: hash.algorithmName, expected: hash.text, actual: nil, status: .unusable, detail: detail)
    }

    private func notAvailable(_ hash: ContentHash, pointer: String, url: String?, detail: String) -> HashCheck {
        HashCheck(
            pointer: pointer, url: url, algorithm: hash.algorithmName, expected: hash.text, actual: nil, status: .notAvailable,
            detail: detail)
    }
}
