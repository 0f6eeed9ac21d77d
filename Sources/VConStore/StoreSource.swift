import Foundation
import Synchronization
import VConLibrary
import VConModel

/// A store (PostgreSQL, the vcon-server API) as a `LibrarySource`: the catalog pages through it newest first,
/// with the store applying the party and date filters, and loads a member's document when it is opened.
///
/// The cursor token is the store's own (`created_at|id` for a keyset, `#page` for the API's page numbers).
/// Cancellation reaches the store's `cancel()` (PQcancel, a URL task) while a call is blocked.
public struct StoreSource: LibrarySource {
    public let store: any RemoteStore
    /// Filters from the command line, applied on top of the catalog's request.
    public let baseFilter: StoreFilter
    /// The most members listed (nil: the whole store). The browser opens every listed member until its session
    /// pages lazily, so it asks for the newest N.
    public let maxMembers: Int?
    /// True when the browser pages the store as its list scrolls and opens a member only when asked.
    public let pagesOnDemand: Bool

    public init(store: any RemoteStore, filter: StoreFilter = StoreFilter(), maxMembers: Int? = nil, pagesOnDemand: Bool = false) {
        self.store = store
        self.baseFilter = filter
        self.maxMembers = maxMembers
        self.pagesOnDemand = pagesOnDemand
    }

    public var name: String { store.title }

    /// The catalog's `text` filter is the subject here (the `\` prompt's bare words on a store).
    public var capabilities: SourceCapabilities {
        SourceCapabilities(
            filters: [.party, .createdAfter, .createdBefore, .text], isRemote: true, isOrdered: true, pagesOnDemand: pagesOnDemand)
    }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        try cancellation.check(name)
        let store = self.store
        cancellation.onCancel { store.cancel() }
        var filter = baseFilter
        if let party = request.filter.party { filter.party = PartyQuery(parsing: party) }
        if let after = request.filter.createdAfter { filter.since = Self.timestamp(after) }
        if let before = request.filter.createdBefore { filter.until = Self.timestamp(before) }
        if let text = request.filter.text { filter.subject = text }
        let (listedBefore, cursor, pageSize) = request.cursor.map { Self.cursor(from: $0.token) } ?? (0, nil, nil)
        // Page numbers (the API) count pages of one size: the size of the first page is kept to the end.
        let limit = min(pageSize ?? request.limit, (maxMembers ?? Int.max) - listedBefore)
        guard limit > 0 else { return ListPage(members: [], next: nil) }
        let page: StorePage
        do {
            page = try Self.retryingOnce(store) { () throws(StoreError) in try store.page(after: cursor, filter: filter, limit: limit) }
        } catch {
            throw sourceError(error, place: name)
        }
        let members = page.rows.map { row in
            MemberListing(
                key: MemberKey(row.id), displayName: row.id, size: row.size,
                summary: MemberSummary(
                    uuid: row.id, subject: row.subject, createdAt: row.createdAt.map(Self.utc), partyNames: row.parties,
                    dialogCount: row.dialogCount))
        }
        // A slow page for want of an index is advice, like `advice()`; a member the page skipped is a problem.
        var problems = page.notes.map { SourceProblem(place: name, message: $0, isNote: $0.contains("a DBA could add")) }
        var total: Int?
        if cursor == nil {
            problems = store.advice().map { SourceProblem(place: name, message: $0, isNote: true) } + problems
            total = filter.isEmpty ? store.estimatedCount() : nil
        }
        let listed = listedBefore + members.count
        let more = listed < (maxMembers ?? Int.max)
        let next = more ? page.next.map { ListCursor(Self.token(for: $0, listed: listed, size: pageSize ?? limit)) } : nil
        if !more, page.next != nil, let maxMembers {
            problems.append(
                SourceProblem(place: name, message: "showing the newest \(maxMembers); narrow with --since/--until/--party", isNote: true))
        }
        return ListPage(members: members, next: next, problems: problems, estimatedTotal: total)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try cancellation.check(name)
        let store = self.store
        cancellation.onCancel { store.cancel() }
        do {
            let bytes = try Self.retryingOnce(store) { () throws(StoreError) in try store.fetch(id: key.raw) }
            return MemberBytes(buffer: ByteBuffer(bytes), sourceName: name + "#" + key.raw)
        } catch {
            throw sourceError(error, place: name + "#" + key.raw)
        }
    }

    /// A `created_at` as RFC 3339: PostgreSQL's `timestamp without time zone` (the wall-clock UTC time vcon-server
    /// stores, `2026-01-05T10:00:00.123`) gets its `Z`; a time that has a zone, or is not a time, is kept.
    static func utc(_ text: String) -> String {
        guard let t = text.firstIndex(where: { $0 == "T" || $0 == " " }), StoreDate.parse(text) != nil else { return text }
        let clock = text[text.index(after: t)...]
        if clock.contains(where: { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" }) { return text }
        return text[..<t] + "T" + clock + "Z"
    }

    /// Runs `call`; after a lost connection, connects again and runs it once more (the status line's retry is
    /// the next scroll or Enter when that fails too).
    static func retryingOnce<T>(_ store: any RemoteStore, _ call: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try call()
        } catch  where error.kind == .connectionLost {
            try store.reconnect()
            return try call()
        }
    }

    /// `N/created_at|id` or `N/#page@size` (N: members listed so far; size: the page size page numbers count in).
    static func token(for cursor: StoreCursor, listed: Int, size: Int) -> String {
        if let page = cursor.page { return "\(listed)/#\(page)@\(size)" }
        return "\(listed)/" + (cursor.createdAt ?? "") + "|" + (cursor.id ?? "")
    }

    static func cursor(from token: String) -> (Int, StoreCursor, Int?) {
        let split = token.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let listed = Int(split.first ?? "") ?? 0
        let rest = split.count > 1 ? split[1] : ""
        if rest.hasPrefix("#") {
            let parts = rest.dropFirst().split(separator: "@", maxSplits: 1).map(String.init)
            return (listed, StoreCursor(page: Int(parts.first ?? "")), parts.count > 1 ? Int(parts[1]) : nil)
        }
        let parts = rest.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        return (listed, StoreCursor(createdAt: parts.first, id: parts.count > 1 ? parts[1] : nil), nil)
    }

    /// An instant as the stores take it (`YYYY-MM-DDTHH:MM:SS`, UTC).
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date).replacingOccurrences(of: " ", with: "T")
    }
}

/// A store error in the library's terms (the message is already masked).
func sourceError(_ error: StoreError, place: String) -> SourceError {
    switch error.kind {
    case .notFound: return SourceError(.notFound, place: place, message: error.message)
    case .cancelled: return SourceError(.cancelled, place: place, message: error.message)
    case .malformed, .badRequest: return SourceError(.unreadable, place: place, message: error.message)
    case .badLocation, .cannotConnect, .authentication, .rateLimited, .server, .timeout, .connectionLost:
        return SourceError(.unavailable, place: place, message: error.message)
    }
}

/// One store member named on the command line (`SOURCE#<uuid>`), as a source of one member: the store is
/// connected only when the member is loaded, so a bad URL or refused credentials fail that member.
public final class StoreMemberSource: LibrarySource {
    public let name: String
    public let id: String
    private let connect: @Sendable () throws(StoreError) -> any RemoteStore
    private let opened = Mutex<(any RemoteStore)?>(nil)

    /// `display` is the reference without credentials; `connect` opens the store.
    public init(display: String, id: String, connect: @escaping @Sendable () throws(StoreError) -> any RemoteStore) {
        self.name = display
        self.id = id
        self.connect = connect
    }

    public var capabilities: SourceCapabilities { SourceCapabilities(isRemote: true) }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        ListPage(members: [MemberListing(key: MemberKey(id), displayName: name)], next: nil)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        let store: any RemoteStore
        do {
            if let existing = opened.withLock({ $0 }) {
                store = existing
            } else {
                store = try connect()
                opened.withLock { $0 = store }
            }
        } catch {
            throw sourceError(error, place: name)
        }
        return try StoreSource(store: store).load(key, cancellation: cancellation)
    }
}
