import Foundation

/// Streams a file through hashers: the file is read in 1 MiB pieces, never whole.
public enum FileDigest {
    /// Why a file could not be hashed.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Digests of the file for each algorithm (one pass), and its size.
    public static func digest(
        path: String, algorithms: [HashAlgorithm], digests: any Digesting, chunkSize: Int = 1 << 20
    ) throws(ReadError) -> (digests: [HashAlgorithm: [UInt8]], byteCount: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, message: "cannot open the file")
        }
        defer { try? handle.close() }
        let unique = Array(Set(algorithms)).sorted()
        let hashers = unique.map { digests.makeHasher($0) }
        var total = 0
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                throw ReadError(path: path, message: "read failed: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            total += chunk.count
            chunk.withUnsafeBytes { buffer in
                for hasher in hashers { hasher.update(buffer) }
            }
        }
        var result: [HashAlgorithm: [UInt8]] = [:]
        for (algorithm, hasher) in zip(unique, hashers) { result[algorithm] = hasher.finalize() }
        return (result, total)
    }
}
