// Fuzz target: the .vconz bundle reader from memory (libzip `zip_source_buffer`), its vetting, verification
// and every member through the model pipeline.
import Foundation
import VConBundle
import VConModel

struct NoDigests: Digesting {
    final class Hasher: StreamingHasher {
        func update(_ bytes: UnsafeRawBufferPointer) {}
        func finalize() -> [UInt8] { [UInt8](repeating: 0, count: 32) }
    }
    func makeHasher(_ algorithm: HashAlgorithm) -> any StreamingHasher { Hasher() }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let reader = try? BundleReader.open(bytes: bytes, name: "fuzz.vconz") else { return 0 }
    _ = BundleVerifier.verify(reader, digester: NoDigests())
    for member in reader.members.prefix(32) {
        _ = reader.summary(of: member)
        if let file = try? reader.load(member) { _ = Validator.validate(file) }
    }
    for file in reader.files.prefix(8) { _ = try? reader.bytes(of: file, limit: 1 << 20) }
    return 0
}
