internal import CZip
import Foundation
import VConModel

/// Writes a new zip archive; nothing appears at the destination until `finish()` succeeds.
///
/// Owns a libzip `zip_t` opened with `zip_open(ZIP_CREATE | ZIP_EXCL)` (or `ZIP_TRUNCATE` when
/// overwriting). libzip writes to a temporary file and renames it in `zip_close`, so a failed or
/// abandoned write leaves no partial archive; `deinit` calls `zip_discard` if `finish()` was not reached.
/// Memory handed to libzip is a `malloc` copy that libzip frees (`zip_source_buffer` with freep = 1),
/// so it outlives `zip_close` as libzip requires.
public final class ZipWriter {
    private var handle: OpaquePointer?  // <zip_t>
    let path: String
    private let modificationTime: time_t

    /// Starts an archive at `path`; refuses an existing file unless `overwrite`.
    public init(path: String, overwrite: Bool, modificationDate: Date) throws(BundleError) {
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw BundleError(
                .outputExists, subject: path,
                "\(TextSafety.line(path)) already exists (use --force to overwrite)")
        }
        var code: Int32 = 0
        let flags = ZIP_CREATE | (overwrite ? ZIP_TRUNCATE : ZIP_EXCL)
        guard let handle = zip_open(path, flags, &code) else {
            throw ZipErrorText.openError(code: code, path: path)
        }
        self.handle = handle
        self.path = path
        self.modificationTime = time_t(modificationDate.timeIntervalSince1970.rounded(.down))
    }

    deinit {
        if let handle { zip_discard(handle) }
    }

    /// Adds a member holding `bytes`, deflated unless `store`.
    public func add(name: String, bytes: [UInt8], store: Bool = false) throws(BundleError) {
        let handle = try openHandle()
        let copy = malloc(max(bytes.count, 1))
        guard let copy else { throw BundleError(.ioFailure, "out of memory adding \(TextSafety.line(name))") }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: source.count) }
        }
        guard let source = zip_source_buffer(handle, copy, UInt64(bytes.count), 1) else {
            free(copy)
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot add", subject: name)
        }
        try addSource(source, name: name, store: store)
    }

    /// Adds a member streamed from the file at `filePath` when the archive is written.
    public func add(name: String, contentsOf filePath: String, store: Bool = false) throws(BundleError) {
        let handle = try openHandle()
        guard let source = zip_source_file(handle, filePath, 0, -1) else {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot read", subject: filePath)
        }
        try addSource(source, name: name, store: store)
    }

    /// Writes the archive (`zip_close`) and gives up the handle.
    public func finish() throws(BundleError) {
        let handle = try openHandle()
        if zip_close(handle) != 0 {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot write", subject: path)
        }
        self.handle = nil
    }

    private func addSource(_ source: OpaquePointer, name: String, store: Bool) throws(BundleError) {
        let handle = try openHandle()
        let index = zip_file_add(handle, name, source, UInt32(ZIP_FL_ENC_UTF_8))
        if index < 0 {
            zip_source_free(source)
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot add", subject: name)
        }
        let method = store ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        if zip_set_file_compression(handle, UInt64(index), method, 0) != 0
            || zip_file_set_mtime(handle, UInt64(index), modificationTime, 0) != 0
            // Regular file, rw-r--r--: readers that honour Unix modes see a plain file.
            || zip_file_set_external_attributes(handle, UInt64(index), 0, UInt8(ZIP_OPSYS_UNIX), 0o100644 << 16) != 0
        {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot set attributes of", subject: name)
        }
    }

    private func openHandle() throws(BundleError) -> OpaquePointer {
        guard let handle else { throw BundleError(.invalidArgument, "archive \(TextSafety.line(path)) is already written") }
        return handle
    }
}
