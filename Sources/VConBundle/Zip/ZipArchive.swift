internal import CZip
import Foundation
import VConModel

/// A zip archive opened read-only, its entries vetted against hostile names, types and sizes.
///
/// Owns a libzip `zip_t` (from `zip_open` with `ZIP_RDONLY | ZIP_CHECKCONS`), released with
/// `zip_discard` in `deinit`. Opening refuses the whole archive when any entry is unsafe, so a caller
/// never sees half of a hostile archive. A lock serialises libzip calls (a `zip_t` is not thread-safe).
final class ZipArchive: @unchecked Sendable {
    private let handle: OpaquePointer  // <zip_t>
    private let lock = NSLock()
    /// The path the archive was opened from.
    let path: String
    /// The limits every read is checked against.
    let limits: ArchiveLimits
    /// Every entry, in central-directory order.
    let entries: [ZipEntry]
    private let byName: [String: Int]

    /// Opens and vets the archive at `path`.
    convenience init(path: String, limits: ArchiveLimits = .standard) throws(BundleError) {
        var code: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code) else {
            throw ZipErrorText.openError(code: code, path: path)
        }
        try self.init(adopting: handle, path: path, limits: limits)
    }

    /// Vets an archive libzip has opened (from a file or from memory); takes ownership of `handle`.
    init(adopting handle: OpaquePointer, path: String, limits: ArchiveLimits) throws(BundleError) {
        self.handle = handle
        self.path = path
        self.limits = limits
        do {
            let entries = try Self.vetEntries(handle, limits: limits)
            self.entries = entries
            self.byName = Dictionary(entries.map { ($0.name, $0.index) }, uniquingKeysWith: { first, _ in first })
        } catch {
            zip_discard(handle)
            throw error
        }
    }

    deinit { zip_discard(handle) }

    /// The entry called exactly `name`.
    func entry(named name: String) -> ZipEntry? {
        byName[name].map { entries[$0] }
    }

    /// Streams the member's bytes through `body` in chunks, checking size, ratio and CRC.
    ///
    /// Throws `memberTooLarge` or `compressionRatio` as soon as the output passes a limit (nothing
    /// more is inflated), and `crcMismatch` when the stream ends with the wrong CRC.
    func readChunks(
        _ entry: ZipEntry, chunkSize: Int = 64 << 10, maxBytes: UInt64? = nil,
        _ body: (UnsafeRawBufferPointer) throws(BundleError) -> Void
    ) throws(BundleError) {
        lock.lock()
        defer { lock.unlock() }
        guard let file = zip_fopen_index(handle, UInt64(entry.index), 0) else {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot open member", subject: entry.name)
        }
        defer { zip_fclose(file) }
        let limit = min(maxBytes ?? limits.maxMemberBytes, limits.maxMemberBytes)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(chunkSize, 512), alignment: 8)
        defer { buffer.deallocate() }
        var produced: UInt64 = 0
        while true {
            guard let base = buffer.baseAddress else { return }
            let count = zip_fread(file, base, UInt64(buffer.count))
            if count < 0 {
                throw ZipErrorText.error(zip_file_get_error(file), action: "cannot read member", subject: entry.name)
            }
            if count == 0 { return }
            produced += UInt64(count)
            try checkProduced(produced, of: entry, limit: limit)
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<Int(count)]))
        }
    }

    /// The whole member in memory, refused when it is (or inflates to) more than `limit` bytes.
    func readAll(_ entry: ZipEntry, limit: UInt64) throws(BundleError) -> [UInt8] {
        if entry.size > limit {
            throw BundleError(
                .memberTooLarge, subject: entry.name,
                "member \(TextSafety.line(entry.name)) is \(entry.size) bytes, more than the \(limit) allowed here")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.size))
        try readChunks(entry, maxBytes: limit) { chunk throws(BundleError) in bytes.append(contentsOf: chunk) }
        return bytes
    }

    private func checkProduced(_ produced: UInt64, of entry: ZipEntry, limit: UInt64) throws(BundleError) {
        let name = TextSafety.line(entry.name)
        if produced > limit {
            throw BundleError(
                .memberTooLarge, subject: entry.name,
                "member \(name) inflates past the limit of \(limit) bytes (possible zip bomb)")
        }
        if produced > entry.size {
            throw BundleError(
                .corruptArchive, subject: entry.name,
                "member \(name) inflates past its declared size of \(entry.size) bytes (possible zip bomb)")
        }
        if limits.exceedsRatio(produced: produced, compressed: entry.compressedSize) {
            throw BundleError(
                .compressionRatio, subject: entry.name,
                "member \(name) inflates more than \(limits.maxCompressionRatio) times its compressed size (possible zip bomb)")
        }
    }
}
