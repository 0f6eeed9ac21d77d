import VConModel

/// Why an archive or bundle could not be read or written, as a reason and a plain sentence.
///
/// Raw libzip and zlib codes never leave VConBundle: they are turned into a `Reason` and the
/// library's own text (`zip_error_strerror`) at the call site.
public struct BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is; stable, for tests and exit codes.
    public enum Reason: String, Sendable, Equatable {
        case fileNotFound
        case notAZipArchive
        case corruptArchive
        case truncatedArchive
        case unsafeEntryName
        case symlinkEntry
        case specialFileEntry
        case encryptedEntry
        case unsupportedCompression
        case duplicateEntryName
        case tooManyEntries
        case memberTooLarge
        case compressionRatio
        case crcMismatch
        case ioFailure
        case notABundle
        case unsupportedVersion
        case invalidVCon
        case duplicateUUID
        case missingReferencedFile
        case hashMismatch
        case outputExists
        case invalidArgument
    }

    public var reason: Reason
    /// The archive entry or input file concerned, already sanitised for a terminal.
    public var subject: String?
    /// One plain sentence (subject included where it helps), safe to print.
    public var message: String

    public init(_ reason: Reason, subject: String? = nil, _ message: String) {
        self.reason = reason
        self.subject = subject.map(TextSafety.line)
        self.message = message
    }

    public var description: String { message }
}
