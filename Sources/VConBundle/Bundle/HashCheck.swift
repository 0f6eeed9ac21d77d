import VConModel

/// One expected hash of a file against what its bytes hash to.
public struct HashCheck: Sendable, Equatable {
    public let expected: ContentHash
    /// The computed value, in canonical `alg-base64url` form.
    public let actual: String

    public var matches: Bool { expected.isCheckable && expected.canonicalText == actual }
}

extension BundleReader {
    /// Streams `file` once, hashing it with every algorithm among `expected`, and compares.
    ///
    /// Values that cannot be checked (unknown algorithm, wrong digest length) are left out.
    public func check(_ file: BundleFile, against expected: [ContentHash], digester: any Digesting) throws(BundleError) -> [HashCheck] {
        let checkable = expected.filter(\.isCheckable)
        let algorithms = Array(Set(checkable.compactMap(\.algorithm))).sorted()
        if algorithms.isEmpty { return [] }
        let hashers = algorithms.map { digester.makeHasher($0) }
        try stream(file) { chunk throws(BundleError) in
            for hasher in hashers { hasher.update(chunk) }
        }
        var actual: [HashAlgorithm: String] = [:]
        for (algorithm, hasher) in zip(algorithms, hashers) {
            actual[algorithm] = ContentHash.format(algorithm, hasher.finalize())
        }
        return checkable.compactMap { hash in
            hash.algorithm.flatMap { actual[$0] }.map { HashCheck(expected: hash, actual: $0) }
        }
    }
}
