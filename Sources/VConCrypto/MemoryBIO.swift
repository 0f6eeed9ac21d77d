internal import COpenSSL

/// A read-only memory BIO over a private copy of some bytes (`BIO_new_mem_buf`), freed with `BIO_free`.
final class MemoryBIO {
    let ref: OpaquePointer  // <BIO>
    // BIO_new_mem_buf does not copy: the storage must outlive the BIO, so this object owns it.
    private let storage: UnsafeMutableRawBufferPointer

    init(_ bytes: [UInt8]) throws(OpenSSLError) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
        self.storage = storage
        guard let bio = BIO_new_mem_buf(storage.baseAddress, Int32(bytes.count)) else {
            storage.deallocate()
            throw OpenSSLError.drain("BIO_new_mem_buf")
        }
        ref = bio
    }

    deinit {
        BIO_free(ref)
        storage.deallocate()
    }
}
