import Foundation

/// Finds the vCon files in a directory tree, for building a library.
///
/// Picks `*.vcon`, `*.json`, `*.vcon.gz`, `*.vconz`, and any other regular file whose first bytes
/// sniff as a vCon (a JSON object, or gzip). Never leaves the tree: symlinked directories are not
/// entered and a symlinked file is taken only when its target lies inside the root. Hidden entries
/// (names starting with `.`) are skipped. Paths come back sorted (byte order), so output is stable.
public enum LibraryScanner {
    /// What the scan found: candidate files, and entries it skipped with the reason.
    public struct ScanResult: Sendable, Equatable {
        public var files: [String]
        public var skipped: [(path: String, reason: String)]

        public static func == (lhs: ScanResult, rhs: ScanResult) -> Bool {
            lhs.files == rhs.files && lhs.skipped.map(\.path) == rhs.skipped.map(\.path)
                && lhs.skipped.map(\.reason) == rhs.skipped.map(\.reason)
        }
    }

    /// Extensions taken without sniffing.
    static let knownSuffixes = [".vcon", ".json", ".vcon.gz", ".vconz"]

    /// Walks `root` recursively. A `root` that is a file comes back as itself.
    public static func scan(_ root: String, maxDepth: Int = 64) -> ScanResult {
        let manager = FileManager.default
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var result = ScanResult(files: [], skipped: [])
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: realRoot, isDirectory: &isDirectory) else {
            result.skipped.append((root, "does not exist"))
            return result
        }
        if !isDirectory.boolValue {
            result.files = [root]
            return result
        }
        walk(directory: root, realRoot: realRoot, depth: 0, maxDepth: maxDepth, into: &result)
        result.files.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        return result
    }

    private static func walk(directory: String, realRoot: String, depth: Int, maxDepth: Int, into result: inout ScanResult) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            result.skipped.append((directory, "cannot be read"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            // attributesOfItem uses lstat: a symlink reports itself, not its target.
            guard let type = (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
                result.skipped.append((path, "cannot be examined"))
                continue
            }
            switch type {
            case .typeDirectory:
                if depth + 1 > maxDepth {
                    result.skipped.append((path, "deeper than \(maxDepth) levels"))
                } else {
                    walk(directory: path, realRoot: realRoot, depth: depth + 1, maxDepth: maxDepth, into: &result)
                }
            case .typeRegular:
                if isCandidate(path) { result.files.append(path) }
            case .typeSymbolicLink:
                considerLink(path, realRoot: realRoot, into: &result)
            default:
                continue
            }
        }
    }

    private static func considerLink(_ path: String, realRoot: String, into result: inout ScanResult) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            result.skipped.append((path, "symbolic link out of the tree"))
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            result.skipped.append((path, "dangling symbolic link"))
            return
        }
        if isDirectory.boolValue {
            // Its contents are reached through the real directory; entering would repeat them or loop.
            result.skipped.append((path, "symbolic link to a directory (not followed)"))
        } else if isCandidate(path) {
            result.files.append(path)
        }
    }

    /// Whether a regular file is worth opening: a known extension, or vCon-like first bytes.
    static func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercased()
        if knownSuffixes.contains(where: { lower.hasSuffix($0) }) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)).map(Array.init) ?? []
        return sniffsAsVCon(head)
    }

    /// Gzip magic, or a JSON object after an optional BOM and whitespace.
    static func sniffsAsVCon(_ head: [UInt8]) -> Bool {
        if head.count >= 2, head[0] == 0x1F, head[1] == 0x8B { return true }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{")
    }
}
