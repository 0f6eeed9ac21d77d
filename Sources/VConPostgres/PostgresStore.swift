import Foundation
import VConModel
import VConStore

/// The PostgreSQL source: a vcon-server table (or another layout) read page by page, newest first.
///
/// ```
/// page(after:)  ──►  SELECT summary columns … WHERE (created_at, id) < ($1, $2) [AND filters]
///                    ORDER BY created_at DESC, id DESC LIMIT n           (keyset, never OFFSET)
/// fetch(id:)    ──►  SELECT vcon_json::text … WHERE id = $1              (the full document, on open)
/// ```
///
/// Read-only: the session runs with `default_transaction_read_only`, every statement under a
/// `statement_timeout`, and user text only ever in `PQexecParams` parameters. One statement runs at a
/// time (a lock); `cancel()` works from any thread through `PQcancel`.
public final class PostgresStore: RemoteStore, @unchecked Sendable {
    public let location: PostgresLocation
    public let layout: PostgresLayout
    public let pageSize: Int
    public let kind = "postgres"
    /// A page slower than this, on a table without an index on the creation column, gets a note with the fix.
    public var slowPageSeconds = 0.5
    private let statementTimeoutMilliseconds: Int
    private let builder: PostgresQueryBuilder
    /// Serialises statements on the connection.
    private let statementLock = NSLock()
    /// Guards `connection` (read by `cancel()` from other threads).
    private let connectionLock = NSLock()
    private var connection: PGConnection?
    /// Whether some index leads with the creation column (checked once when opened).
    public private(set) var isIndexed = true

    /// Connects, checks that the table exists and whether the listing order is indexed.
    public init(
        location: PostgresLocation, layout: PostgresLayout = .vconServer, pageSize: Int = 50, statementTimeout: Double = 30
    ) throws(StoreError) {
        self.location = location
        self.layout = try layout.validated()
        self.pageSize = max(1, pageSize)
        self.statementTimeoutMilliseconds = max(1, Int(statementTimeout * 1000))
        self.builder = PostgresQueryBuilder(layout: self.layout)
        try reconnect()
        let check = try run(builder.indexCheck())
        guard check.bool(0, 0) == true else {
            throw StoreError(
                .notFound, location.mask.apply("\(location.display) has no table \(layout.table) (use --table for another layout)"))
        }
        isIndexed = check.bool(0, 1) ?? false
    }

    public var title: String { "postgres " + location.display + " · " + layout.table }

    public func page(after cursor: StoreCursor?, filter: StoreFilter, limit: Int) throws(StoreError) -> StorePage {
        let filter = try filter.validated()
        let query = builder.list(after: cursor, filter: filter, limit: limit)
        let started = Date()
        let rows = try run(query)
        let seconds = Date().timeIntervalSince(started)
        var summaries: [StoreSummary] = []
        summaries.reserveCapacity(rows.rows.count)
        for r in rows.rows.indices {
            guard let id = rows.text(r, 0) else { continue }
            summaries.append(
                StoreSummary(
                    id: id, createdAt: rows.text(r, 1), subject: rows.text(r, 2), version: rows.text(r, 3),
                    parties: Self.partyNames(rows.rows[r][4]), dialogCount: rows.int(r, 5), size: rows.int(r, 6)))
        }
        var next: StoreCursor?
        if summaries.count == limit, let last = summaries.last, let created = last.createdAt {
            next = StoreCursor(createdAt: created, id: last.id)
        }
        var notes: [String] = []
        if seconds > slowPageSeconds, !isIndexed {
            notes.append(
                String(format: "this page took %.1f s: ", seconds) + "\(layout.table) has no index on \(layout.createdAt), "
                    + "so every page sorts the table; a DBA could add: " + builder.suggestedIndex)
        }
        return StorePage(rows: summaries, next: next, notes: notes, seconds: seconds)
    }

    public func fetch(id: String) throws(StoreError) -> [UInt8] {
        guard UUIDText.isUUID(id) else {
            throw StoreError(.badRequest, "\"\(TextSafety.line(id))\" is not a uuid")
        }
        let rows = try run(builder.fetch(id: id.lowercased()))
        guard let first = rows.rows.first else {
            throw StoreError(.notFound, "no vCon \(id) in \(layout.table) at \(location.display)")
        }
        guard let bytes = first[0] else {
            throw StoreError(.notFound, "vCon \(id) has no \(layout.json) (NULL) in \(layout.table)")
        }
        return bytes
    }

    public func estimatedCount() -> Int? {
        guard let rows = try? run(builder.estimate()), let count = rows.int(0, 0), count >= 0 else { return nil }
        return count
    }

    public func advice() -> [String] {
        guard !isIndexed else { return [] }
        return [
            "\(layout.table) has no index on \(layout.createdAt) (vcon-server creates none): each newest-first page "
                + "sorts the whole table. The browser never changes the database; a DBA could add: " + builder.suggestedIndex
        ]
    }

    public func cancel() {
        connectionLock.lock()
        let current = connection
        connectionLock.unlock()
        current?.cancel()
    }

    public func reconnect() throws(StoreError) {
        connectionLock.lock()
        connection = nil
        connectionLock.unlock()
        let fresh = try PGConnection(
            conninfo: location.conninfo, mask: location.mask, statementTimeoutMilliseconds: statementTimeoutMilliseconds)
        connectionLock.lock()
        connection = fresh
        connectionLock.unlock()
    }

    /// The suggested index statement (for the benchmark and the README).
    public var suggestedIndex: String { builder.suggestedIndex }

    /// The server process serving this store's connection (for tests that break it on purpose).
    public var backendPID: Int32? {
        connectionLock.lock()
        defer { connectionLock.unlock() }
        return connection?.backendPID
    }

    /// Runs one statement on the connection; a broken connection is dropped so the next call says so.
    func run(_ query: PostgresQuery) throws(StoreError) -> PGRows {
        statementLock.lock()
        defer { statementLock.unlock() }
        connectionLock.lock()
        let current = connection
        connectionLock.unlock()
        guard let current else {
            throw StoreError(.connectionLost, "the connection to \(location.display) was lost; retry to reconnect")
        }
        do {
            return try current.execute(query)
        } catch {
            if error.kind == .connectionLost || !current.isOK {
                connectionLock.lock()
                if connection === current { connection = nil }
                connectionLock.unlock()
                throw StoreError(.connectionLost, "connection to \(location.display) lost: \(error.message)")
            }
            throw error
        }
    }

    /// The party names of a summary row (a JSON array of strings from `jsonb_agg`).
    static func partyNames(_ bytes: [UInt8]?) -> [String] {
        guard let bytes, let document = try? JSONDocument.parse(bytes: bytes) else { return [] }
        return document.root.elements.map { $0.string ?? $0.rawText }
    }
}

extension PostgresStore {
    public func fetchMany(ids: [String]) throws(StoreError) -> [String: [UInt8]] {
        let valid = ids.filter(UUIDText.isUUID).map { $0.lowercased() }
        guard !valid.isEmpty else { return [:] }
        let rows = try run(PostgresQueryBuilder(layout: layout).fetchMany(ids: valid))
        var out: [String: [UInt8]] = [:]
        for r in rows.rows.indices {
            if let id = rows.text(r, 0), let bytes = rows.rows[r][1] { out[id] = bytes }
        }
        return out
    }
}
