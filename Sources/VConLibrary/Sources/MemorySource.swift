import VConModel

/// Members held in memory, each with a name: an embedded sample, a decoded payload, a test's fixtures.
public struct MemorySource: LibrarySource {
    public let name: String
    public let members: [(name: String, bytes: ByteBuffer)]

    public init(name: String, members: [(name: String, bytes: ByteBuffer)]) {
        self.name = name
        self.members = members
    }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        let start = request.cursor.flatMap { Int($0.token) } ?? 0
        let end = min(members.count, start + request.limit)
        let page = (start..<max(start, end)).map { index in
            MemberListing(key: MemberKey(String(index)), displayName: members[index].name, size: members[index].bytes.count)
        }
        return ListPage(members: page, next: end < members.count ? ListCursor(String(end)) : nil, estimatedTotal: members.count)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try cancellation.check(name)
        guard let index = Int(key.raw), members.indices.contains(index) else {
            throw SourceError(.notFound, place: "\(name)!\(key.raw)", message: "no such member")
        }
        return MemberBytes(buffer: members[index].bytes, sourceName: members[index].name)
    }
}
