import Foundation
import VConModel

/// Throughput of streaming SHA-512 over a file, for `vcon-bench` (a benchmark, never a test).
public enum HashBenchmark {
    /// One measured run.
    public struct Throughput: Sendable, CustomStringConvertible {
        public var byteCount: Int
        public var seconds: Double
        /// The digest in hex, to compare with `sha512sum`.
        public var digestHex: String
        public var megabytesPerSecond: Double { seconds > 0 ? Double(byteCount) / 1_000_000 / seconds : 0 }

        public var description: String {
            String(format: "sha512 %d bytes in %.3f s = %.1f MB/s", byteCount, seconds, megabytesPerSecond)
        }
    }

    /// Hashes the file with the same streaming path content-hash checks use (`FileDigest`, 1 MiB reads, OpenSSL EVP).
    public static func sha512(path: String, chunkSize: Int = 1 << 20) throws(FileDigest.ReadError) -> Throughput {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try FileDigest.digest(path: path, algorithms: [.sha512], digests: OpenSSLDigester(), chunkSize: chunkSize)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let hex = (result.digests[.sha512] ?? []).map { String(format: "%02x", $0) }.joined()
        return Throughput(byteCount: result.byteCount, seconds: seconds, digestHex: hex)
    }
}
