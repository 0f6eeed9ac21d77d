internal import CZip
import Foundation
import VConModel

extension ZipArchive {
    /// Opens and vets an archive held in memory (`zip_source_buffer_create` + `zip_open_from_source`).
    ///
    /// libzip gets its own `malloc` copy of the bytes and frees it with the source (`freep = 1`), so the
    /// archive never depends on the caller's array staying alive. `name` is only used in messages.
    convenience init(bytes: [UInt8], name: String, limits: ArchiveLimits = .standard) throws(BundleError) {
        // No bytes, no copy: libzip keeps (and later frees) a buffer only when it has a length, so a 1-byte
        // allocation for an empty input leaked (found by the `bundle` fuzz target under LeakSanitizer).
        let copy: UnsafeMutableRawPointer? = bytes.isEmpty ? nil : malloc(bytes.count)
        if !bytes.isEmpty, copy == nil {
            throw BundleError(.ioFailure, subject: name, "cannot allocate \(bytes.count) bytes for \(TextSafety.line(name))")
        }
        bytes.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress, let copy { copy.copyMemory(from: base, byteCount: buffer.count) }
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, UInt64(bytes.count), 1, &error) else {
            free(copy)
            throw ZipErrorText.error(&error, action: "cannot read archive", subject: name)
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            // On failure the source (and with it the copy) is still ours to free.
            zip_source_free(source)
            throw ZipErrorText.error(&error, action: "cannot open archive", subject: name)
        }
        try self.init(adopting: handle, path: name, limits: limits)
    }
}
