internal import CZip
import Foundation
import VConModel

/// Turns libzip error codes into `BundleError`s; the only place that sees raw codes.
enum ZipErrorText {
    /// The error for a code returned by `zip_open`, text from `zip_error_strerror`.
    static func openError(code: Int32, path: String) -> BundleError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let text = String(cString: zip_error_strerror(&error))
        let shown = TextSafety.line(path)
        switch code {
        case ZIP_ER_EXISTS:
            // libzip's consistency check finds duplicate names before we can list them.
            return BundleError(.duplicateEntryName, subject: path, "refused: \(shown) has duplicate entry names")
        case ZIP_ER_NOZIP where startsLikeZip(path):
            return BundleError(
                .truncatedArchive, subject: path,
                "cannot open \(shown): truncated or damaged archive (no end of central directory)")
        default:
            return BundleError(reason(for: code), subject: path, "cannot open \(shown): \(text)")
        }
    }

    /// Whether the file begins with a local file header (`PK\3\4`), so a missing end record means damage.
    private static func startsLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return Array(head) == [0x50, 0x4B, 0x03, 0x04]
    }

    /// The error held in a libzip `zip_error_t`, about `subject` while doing `action`.
    static func error(_ error: UnsafeMutablePointer<zip_error_t>, action: String, subject: String?) -> BundleError {
        let code = zip_error_code_zip(error)
        let text = String(cString: zip_error_strerror(error))
        let about = subject.map { " \(TextSafety.line($0))" } ?? ""
        return BundleError(reason(for: code), subject: subject, "\(action)\(about): \(text)")
    }

    /// Maps a `ZIP_ER_*` code to a reason.
    static func reason(for code: Int32) -> BundleError.Reason {
        switch code {
        case ZIP_ER_NOENT: .fileNotFound
        case ZIP_ER_NOZIP: .notAZipArchive
        case ZIP_ER_INCONS, ZIP_ER_MULTIDISK, ZIP_ER_ZLIB: .corruptArchive
        case ZIP_ER_EOF: .truncatedArchive
        case ZIP_ER_CRC: .crcMismatch
        case ZIP_ER_COMPNOTSUPP: .unsupportedCompression
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: .encryptedEntry
        case ZIP_ER_EXISTS: .outputExists
        case ZIP_ER_INVAL: .invalidArgument
        default: .ioFailure
        }
    }
}
