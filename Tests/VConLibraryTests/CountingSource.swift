import Synchronization
import VConLibrary
import VConModel

/// A source in memory that counts every call, fails the members it is told to, and can block a load until
/// cancelled: the catalog's laziness and cancellation are measured against it.
final class CountingSource: LibrarySource {
    let name = "counting"
    let members: [String: [UInt8]]
    let order: [String]
    /// Members whose load fails ("disk on fire"); changed by `failing(_:)` to make a member fail later, or heal.
    private let failingNow: Mutex<Set<String>>
    private let counts = Mutex<(pages: Int, loads: [String])>((0, []))

    init(_ members: [(String, String)], failing: Set<String> = []) {
        order = members.map(\.0)
        self.members = Dictionary(uniqueKeysWithValues: members.map { ($0.0, Array($0.1.utf8)) })
        failingNow = Mutex(failing)
    }

    func failing(_ keys: Set<String>) { failingNow.withLock { $0 = keys } }

    var pages: Int { counts.withLock { $0.pages } }
    var loads: [String] { counts.withLock { $0.loads } }

    func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        counts.withLock { $0.pages += 1 }
        let start = request.cursor.flatMap { Int($0.token) } ?? 0
        let end = min(order.count, start + request.limit)
        let page = order[start..<end].map { MemberListing(key: MemberKey($0), displayName: $0) }
        return ListPage(members: page, next: end < order.count ? ListCursor(String(end)) : nil, estimatedTotal: order.count)
    }

    func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        counts.withLock { $0.loads.append(key.raw) }
        if failingNow.withLock({ $0.contains(key.raw) }) { throw SourceError(.unreadable, place: key.raw, message: "disk on fire") }
        guard let bytes = members[key.raw] else { throw SourceError(.notFound, place: key.raw, message: "no such member") }
        return MemberBytes(buffer: ByteBuffer(bytes), sourceName: key.raw)
    }
}

/// A minimal vCon with a uuid, a subject and one party, as JSON text.
func vconJSON(_ uuid: String, subject: String = "call", group: [String] = []) -> String {
    let groupText = group.isEmpty ? "" : #", "group": ["# + group.map { #"{"uuid": "\#($0)"}"# }.joined(separator: ",") + "]"
    return
        #"{"vcon": "0.4.0", "uuid": "\#(uuid)", "created_at": "2024-01-01T00:00:00Z", "subject": "\#(subject)", "parties": [{"name": "Ann"}]\#(groupText)}"#
}
