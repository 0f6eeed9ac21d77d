import Foundation
import VConModel

/// Opens any mix of files, directories, `.vconz` bundles and standard input into one `Library`.
///
/// Directories are walked recursively (`LibraryScanner`); bundles add every member; a file that
/// cannot be opened becomes a problem line, never the end of the run.
public struct LibraryLoader: Sendable {
    public var loader: FileLoader
    public var bundleOptions: BundleOptions

    public init(loader: FileLoader = FileLoader(inflater: ZlibInflater()), bundleOptions: BundleOptions = BundleOptions()) {
        self.loader = loader
        self.bundleOptions = bundleOptions
    }

    /// What was opened: the library, the bundles (for resolving `files/`), and what could not be read.
    public struct Result: Sendable {
        public var library = Library()
        public var bundles: [BundleReader] = []
        /// One plain line per path or member that could not be opened (already made terminal-safe).
        public var problems: [String] = []
    }

    /// Opens every path in order.
    public func open(_ paths: [String]) -> Result {
        var result = Result()
        for path in paths { add(path, to: &result) }
        return result
    }

    private func add(_ path: String, to result: inout Result) {
        var isDirectory: ObjCBool = false
        if path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue {
            let scan = LibraryScanner.scan(path)
            for file in scan.files { add(file, to: &result) }
            for skipped in scan.skipped where !skipped.reason.hasPrefix("hidden") {
                result.problems.append("\(TextSafety.line(skipped.path)): skipped: \(TextSafety.line(skipped.reason))")
            }
            return
        }
        if path != "-" && Self.looksLikeBundle(path) {
            addBundle(path, to: &result)
            return
        }
        do {
            let file = try loader.load(path: path)
            result.library.add(LibraryMember(source: .file(path), file: file), loader: loader)
        } catch {
            result.problems.append(error.description)
        }
    }

    private func addBundle(_ path: String, to result: inout Result) {
        do {
            let reader = try BundleReader.open(path: path, options: bundleOptions)
            result.bundles.append(reader)
            for member in reader.members {
                do {
                    let file = try reader.load(member, loader: loader)
                    result.library.add(
                        LibraryMember(source: .bundleMember(bundle: path, entry: member.entryName), file: file), loader: loader)
                } catch {
                    result.problems.append("\(TextSafety.line(path))!\(TextSafety.line(member.entryName)): \(error.message)")
                }
            }
        } catch {
            result.problems.append("\(TextSafety.line(path)): not a readable bundle: \(error.message)")
        }
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
