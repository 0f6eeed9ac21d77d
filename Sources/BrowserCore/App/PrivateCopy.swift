import Foundation

/// The private temporary copy `o` hands to a program: a new folder made by `mkdtemp` (mode 0700) under the
/// temporary folder, holding one file (mode 0600, created exclusively, never following a link).
///
/// The folder is never an input's folder: a temporary root that is the folder of an input file, or inside an
/// input directory, is skipped for the next candidate (`$TMPDIR`, `/tmp`, `/var/tmp`).
public struct PrivateCopy: Sendable, Hashable {
    /// The private folder (removed with the copy).
    public let folder: String
    /// The copy's path: `folder/fileName`.
    public let path: String

    /// Candidate temporary roots, in order: `$TMPDIR` when set, `/tmp`, `/var/tmp`.
    public static func roots(environment: [String: String]) -> [String] {
        let tmpdir = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
        return (tmpdir.map { [$0] } ?? []) + ["/tmp", "/var/tmp"]
    }

    /// The first root that is a directory and not an input's folder (`inputs` are the session's input paths).
    public static func root(among roots: [String], avoiding inputs: [String]) -> String? {
        let files = FileManager.default
        var forbidden: [String] = []
        var forbiddenTrees: [String] = []
        for input in inputs where !input.isEmpty {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            let resolved = Self.resolved(input)
            if isDirectory.boolValue {
                forbiddenTrees.append(resolved)
            } else {
                forbidden.append((resolved as NSString).deletingLastPathComponent)
            }
        }
        return roots.first { root in
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
            let resolved = Self.resolved(root)
            return !forbidden.contains(resolved)
                && !forbiddenTrees.contains { resolved == $0 || resolved.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        }
    }

    /// Writes `bytes` to a new private folder under the first usable root.
    public static func make(
        _ bytes: [UInt8], fileName: String, avoiding inputs: [String], roots: [String]
    ) throws(PrivateCopyError) -> PrivateCopy {
        guard let root = root(among: roots, avoiding: inputs) else {
            throw PrivateCopyError("no temporary folder outside the inputs' folders (tried \(roots.joined(separator: ", ")))")
        }
        var template = Array("\(root)/vcon-browser-open-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw PrivateCopyError("cannot make a private folder in \(root): \(String(cString: strerror(errno)))")
        }
        let folder = String(cString: made)
        chmod(folder, 0o700)
        let path = folder + "/" + fileName
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let why = String(cString: strerror(errno))
            rmdir(folder)
            throw PrivateCopyError("cannot create \(path): \(why)")
        }
        fchmod(fd, 0o600)
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + written }, raw.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    failure = errno
                    return
                }
                written += n
            }
        }
        close(fd)
        let copy = PrivateCopy(folder: folder, path: path)
        guard failure == 0 else {
            copy.remove()
            throw PrivateCopyError("cannot write \(path): \(String(cString: strerror(failure)))")
        }
        return copy
    }

    /// Removes the copy and its folder (whatever the program left in the folder too).
    public func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// Why no private copy could be made.
public struct PrivateCopyError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
