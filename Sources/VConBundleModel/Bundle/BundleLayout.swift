import VConModel

/// Sorts an archive's entries into the draft's layout: manifest, `vcons/`, `files/`, `extensions/`, others.
public struct BundleLayout: Sendable {
    public var manifest: ZipEntry?
    public var manifestIsFirst = false
    public var members: [BundleMember] = []
    public var files: [BundleFile] = []
    public var extensionFiles: [BundleFile] = []
    public var extensions: [BundleExtension] = []
    /// `vcons/` entries that are not `vcons/<name>.json` (not scanned).
    public var strayVConEntries: [String] = []
    /// Entries outside the layout.
    public var otherEntries: [String] = []
    public var hasVConsDirectory = false

    public init(entries: [ZipEntry]) {
        var extensionEntries: [String: [String]] = [:]
        var extensionOrder: [String] = []
        for (position, entry) in entries.enumerated() {
            let name = entry.name
            if name == "manifest.json" {
                manifest = entry
                manifestIsFirst = position == 0
            } else if name.hasPrefix("vcons/") {
                hasVConsDirectory = true
                classifyVCon(entry)
            } else if name.hasPrefix("files/") {
                if !entry.isDirectory { files.append(Self.file(entry, prefix: "files/")) }
            } else if name.hasPrefix("extensions/") {
                let rest = name.dropFirst("extensions/".count)
                guard let slash = rest.firstIndex(of: "/") else {
                    if !rest.isEmpty { otherEntries.append(name) }
                    continue
                }
                let extensionName = String(rest[..<slash])
                if extensionEntries[extensionName] == nil { extensionOrder.append(extensionName) }
                extensionEntries[extensionName, default: []].append(name)
                let filesPrefix = "extensions/\(extensionName)/files/"
                if name.hasPrefix(filesPrefix), !entry.isDirectory {
                    extensionFiles.append(Self.file(entry, prefix: filesPrefix))
                }
            } else if !(entry.isDirectory && ["files/", "vcons/", "extensions/"].contains(name)) {
                otherEntries.append(name)
            }
        }
        extensions = extensionOrder.map { name in
            let list = extensionEntries[name] ?? []
            return BundleExtension(name: name, hasMetadata: list.contains("extensions/\(name)/metadata.json"), entries: list)
        }
    }

    private mutating func classifyVCon(_ entry: ZipEntry) {
        let rest = entry.name.dropFirst("vcons/".count)
        if rest.isEmpty { return }
        if rest.hasSuffix(".json"), !rest.contains("/"), rest.count > ".json".count {
            members.append(
                BundleMember(entryName: entry.name, nameUUID: String(rest.dropLast(".json".count)), size: entry.size, entry: entry))
        } else if !entry.isDirectory {
            strayVConEntries.append(entry.name)
        }
    }

    private static func file(_ entry: ZipEntry, prefix: String) -> BundleFile {
        let base = String(entry.name.dropFirst(prefix.count))
        let dot = base.firstIndex(of: ".")
        let stem = dot.map { String(base[..<$0]) } ?? base
        let ext = dot.map { String(base[base.index(after: $0)...]) }
        return BundleFile(entryName: entry.name, stem: stem, fileExtension: ext, size: entry.size, entry: entry)
    }
}
