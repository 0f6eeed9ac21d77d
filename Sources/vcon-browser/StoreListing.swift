import Foundation
import VConBundle
import VConLibrary
import VConModel
import VConStore

/// The row producers of `list`: a store page by page (summaries, then the page's documents in one request),
/// or files, directories and bundles through the library loader; filters apply the same way to both.
enum StoreListing {
    /// Lists a store newest first until `remaining` rows are written or the listing ends.
    ///
    /// Advice (a missing index) and page notes go to standard error; a lost connection is retried once after
    /// reconnecting, then fails the listing.
    static func listStore(
        _ store: any RemoteStore, filter: StoreFilter, opener: MemberOpener, output: inout ListOutput, remaining: inout Int,
        interrupted: InterruptWatch
    ) throws(StoreError) {
        for line in store.advice() { Output.error("note: " + line) }
        var cursor: StoreCursor?
        var retried = false
        while remaining > 0 {
            if interrupted.isInterrupted { throw StoreError(.cancelled, "interrupted") }
            let page: StorePage
            let documents: [String: [UInt8]]
            do {
                page = try store.page(after: cursor, filter: filter, limit: min(store.pageSize, remaining))
                documents = try store.fetchMany(ids: page.rows.map(\.id))
            } catch  where error.kind == .connectionLost && !retried {
                retried = true
                Output.error("note: \(error.message); reconnecting")
                try store.reconnect()
                continue
            } catch  where interrupted.isInterrupted {
                throw StoreError(.cancelled, "interrupted: " + error.message)
            }
            retried = false
            for note in page.notes { Output.error("note: " + note) }
            for summary in page.rows.prefix(remaining) {
                let name = "\(store.kind)#\(summary.id)"
                guard let bytes = documents[summary.id] else {
                    output.write(ListRow(source: name, uuid: summary.id, problem: "listed but its document cannot be fetched"))
                    continue
                }
                let opened = opener.open(MemberBytes(buffer: ByteBuffer(bytes), sourceName: name))
                output.write(ListRow.make(source: name, opened: opened))
            }
            remaining -= min(remaining, page.rows.count)
            guard let next = page.next else { break }
            cursor = next
        }
    }

    /// Lists files, directories and bundles through a catalog (members in listing order, each opened once),
    /// filtered locally. Returns the worst exit status over them (`ExitStatus`: a row that is not a vCon is 1,
    /// an input that cannot be read 2), as every command answers the same input.
    @discardableResult
    static func listFiles(
        _ paths: [String], filter: StoreFilter, opener: MemberOpener, output: inout ListOutput, remaining: inout Int
    ) -> Int32 {
        let made = PathSources.catalog(paths, opener: opener, cacheLimit: 1)
        let catalog = made.catalog
        catalog.listAll()
        var status = ExitStatus.ok
        for problem in made.problems + catalog.problems {
            Output.error(problem.line)
        }
        if !made.problems.isEmpty { status = ExitStatus.unreadable }
        for entry in catalog.entries where remaining > 0 {
            guard let opened = try? catalog.open(entry.id) else { continue }
            if opened.readable == nil, let error = opened.error { status = max(status, ExitStatus.of(error)) }
            if opened.readable != nil, !filter.isEmpty, !matches(opened.vcon, filter) { continue }
            if opened.readable == nil, !filter.isEmpty { continue }
            output.write(ListRow.make(source: entry.displayName, opened: opened))
            remaining -= 1
        }
        return status
    }

    /// The store filters applied to an opened vCon: dates compared as text on the common `YYYY-MM-DDTHH:MM:SS`
    /// prefix, a party exactly on tel/mailto/name, the subject as a case-insensitive substring.
    static func matches(_ vcon: VCon?, _ filter: StoreFilter) -> Bool {
        guard let vcon else { return false }
        let created = String((vcon.createdAt ?? "").replacingOccurrences(of: " ", with: "T").prefix(19))
        if let since = filter.since, created < String(since.replacingOccurrences(of: " ", with: "T").prefix(19)) { return false }
        if let until = filter.until, String(created.prefix(until.count)) > until.replacingOccurrences(of: " ", with: "T") {
            return false
        }
        if let subject = filter.subject, !(vcon.subject ?? "").lowercased().contains(subject.lowercased()) { return false }
        if let party = filter.party {
            let found = vcon.parties.contains { p in
                party.candidates.contains { field, value in
                    switch field {
                    case .tel: return p.tel == value
                    case .mailto: return p.mailto == value
                    case .name: return p.name == value
                    }
                }
            }
            if !found { return false }
        }
        return true
    }

    /// A store argument with any URL password replaced by `***` (for messages about a store that failed to open).
    static func masked(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let rest = text[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return text }
        return String(text[..<authority.index(after: colon)]) + "***" + String(text[at...])
    }
}
