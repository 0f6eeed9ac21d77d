/// Decides whether an archive entry name is safe to use as a relative path.
///
/// Refused: empty names, absolute paths, Windows drive letters, backslashes (a separator on
/// Windows), `..` components (zip slip), NUL and other control characters, over-long names.
public enum EntryNamePolicy {
    /// Why `name` is unsafe, or nil when it is fine.
    public static func problem(with name: String, maxBytes: Int) -> String? {
        if name.isEmpty { return "empty entry name" }
        if name.utf8.count > maxBytes { return "entry name longer than \(maxBytes) bytes" }
        if name.hasPrefix("/") { return "absolute path" }
        if name.contains("\\") { return "backslash in entry name" }
        let bytes = Array(name.utf8)
        if bytes.count >= 2, bytes[1] == UInt8(ascii: ":"), isASCIILetter(bytes[0]) {
            return "drive letter in entry name"
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "control character in entry name"
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { return "parent directory (..) in entry name" }
        // "a//b" and "./a" are not attacks but no writer makes them; refusing keeps names canonical.
        if components.dropLast().contains(where: { $0.isEmpty || $0 == "." }) || components.last == "." {
            return "empty or '.' path component"
        }
        return nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
