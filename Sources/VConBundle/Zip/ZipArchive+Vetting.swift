internal import CZip
import VConModel

extension ZipArchive {
    /// Reads every central-directory entry and refuses the archive at the first unsafe one.
    static func vetEntries(_ handle: OpaquePointer, limits: ArchiveLimits) throws(BundleError) -> [ZipEntry] {
        let count = zip_get_num_entries(handle, 0)
        if count < 0 {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot list archive", subject: nil)
        }
        if count > limits.maxEntries {
            throw BundleError(.tooManyEntries, "archive has \(count) entries, more than the \(limits.maxEntries) allowed")
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        var seen = Set<String>()
        var total: UInt64 = 0
        for index in 0..<Int(count) {
            let entry = try vetEntry(handle, index: index, limits: limits)
            if !seen.insert(entry.name).inserted {
                throw BundleError(
                    .duplicateEntryName, subject: entry.name,
                    "refused: entry name \(TextSafety.line(entry.name)) appears more than once")
            }
            total += entry.size
            if total > limits.maxTotalBytes {
                throw BundleError(.memberTooLarge, "refused: members add up to more than \(limits.maxTotalBytes) bytes")
            }
            entries.append(entry)
        }
        return entries
    }

    private static func vetEntry(_ handle: OpaquePointer, index: Int, limits: ArchiveLimits) throws(BundleError) -> ZipEntry {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        if zip_stat_index(handle, UInt64(index), 0, &stat) != 0 {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot read entry \(index)", subject: nil)
        }
        let needed = UInt64(ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD)
        guard UInt64(stat.valid) & needed == needed, let cName = stat.name else {
            throw BundleError(.corruptArchive, "refused: entry \(index) has an incomplete directory record")
        }
        let name = String(cString: cName)
        let shown = TextSafety.line(name)
        if let problem = EntryNamePolicy.problem(with: name, maxBytes: limits.maxNameBytes) {
            throw BundleError(.unsafeEntryName, subject: name, "refused: unsafe entry name \(shown) (\(problem))")
        }
        try vetFileType(handle, index: index, name: name)
        if UInt64(stat.valid) & UInt64(ZIP_STAT_ENCRYPTION_METHOD) != 0, stat.encryption_method != UInt16(ZIP_EM_NONE) {
            throw BundleError(.encryptedEntry, subject: name, "refused: entry \(shown) is encrypted")
        }
        if zip_compression_method_supported(Int32(stat.comp_method), 0) == 0 {
            throw BundleError(
                .unsupportedCompression, subject: name,
                "refused: entry \(shown) uses compression method \(stat.comp_method), which is not supported")
        }
        if stat.size > limits.maxMemberBytes {
            throw BundleError(
                .memberTooLarge, subject: name,
                "refused: entry \(shown) declares \(stat.size) bytes, more than the \(limits.maxMemberBytes) allowed")
        }
        if limits.exceedsRatio(produced: stat.size, compressed: stat.comp_size) {
            throw BundleError(
                .compressionRatio, subject: name,
                "refused: entry \(shown) declares a compression ratio over \(limits.maxCompressionRatio) (possible zip bomb)")
        }
        if name.hasSuffix("/"), stat.size != 0 {
            throw BundleError(.corruptArchive, subject: name, "refused: directory entry \(shown) has content")
        }
        let crc = UInt64(stat.valid) & UInt64(ZIP_STAT_CRC) != 0 ? stat.crc : 0
        return ZipEntry(index: index, name: name, size: stat.size, compressedSize: stat.comp_size, crc: crc)
    }

    /// Refuses symlinks, devices, FIFOs and sockets, from the Unix mode in the external attributes.
    private static func vetFileType(_ handle: OpaquePointer, index: Int, name: String) throws(BundleError) {
        var system: UInt8 = 0
        var attributes: UInt32 = 0
        if zip_file_get_external_attributes(handle, UInt64(index), 0, &system, &attributes) != 0 {
            throw ZipErrorText.error(zip_get_error(handle), action: "cannot read attributes of", subject: name)
        }
        guard UInt32(system) == ZIP_OPSYS_UNIX else { return }
        let fileType = (attributes >> 16) & 0o170000
        switch fileType {
        case 0, 0o100000, 0o040000: return
        case 0o120000:
            throw BundleError(.symlinkEntry, subject: name, "refused: entry \(TextSafety.line(name)) is a symbolic link")
        default:
            throw BundleError(
                .specialFileEntry, subject: name,
                "refused: entry \(TextSafety.line(name)) is a device, FIFO or socket, not a regular file")
        }
    }
}
