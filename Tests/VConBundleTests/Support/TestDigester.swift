import Foundation
import VConModel

/// The hasher the tests use. Until VConCrypto's OpenSSL digester is on main this runs coreutils'
/// `sha256sum`/`sha384sum`/`sha512sum`; swapping is this one line.
let testDigester: any Digesting = ProcessDigester()

/// A test-only `Digesting` that collects the input and pipes it to coreutils at `finalize()`.
struct ProcessDigester: Digesting {
    func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher { Hasher(algorithm: algorithm) }

    final class Hasher: StreamingHasher {
        let algorithm: HashAlgorithm
        var data = Data()
        init(algorithm: HashAlgorithm) { self.algorithm = algorithm }

        func update(_ bytes: UnsafeRawBufferPointer) { data.append(contentsOf: bytes) }

        func finalize() -> [UInt8] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/\(algorithm.rawValue)sum")
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            do { try process.run() } catch { return [] }
            let payload = data
            let writer = Thread {
                input.fileHandleForWriting.write(payload)
                try? input.fileHandleForWriting.close()
            }
            writer.start()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let hex = Array(text.prefix(algorithm.byteCount * 2).utf8)
            return stride(from: 0, to: hex.count - 1, by: 2).compactMap { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16) }
        }
    }
}
