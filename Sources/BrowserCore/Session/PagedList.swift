import VConLibrary
import VConModel

/// The vCon list over a store paged on demand (`SourceCapabilities.pagesOnDemand`): one row per listed member,
/// drawn from the listing's summary (nothing fetched, nothing parsed), with the library member of the rows the
/// user opened. Memory grows with the rows listed (a summary each), never with documents nobody opened.
///
///     rows:  [summary, summary (opened → member 3), summary, …]   hasMore: the store has more pages
public struct PagedList: Sendable {
    /// One listed member.
    public struct Row: Sendable {
        /// The catalog entry.
        public var entry: Int
        public var displayName: String
        public var summary: MemberSummary
        /// The library member (index into `BrowserSession.documents`) once opened.
        public var document: Int?
        /// Why it could not be opened, when it could not.
        public var failed: String?
    }

    public var rows: [Row]
    /// True while the store has more pages to list.
    public var hasMore: Bool
    /// The store's estimate of its size, when it has one.
    public var estimatedTotal: Int?
    /// The store filter the list was asked with (`\` on a store, as typed; empty for none).
    public var filterText: String

    /// The rows of `catalog` (members fetched only because a link named them are not rows), matched with the
    /// library members of `contents` (a row whose uuid was opened by a link shows that member).
    public init(catalog: Catalog, contents: CatalogLibrary, filterText: String = "") {
        var memberOfEntry: [Int: Int] = [:]
        for (member, entry) in contents.entries.enumerated() where memberOfEntry[entry].map({ member < $0 }) ?? true {
            memberOfEntry[entry] = member
        }
        var memberOfUUID: [String: Int] = [:]
        let entries = catalog.entries
        for entry in entries {
            if let uuid = entry.summary.uuid, let member = memberOfEntry[entry.id], memberOfUUID[uuid] == nil {
                memberOfUUID[uuid] = member
            }
        }
        rows = entries.filter { !$0.byReference }.map { entry in
            var failed: String?
            if case .failed(let why) = entry.state { failed = why }
            return Row(
                entry: entry.id, displayName: entry.displayName, summary: entry.summary,
                document: memberOfEntry[entry.id] ?? entry.summary.uuid.flatMap { memberOfUUID[$0] }, failed: failed)
        }
        let progress = catalog.progress
        hasMore = catalog.hasMoreOnDemand
        estimatedTotal = progress.estimatedTotal
        self.filterText = filterText
    }

    /// `200 of ≈1000000 vCons` (`~` in ASCII), `200+ vCons`, or `12 vCons` once everything is listed.
    public func countText(ascii: Bool) -> String {
        guard hasMore else { return Counted.text(rows.count, "vCon") }
        if let estimatedTotal, estimatedTotal > rows.count { return "\(rows.count) of \(ascii ? "~" : "≈")\(estimatedTotal) vCons" }
        return "\(rows.count)+ vCons"
    }
}
