internal import CZip
internal import CZlib

/// Facts about the linked libzip and zlib libraries.
public enum ArchiveLibraryInfo {
    /// libzip's version text, from `zip_libzip_version()`.
    public static var libzipVersion: String {
        guard let text = zip_libzip_version() else { return "unknown" }
        return String(cString: text)
    }

    /// zlib's version text, from `zlibVersion()`.
    public static var zlibVersion: String {
        guard let text = CZlib.zlibVersion() else { return "unknown" }
        return String(cString: text)
    }
}
