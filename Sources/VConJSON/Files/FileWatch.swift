/// Files to re-check cheaply: each path with the identity it had when opened.
///
/// `changes()` costs one `stat(2)` per path; the browser calls it on idle ticks and reports what changed on disk.
public struct FileWatch: Sendable {
    /// A watched path, the identity it was opened with, and the change already reported (not reported twice).
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var identity: FileIdentity?
        public var reported: String?

        public init(path: String, identity: FileIdentity?) {
            self.path = path
            self.identity = identity
        }
    }

    public private(set) var entries: [Entry]

    /// Watches `paths`, taking each identity from `opened` (the identity when it was read) or from `stat` now.
    public init(paths: [String], opened: [String: FileIdentity] = [:]) {
        var seen = Set<String>()
        entries = paths.filter { seen.insert($0).inserted }.map { Entry(path: $0, identity: opened[$0] ?? FileIdentity.of(path: $0)) }
    }

    /// Watches `path` too, from `identity` (the one it was read with), unless it is watched already: the browser
    /// adds the file on screen, since a big tree's members opened after the first screen are not watched from the
    /// start (one `stat` each per second would be 100 000).
    /// The last `includedLimit` files included are kept: scrolling through the list does not grow the watch.
    public mutating func include(_ path: String, identity: FileIdentity?) {
        guard !entries.contains(where: { $0.path == path }) else { return }
        entries.append(Entry(path: path, identity: identity ?? FileIdentity.of(path: path)))
        included.append(path)
        if included.count > Self.includedLimit {
            let oldest = included.removeFirst()
            entries.removeAll { $0.path == oldest }
        }
    }

    /// How many files `include` keeps watched beyond those given at the start.
    public static let includedLimit = 32
    private var included: [String] = []

    /// Paths whose file changed since it was opened and since the last call, with how ("truncated to 0 bytes").
    public mutating func changes() -> [(path: String, change: String)] {
        var found: [(path: String, change: String)] = []
        for index in entries.indices {
            let entry = entries[index]
            guard let identity = entry.identity else { continue }
            if let change = identity.change(to: FileIdentity.of(path: entry.path)), change != entry.reported {
                entries[index].reported = change
                found.append((entry.path, change))
            }
        }
        return found
    }
}
