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
        // One reused buffer and read(2): FileHandle.read(upToCount:) allocates a Data per piece,
        // which costs about a fifth of SHA-512's own time at 1 MiB pieces.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 1), alignment: 16)
        defer { buffer.deallocate() }
        let fd = handle.fileDescriptor
        var total = 0
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            total += count
            let piece = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            for hasher in hashers { hasher.update(piece) }
        }
        var result: [HashAlgorithm: [UInt8]] = [:]
        for (algorithm, hasher) in zip(unique, hashers) { result[algorithm] = hasher.finalize() }
        return (result, total)
    }
}
