import Foundation
import Testing
import VConCrypto

/// Runs the SHA-512 benchmark only when `VCON_BENCH_FILE` names a file (it is a measurement, not a test):
/// `VCON_BENCH_FILE=/tmp/1g.bin swift test -c release --filter HashBenchmarkRun`.
@Test(.enabled(if: ProcessInfo.processInfo.environment["VCON_BENCH_FILE"] != nil))
func hashBenchmarkRun() throws {
    let path = ProcessInfo.processInfo.environment["VCON_BENCH_FILE"] ?? ""
    let result = try HashBenchmark.sha512(path: path)
    print("HashBenchmark: \(result) digest \(result.digestHex.prefix(16))…")
    #expect(result.byteCount > 0)
}
