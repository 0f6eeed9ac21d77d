import Foundation
import Synchronization
import VConModel

/// A directory tree, walked recursively and listed in pages: each directory's names in byte order, depth
/// first, so the vcon-server file layout (`YYYY/MM/DD/<uuid>.json[.gz]`) lists in time order with the uuid known
/// from the file name.
///
/// The cursor is the last path listed, relative to the root (a keyset over the tree, like a database's): the
/// next page walks down to it again and goes on after it, so nothing of the walk is kept between pages but
/// the names of the directory read last. Candidates are `*.vcon`, `*.json`, `*.vcon.gz`, `*.json.gz` and other
/// regular files whose first bytes sniff as a vCon; `.vconz` bundles are handed back as containers. The walk
/// never leaves the tree (symlinked directories are not entered; a symlinked file is taken only when its
/// target is inside the root), skips hidden names, and stops at `maxDepth` levels with a problem.
public final class DirectorySource: LibrarySource {
    public let root: String
    public let maxDepth: Int
    public var name: String { root }
    /// Each load reads its own file: the catalog may load members on several threads.
    public var capabilities: SourceCapabilities { SourceCapabilities(concurrentLoads: true) }
    public var inputPaths: [String] { [root] }
    private let realRoot: String
    /// The sorted names of the directory listed last (a page boundary inside a 100 000-file directory must
    /// not read it again).
    private let lastDirectory = Mutex<(path: String, names: [String])?>(nil)

    public init(root: String, maxDepth: Int = 64) {
        self.root = root
        self.maxDepth = maxDepth
        realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
    }

    /// One level of the walk: a directory, its names, and the next name to look at.
    private struct Frame {
        var relative: String
        var names: [String]
        var next: Int
    }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        var stack: [Frame] = []
        var problems: [SourceProblem] = []
        // Walk down to the cursor, positioned after it at every level.
        var relative = ""
        let components = request.cursor.map { $0.token.split(separator: "/").map(String.init) } ?? []
        guard let top = names(in: relative, problems: &problems) else {
            let missing = FileStat.of(root) == nil
            throw SourceError(missing ? .notFound : .unreadable, place: root, message: missing ? "does not exist" : "cannot be read")
        }
        stack.append(Frame(relative: "", names: top, next: 0))
        for (depth, component) in components.enumerated() {
            guard var frame = stack.popLast() else { break }
            let position = frame.names.firstIndex { !($0 < component) } ?? frame.names.count
            let isLast = depth == components.count - 1
            let exact = position < frame.names.count && frame.names[position] == component
            frame.next = exact && isLast ? position + 1 : position
            if exact && !isLast {
                frame.next = position + 1
                stack.append(frame)
                relative = join(relative, component)
                stack.append(Frame(relative: relative, names: names(in: relative, problems: &problems) ?? [], next: 0))
            } else {
                stack.append(frame)
                break
            }
        }
        var members: [MemberListing] = []
        var containers: [String] = []
        while var frame = stack.popLast(), members.count < request.limit {
            try cancellation.check(root)
            guard frame.next < frame.names.count else { continue }
            let name = frame.names[frame.next]
            frame.next += 1
            stack.append(frame)
            let childRelative = join(frame.relative, name)
            let path = join(root, childRelative)
            switch classify(path, depth: stack.count, problems: &problems) {
            case .directory:
                stack.append(Frame(relative: childRelative, names: names(in: childRelative, problems: &problems) ?? [], next: 0))
            case .member(let stat):
                members.append(
                    MemberListing(
                        key: MemberKey(path), displayName: path, size: stat?.size, modified: stat?.modified,
                        summary: MemberSummary(uuid: FileNaming.uuid(inFileName: name))))
            case .container:
                containers.append(path)
            case .skip:
                continue
            }
            if members.count == request.limit { break }
        }
        let more = stack.contains { $0.next < $0.names.count }
        let last = members.last.map { String($0.key.raw.dropFirst(root.count + (root.hasSuffix("/") ? 0 : 1))) }
        let next = more ? ListCursor(last ?? containers.last.map { relativePath($0) } ?? "") : nil
        return ListPage(members: members, next: next, problems: problems, containers: containers)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try FileSource(paths: [key.raw]).load(key, cancellation: cancellation)
    }

    // MARK: - Walking

    private enum Entry {
        case directory
        case member(FileStat?)
        case container
        case skip
    }

    private func classify(_ path: String, depth: Int, problems: inout [SourceProblem]) -> Entry {
        guard let stat = FileStat.of(path) else {
            problems.append(SourceProblem(place: path, message: "skipped: cannot be examined"))
            return .skip
        }
        switch stat.kind {
        case .directory:
            if depth > maxDepth {
                problems.append(SourceProblem(place: path, message: "skipped: deeper than \(maxDepth) levels"))
                return .skip
            }
            return .directory
        case .regular:
            return candidate(path, stat: stat)
        case .symlink:
            return link(path, problems: &problems)
        case .other:
            return .skip
        }
    }

    private func link(_ path: String, problems: inout [SourceProblem]) -> Entry {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            problems.append(SourceProblem(place: path, message: "skipped: symbolic link out of the tree"))
            return .skip
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
            problems.append(SourceProblem(place: path, message: "skipped: dangling symbolic link"))
            return .skip
        }
        if isDirectory.boolValue {
            // Its contents are reached through the real directory; entering would repeat them or loop.
            problems.append(SourceProblem(place: path, message: "skipped: symbolic link to a directory (not followed)"))
            return .skip
        }
        return candidate(path, stat: FileStat.of(target))
    }

    private func candidate(_ path: String, stat: FileStat?) -> Entry {
        let lower = path.lowercased()
        if lower.hasSuffix(".vconz") { return .container }
        if Self.knownSuffixes.contains(where: { lower.hasSuffix($0) }) { return .member(stat) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .skip }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)).map(Array.init) ?? []
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .container }
        return Self.sniffsAsVCon(head) ? .member(stat) : .skip
    }

    /// Extensions taken without sniffing.
    static let knownSuffixes = [".vcon", ".json", ".vcon.gz", ".json.gz"]

    /// Gzip magic, or a JSON object after an optional BOM and whitespace.
    static func sniffsAsVCon(_ head: [UInt8]) -> Bool {
        if head.count >= 2, head[0] == 0x1F, head[1] == 0x8B { return true }
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{")
    }

    /// The visible names of a directory, sorted; nil (with a problem) when it cannot be read.
    private func names(in relative: String, problems: inout [SourceProblem]) -> [String]? {
        let path = relative.isEmpty ? root : join(root, relative)
        if let cached = lastDirectory.withLock({ $0 }), cached.path == path { return cached.names }
        guard let all = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            if !relative.isEmpty { problems.append(SourceProblem(place: path, message: "skipped: cannot be read")) }
            return nil
        }
        let names = all.filter { !$0.hasPrefix(".") }.sorted()
        lastDirectory.withLock { $0 = (path, names) }
        return names
    }

    private func join(_ base: String, _ name: String) -> String {
        base.isEmpty ? name : (base.hasSuffix("/") ? base + name : base + "/" + name)
    }

    private func relativePath(_ path: String) -> String {
        String(path.dropFirst(root.count + (root.hasSuffix("/") ? 0 : 1)))
    }
}
