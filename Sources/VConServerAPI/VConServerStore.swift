import Foundation
import VConModel
import VConStore

/// The vcon-server API source: `GET /vcon` pages of uuids (newest first), summaries from the batch endpoint
/// `GET /vcons?vcon_uuids=…` page by page, `GET /vcon/{uuid}` to open one, `GET /vcons/search` for parties.
///
/// ```
/// page n ──► GET /vcon?page=n&size=s[&since&until] ──► [uuid…] ──► GET /vcons?vcon_uuids=… ──► summaries
///            (500: bisect the page to skip the member the server cannot list)
/// party  ──► GET /vcons/search?tel|mailto|name= per field (500 = nothing matched) ──► batch, newest first
/// ```
///
/// Every request carries `x-conserver-api-token` from `VCON_SERVER_TOKEN`; the token appears in no message.
/// A failing request fails that page or member only.
public final class VConServerStore: RemoteStore, @unchecked Sendable {
    public let location: APILocation
    public let pageSize: Int
    public let kind = "vcon-server"
    let client: HTTPClient
    private let lock = NSLock()
    /// Sorted summaries of the last party search (the search endpoint has no paging), by query.
    private var searchCache: (PartyQuery, [StoreSummary], [String])?

    /// Opens the API (no request is made until the first page).
    public init(location: APILocation, pageSize: Int = 64, timeout: Double = 15) {
        self.location = location
        self.pageSize = max(1, pageSize)
        self.client = HTTPClient(timeout: timeout)
    }

    deinit { client.close() }

    public var title: String { "vcon-server " + location.display }

    public func page(after cursor: StoreCursor?, filter: StoreFilter, limit: Int) throws(StoreError) -> StorePage {
        let filter = try filter.validated()
        let started = Date()
        let number = max(1, cursor?.page ?? 1)
        if let party = filter.party {
            var page = try searchPage(party, number: number, limit: limit, filter: filter)
            page.seconds = Date().timeIntervalSince(started)
            return page
        }
        // Power-of-two sizes, so a page the server fails on can be split into pages it can answer.
        var size = 1
        while size * 2 <= min(limit, 1024) { size *= 2 }
        var notes: [String] = []
        var items: [(String, String)] = []
        if let since = filter.since { items.append(("since", since)) }
        if let until = filter.until { items.append(("until", until)) }
        let listed = try listIDs(page: number, size: size, items: items, notes: &notes)
        var rows = try summaries(for: listed.ids, notes: &notes)
        if let subject = filter.subject { rows = rows.filter { Self.contains($0.subject, subject) } }
        let next = listed.full ? StoreCursor(page: number + 1) : nil
        return StorePage(rows: rows, next: next, notes: notes, seconds: Date().timeIntervalSince(started))
    }

    public func fetch(id: String) throws(StoreError) -> [UInt8] {
        guard UUIDText.isUUID(id) else { throw StoreError(.badRequest, "\"\(TextSafety.line(id))\" is not a uuid") }
        let body = try request("/vcon/" + id.lowercased(), [], what: "vCon \(id)")
        guard (try? JSONDocument.parse(bytes: Array(body))) != nil else {
            throw StoreError(.malformed, "/vcon/\(id): the answer is not complete JSON (\(body.count) bytes)")
        }
        return Array(body)
    }

    public func fetchMany(ids: [String]) throws(StoreError) -> [String: [UInt8]] {
        var notes: [String] = []
        var out: [String: [UInt8]] = [:]
        for (id, bytes) in try batch(ids, notes: &notes) { if let bytes { out[id] = bytes } }
        return out
    }

    public func estimatedCount() -> Int? { nil }

    public func advice() -> [String] { [] }

    public func cancel() { client.cancel() }

    public func reconnect() throws(StoreError) {}

    // MARK: requests

    /// One GET under the base path with the token header; non-2xx statuses become typed errors.
    func request(_ path: String, _ items: [(String, String)], what: String) throws(StoreError) -> Data {
        guard let url = location.url(path, items) else { throw StoreError(.badLocation, "cannot build a URL for \(path)") }
        var headers: [String: String] = [:]
        if let token = location.token { headers["x-conserver-api-token"] = token }
        let (status, body) = try client.get(url, headers: headers, mask: location.mask)
        let detail = Self.detail(body).map { location.mask.apply($0) }
        let place = location.mask.apply(path)
        switch status {
        case 200..<300: return body
        case 403:
            throw StoreError(
                .authentication,
                "\(location.display) refused the token (403\(detail.map { " " + $0 } ?? "")): set VCON_SERVER_TOKEN to a token it accepts")
        case 404: throw StoreError(.notFound, "\(what) not found at \(location.display) (404)")
        case 400, 422:
            throw StoreError(.badRequest, "\(place): the server rejected the request (\(status)\(detail.map { " " + $0 } ?? ""))")
        case 429: throw StoreError(.rateLimited, "\(place): too many requests (429); wait and retry")
        case 300..<400: throw StoreError(.badRequest, "\(place): the server redirects (\(status)); not followed")
        default: throw StoreError(.server, "\(place): server error \(status)\(detail.map { " (" + $0 + ")" } ?? "")")
        }
    }

    /// The uuids of one list page; a page the server answers 500 for is split in halves down to single rows,
    /// and a row that still fails is skipped with a note (members stored without the `vcon:` prefix).
    private func listIDs(page: Int, size: Int, items: [(String, String)], notes: inout [String]) throws(StoreError) -> (
        ids: [String], full: Bool
    ) {
        let query = [("page", String(page)), ("size", String(size))] + items
        do throws(StoreError) {
            let body = try request("/vcon", query, what: "the list")
            guard let document = try? JSONDocument.parse(bytes: Array(body)), document.root.isArray else {
                throw StoreError(.malformed, "/vcon: the answer is not a JSON array (\(body.count) bytes)")
            }
            let ids = document.root.elements.compactMap { element -> String? in
                guard let text = element.string else { return nil }
                return text.hasPrefix("vcon:") ? String(text.dropFirst(5)) : text
            }
            return (ids, ids.count == size)
        } catch  where error.kind == .server && size > 1 {
            // Page p of size s covers the same rows as pages 2p-1 and 2p of size s/2.
            let first = try listIDs(page: 2 * page - 1, size: size / 2, items: items, notes: &notes)
            guard first.full else { return first }
            let second = try listIDs(page: 2 * page, size: size / 2, items: items, notes: &notes)
            return (first.ids + second.ids, second.full)
        } catch  where error.kind == .server {
            // At size 1 the page number is the row number.
            notes.append(
                "row \(page): the server cannot list this member (500; vcon-server fails on sorted-set members stored "
                    + "without the vcon: prefix); skipped")
            return ([], true)
        }
    }

    /// The batch endpoint in request order; nil where the server has no document (expired or deleted).
    private func batch(_ ids: [String], notes: inout [String]) throws(StoreError) -> [(String, [UInt8]?)] {
        var out: [(String, [UInt8]?)] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 64)])
            start += chunk.count
            let body = try request("/vcons", chunk.map { ("vcon_uuids", $0) }, what: "the batch")
            let bytes = Array(body)
            guard let document = try? JSONDocument.parse(bytes: bytes), document.root.isArray,
                document.root.count == chunk.count
            else {
                throw StoreError(.malformed, "/vcons: the answer is not an array of \(chunk.count) vCons (\(body.count) bytes)")
            }
            for (id, element) in zip(chunk, document.root.elements) {
                out.append((id, element.isNull ? nil : Array(bytes[element.byteRange])))
            }
        }
        return out
    }

    private func summaries(for ids: [String], notes: inout [String]) throws(StoreError) -> [StoreSummary] {
        try batch(ids, notes: &notes).map { id, bytes in
            guard let bytes else {
                notes.append("\(id): listed but not stored (expired or deleted on the server)")
                return StoreSummary(id: id)
            }
            return Self.summary(id: id, bytes: bytes)
        }
    }

    /// Search pages: every field searched separately (the server intersects terms and answers 500 when all are
    /// empty), the union summarised and sorted newest first once, then sliced.
    private func searchPage(_ party: PartyQuery, number: Int, limit: Int, filter: StoreFilter) throws(StoreError) -> StorePage {
        lock.lock()
        let cached = searchCache
        lock.unlock()
        var rows: [StoreSummary]
        var notes: [String]
        if let cached, cached.0 == party {
            rows = cached.1
            notes = cached.2
        } else {
            var ids: [String] = []
            notes = []
            for (field, value) in party.candidates {
                do {
                    let body = try request("/vcons/search", [(field.rawValue, value)], what: "the search")
                    let found = (try? JSONDocument.parse(bytes: Array(body)))?.root.elements.compactMap(\.string) ?? []
                    for id in found where !ids.contains(id) { ids.append(id) }
                } catch  where error.kind == .server {
                    // The server's answer when nothing matches.
                    continue
                }
            }
            rows = try summaries(for: ids, notes: &notes).sorted { ($0.createdAt ?? "", $0.id) > ($1.createdAt ?? "", $1.id) }
            lock.lock()
            searchCache = (party, rows, notes)
            lock.unlock()
        }
        if let subject = filter.subject { rows = rows.filter { Self.contains($0.subject, subject) } }
        if let since = filter.since { rows = rows.filter { ($0.createdAt ?? "") >= since } }
        if let until = filter.until { rows = rows.filter { String(($0.createdAt ?? "").prefix(until.count)) <= until } }
        let start = (number - 1) * limit
        let slice = start < rows.count ? Array(rows[start..<min(rows.count, start + limit)]) : []
        let next = start + limit < rows.count ? StoreCursor(page: number + 1) : nil
        return StorePage(rows: slice, next: next, notes: number == 1 ? notes : [])
    }

    /// A summary read from a stored document (what the batch endpoint gives for free).
    static func summary(id: String, bytes: [UInt8]) -> StoreSummary {
        guard let document = try? JSONDocument.parse(bytes: bytes) else { return StoreSummary(id: id, size: bytes.count) }
        let root = document.root
        let parties = root["parties"]?.elements.map { party in
            party["name"]?.string ?? party["tel"]?.string ?? party["mailto"]?.string ?? "?"
        }
        return StoreSummary(
            id: id, createdAt: root["created_at"]?.string, subject: root["subject"]?.string.map { String($0.prefix(512)) },
            version: root["vcon"]?.string.map { String($0.prefix(64)) }, parties: parties ?? [],
            dialogCount: root["dialog"]?.isArray == true ? root["dialog"]?.count : nil, size: bytes.count)
    }

    static func contains(_ text: String?, _ needle: String) -> Bool {
        guard let text else { return false }
        return text.lowercased().contains(needle.lowercased())
    }

    /// The `detail` of a FastAPI error body, when it is a string.
    static func detail(_ body: Data) -> String? {
        guard body.count < 65_536, let document = try? JSONDocument.parse(bytes: Array(body)) else { return nil }
        return document.root["detail"]?.string
    }
}
