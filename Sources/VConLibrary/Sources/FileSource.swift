import Foundation
import VConModel

/// Files named on the command line, one member each, in the order given.
///
/// Listing stats each file (size, time) but reads nothing; a file that is missing still lists, and fails
/// when loaded, so the message names it where the user looks for it.
public struct FileSource: LibrarySource {
    public let paths: [String]
    public let name: String
    /// Each load reads its own file: the catalog may load members on several threads.
    public var capabilities: SourceCapabilities { SourceCapabilities(concurrentLoads: true) }

    public init(paths: [String], name: String? = nil) {
        self.paths = paths
        self.name = name ?? paths.joined(separator: " ")
    }

    public var inputPaths: [String] { paths }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        let start = request.cursor.flatMap { Int($0.token) } ?? 0
        let end = min(paths.count, start + request.limit)
        var members: [MemberListing] = []
        for index in start..<max(start, end) {
            try cancellation.check(name)
            let path = paths[index]
            let stat = FileStat.of(path)
            members.append(
                MemberListing(
                    key: MemberKey(path), displayName: path, size: stat?.size, modified: stat?.modified,
                    summary: MemberSummary(uuid: FileNaming.uuid(inFileName: path))))
        }
        return ListPage(members: members, next: end < paths.count ? ListCursor(String(end)) : nil, estimatedTotal: paths.count)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try cancellation.check(key.raw)
        do {
            return MemberBytes(buffer: try ByteBuffer.readFile(atPath: key.raw), sourceName: key.raw)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: key.raw)
            throw SourceError(missing ? .notFound : .unreadable, place: key.raw, message: error.message)
        }
    }
}
