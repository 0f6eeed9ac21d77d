import Foundation
import VConLibrary
import VConModel

/// The sources for paths given on a command line: a directory is a `DirectorySource`, a `.vconz` (or anything
/// starting with a zip signature) a `BundleSource`, `-` standard input, and runs of other paths one `FileSource`.
///
/// A bundle that cannot be opened is a problem line, not the end of the run; a missing file still becomes a
/// member, which fails with its message when opened.
public enum PathSources {
    /// The sources for `paths`, in order, and the problems met while opening bundles.
    public static func sources(for paths: [String], options: BundleOptions = BundleOptions()) -> (
        sources: [any LibrarySource], problems: [SourceProblem]
    ) {
        var sources: [any LibrarySource] = []
        var problems: [SourceProblem] = []
        var files: [String] = []
        func flushFiles() {
            if !files.isEmpty { sources.append(FileSource(paths: files)) }
            files = []
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            let exists = path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                flushFiles()
                sources.append(DirectorySource(root: path))
            } else if exists && looksLikeBundle(path) {
                flushFiles()
                do { sources.append(try BundleSource.open(path: path, options: options)) } catch {
                    problems.append(SourceProblem(place: error.place, message: error.message))
                }
            } else if path == "-" {
                flushFiles()
                sources.append(StandardInputSource())
            } else {
                files.append(path)
            }
        }
        flushFiles()
        return (sources, problems)
    }

    /// A catalog over `paths`, opening bundles found in directories as sources of their own.
    public static func catalog(
        _ paths: [String], opener: MemberOpener, options: BundleOptions = BundleOptions(), cacheLimit: Int = .max
    ) -> (catalog: Catalog, problems: [SourceProblem]) {
        let (sources, problems) = sources(for: paths, options: options)
        return (Catalog(sources: sources, opener: opener, cacheLimit: cacheLimit, containerOpener: containerOpener(options)), problems)
    }

    /// Opens a `.vconz` found while listing a directory.
    public static func containerOpener(_ options: BundleOptions) -> @Sendable (String) throws(SourceError) -> any LibrarySource {
        { path throws(SourceError) in try BundleSource.open(path: path, options: options) }
    }

    /// The bundles among a catalog's sources (for `files/` lookups).
    public static func bundles(of catalog: Catalog) -> [BundleReader] {
        catalog.allSources.compactMap { ($0 as? BundleSource)?.reader }
    }

    /// A `.vconz` name, or a zip signature (`PK\3\4`) at the start.
    static func looksLikeBundle(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".vconz") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }
}
