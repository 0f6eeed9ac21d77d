import VConLibrary
import VConModel

/// A `.vconz` bundle as a library source: listed from the central directory (entry names give the uuid,
/// sizes come from the zip), members inflated one at a time when the catalog asks.
///
/// The reader is kept, so `files/` stays available for resolving external references.
public struct BundleSource: LibrarySource {
    public let reader: BundleReader
    public var name: String { reader.path }
    /// Paths the browser must never overwrite; empty for a bundle read from memory (the demo).
    public let inputPaths: [String]
    private let byEntry: [String: BundleMember]

    /// Wraps an open reader (a bundle read from memory passes no input path).
    public init(reader: BundleReader, inputPaths: [String]? = nil) {
        self.reader = reader
        self.inputPaths = inputPaths ?? [reader.path]
        byEntry = Dictionary(reader.members.map { ($0.entryName, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Opens the bundle at `path`, as a catalog's container opener does.
    public static func open(path: String, options: BundleOptions = BundleOptions()) throws(SourceError) -> BundleSource {
        do {
            return BundleSource(reader: try BundleReader.open(path: path, options: options))
        } catch {
            throw SourceError(.unreadable, place: path, message: "not a readable bundle: \(error.message)")
        }
    }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        try cancellation.check(name)
        let members = reader.members
        let start = request.cursor.flatMap { Int($0.token) } ?? 0
        let end = min(members.count, start + request.limit)
        let page = members[min(start, end)..<end].map { member in
            MemberListing(
                key: MemberKey(member.entryName), displayName: "\(reader.path)!\(member.entryName)", size: Int(member.size),
                summary: MemberSummary(uuid: member.nameUUID.isEmpty ? nil : member.nameUUID))
        }
        return ListPage(members: page, next: end < members.count ? ListCursor(String(end)) : nil, estimatedTotal: members.count)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try cancellation.check(name)
        let place = "\(reader.path)!\(key.raw)"
        guard let member = byEntry[key.raw] else {
            throw SourceError(.notFound, place: place, message: "no such member")
        }
        do {
            return MemberBytes(buffer: ByteBuffer(try reader.bytes(of: member)), sourceName: place)
        } catch {
            throw SourceError(.unreadable, place: place, message: error.message)
        }
    }

    public func origin(of listing: MemberListing) -> MemberSource {
        .bundleMember(bundle: reader.path, entry: listing.key.raw)
    }
}
