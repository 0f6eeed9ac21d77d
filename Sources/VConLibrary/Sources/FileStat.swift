import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `lstat` says about a path, without opening it.
struct FileStat: Sendable {
    enum Kind: Sendable { case regular, directory, symlink, other }

    var kind: Kind
    var size: Int
    var modified: Date

    /// `lstat(2)`: a symbolic link reports itself. Nil when the path cannot be examined.
    static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        #if canImport(Darwin)
            let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
            let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
        return FileStat(kind: kind, size: Int(info.st_size), modified: Date(timeIntervalSince1970: seconds))
    }
}

/// What a file's name says for free.
public enum FileNaming {
    /// The uuid in a vcon-server file name (`<uuid>.json`, `<uuid>.json.gz`, `<uuid>.vcon`), when the base name is one.
    public static func uuid(inFileName path: String) -> String? {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        guard let stem = base.split(separator: ".").first, stem.utf8.count == 36 else { return nil }
        let text = String(stem)
        let dashes = [8, 13, 18, 23]
        for (offset, byte) in text.utf8.enumerated() {
            if dashes.contains(offset) {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66) else { return nil }
            }
        }
        return text.lowercased()
    }
}
