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
        // Byte arithmetic, no splitting: called once per file of a 100 000-file listing (`split` and its
        // substrings were a sixth of the listing's time).
        let bytes = Array(path.utf8)
        let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let end = start + 36
        guard end <= bytes.count, end == bytes.count || bytes[end] == UInt8(ascii: ".") else { return nil }
        var text = [UInt8]()
        text.reserveCapacity(36)
        for offset in 0..<36 {
            let byte = bytes[start + offset]
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                text.append(byte)
            } else {
                let lower = byte | 0x20
                guard (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x66) else { return nil }
                text.append(byte >= 0x30 && byte <= 0x39 ? byte : lower)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
