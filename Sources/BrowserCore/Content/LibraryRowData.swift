import VConLibrary
import VConModel

/// The vCon list's rows as data, before they are fitted to a width: built by the worker that opened the members
/// (`Effect.openMore`), so swapping a grown session in does not build 100 000 rows on the key loop, and extended
/// rather than rebuilt when the list only grew.
struct LibraryRowData: Sendable {
    /// One row per listed member, ids already cut (`ShortIDs`). In chunks: rows kept from the previous step, and a
    /// findings answer that changes a few, copy only the chunks they change.
    var rows = ChunkedArray<LibraryRow>()
    /// The ids before they were cut (the cut depends on every row, so it is made again as rows are added).
    var ids: [String] = []
    var time: TimeFormatter?
    var ellipsis = ""
    /// The first window start at which `ids` all differ (`ShortIDs.cut`), where the next cut starts looking.
    var distinctFrom: Int?
    /// The widest text of each column, kept as rows are added and findings checked (`LibraryColumns.fit`).
    var widths = ColumnWidths()

    /// The rows of `session`'s list (not a store paged on demand: its rows come from `PagedList`), keeping the
    /// first `kept` rows of `previous` for the members it already listed.
    static func build(
        _ session: BrowserSession, time: TimeFormatter, ellipsis: String, keeping previous: LibraryRowData? = nil, kept: Int = 0
    ) -> LibraryRowData {
        var data = LibraryRowData(time: time, ellipsis: ellipsis)
        let reuse =
            previous.map { $0.time == time && $0.ellipsis == ellipsis ? min(kept, $0.rows.count, session.listed.count) : 0 } ?? 0
        if let previous, reuse > 0 {
            data.rows = reuse == previous.rows.count ? previous.rows : ChunkedArray(previous.rows.prefix(reuse))
            data.ids = Array(previous.ids.prefix(reuse))
            // Rows are kept as they were, so their widths are too (unless the previous list was longer).
            if reuse == previous.rows.count { data.widths = previous.widths } else { data.widths = ColumnWidths(data.rows) }
        }
        // The new rows on every core, each measured there too (the id cut below needs them all).
        let new = Array(session.listed[reuse...])
        let made = Parallel.map(new.count) { index -> (LibraryRow, ColumnWidths) in
            let row = LibraryRow(session.documents[new[index]], time: time)
            return (row, ColumnWidths(row))
        }
        data.rows.append(contentsOf: made.map(\.0))
        data.ids += made.map(\.0.shortID)
        data.widths = made.reduce(data.widths) { $0.merged(with: $1.1) }
        let cut = ShortIDs.cut(data.ids, ellipsis: ellipsis, from: reuse > 0 ? previous?.distinctFrom : nil)
        // Written only where the cut changed (a kept row's chunk is copied when written).
        for (index, id) in cut.ids.enumerated() where data.rows[index].shortID != id { data.rows[index].shortID = id }
        data.distinctFrom = cut.distinctFrom
        data.widths.measureIDs(cut.ids)
        return data
    }

    /// The findings column of the row listing `document`, once its findings are checked.
    mutating func takeFindings(row: Int, of document: BrowserDocument) {
        rows[row].takeFindings(of: document)
        widths.includeFindings(rows[row])
    }

    /// True when these rows are `session`'s list under `time` and `ellipsis` (not a store's).
    func fits(_ session: BrowserSession, time: TimeFormatter, ellipsis: String) -> Bool {
        session.paged == nil && self.time == time && self.ellipsis == ellipsis && rows.count == session.listed.count
    }

    /// These rows under another time mode: only the time column is made again, on every core, the other texts and
    /// the id cut kept (`T` over 100 000 rows made every row's texts again on the key loop: 0.6 s). Only for the rows
    /// of `session` (`fits`).
    func retimed(_ session: BrowserSession, time formatter: TimeFormatter) -> LibraryRowData {
        var data = self
        data.time = formatter
        let times = Parallel.map(rows.count) { index in
            let time = LibraryRow.time(of: session.documents[session.listed[index]].vcon, formatter)
            return (time.text, time.isValid, LibraryColumns.cells(time.text))
        }
        data.widths.time = 0
        for (index, (text, isValid, width)) in times.enumerated() {
            data.rows[index].time = text
            data.rows[index].timeIsValid = isValid
            data.widths.time = max(data.widths.time, width)
        }
        return data
    }

    /// How many of `fresh`'s listed members `old` lists first, in the same order, over the same documents: the rows
    /// that can be kept when `fresh` grew from `old` (0 when it did not only grow).
    static func sharedPrefix(_ old: BrowserSession, _ fresh: BrowserSession) -> Int {
        guard old.paged == nil, fresh.paged == nil, fresh.documents.count >= old.documents.count,
            fresh.listed.count >= old.listed.count, fresh.listed.prefix(old.listed.count).elementsEqual(old.listed),
            old.documents.last.map({ fresh.documents[old.documents.count - 1].name == $0.name }) ?? true
        else { return 0 }
        return old.listed.count
    }
}

extension LibraryRowData {
    /// Rows made elsewhere (a store's list), measured here.
    init(rows: [LibraryRow]) {
        self.rows = ChunkedArray(rows)
        widths = ColumnWidths(rows)
    }
}
