import TermUI
import UnsafeText

/// The widths of the vCon list's columns, in cells, fitted once for the whole list and the list's width.
///
///     |time (widest, ≤30)|  |badge|  |title (≥24)|  |counts|  |findings|  |file (the rest)|
///     |time|  |badge|  |title (≥16)|  |findings|  |de016c0e…|                 (80 columns)
///
/// Each of time, badge, counts and findings is as wide as its widest text in the list (measured by display
/// width once sanitised), so every row lines up. When the width is short, the file name goes first, then the counts, then the
/// findings, so the title keeps at least `titleMinimum` cells; a column of width 0 is not drawn. The title
/// takes up to `titleMaximum` cells before the file name gets any, and more only when every file name fits.
/// When the file name cannot be shown, the uuid's first characters take its place, so rows with the same
/// title (versions of an amended vCon) can still be told apart.
struct LibraryColumns: Sendable, Equatable {
    var time: Int
    var badge: Int
    var title: Int
    var counts: Int
    var findings: Int
    /// What is left for the file name (0: not shown).
    var file: Int
    /// The short uuid shown instead of the file name (0: not shown).
    var shortID = 0

    /// Spaces between columns.
    static let gap = 2
    /// A time wider than this (an odd text that does not parse) is cut with `…`.
    static let timeMaximum = 30
    static let titleMinimum = 16
    static let titleMaximum = 48
    /// Narrower than this, the file name is left out rather than shown as a stub.
    static let fileMinimum = 12

    /// Fits `rows` into `width` cells: with the file name if it gets `fileMinimum` cells, else with the short
    /// uuid in its place.
    static func fit(_ rows: [LibraryRow], width: Int) -> LibraryColumns { fit(ColumnWidths(rows), width: width) }

    /// Fits a list whose widest texts are `widths` into `width` cells (the list keeps them as it grows: measuring
    /// 100 000 rows again for every background step was a tenth of filling a big tree's list).
    static func fit(_ widths: ColumnWidths, width: Int) -> LibraryColumns {
        let withFile = fitColumns(widths, width: width)
        let idWidth = widths.shortID
        guard withFile.file == 0, idWidth > 0, width - idWidth - gap > titleMinimum else { return withFile }
        var columns = fitColumns(widths, width: width - idWidth - gap)
        columns.file = 0
        columns.shortID = idWidth
        return columns
    }

    /// The widest of `texts`, measured until one reaches `limit` (cut ids are all as wide: the first one tells).
    static func widest(_ texts: [String], atMost limit: Int) -> Int {
        var widest = 0
        for text in texts where widest < limit { widest = max(widest, cells(text)) }
        return min(widest, limit)
    }

    /// Display width once sanitised; printable ASCII is one cell a byte, and `…` one cell, without sanitising
    /// (10 000 rows measured through `SafeText` were most of the time of swapping in a judged session; cut ids
    /// carry `…`).
    static func cells(_ text: String) -> Int {
        var count = 0
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            if UnsafeText.isPrintableASCII(byte) {
                count += 1
            } else if byte == 0xE2, bytes.next() == 0x80, bytes.next() == 0xA6 {
                count += 1
            } else {
                return SafeText(text).width
            }
        }
        return count
    }

    /// The columns without the short uuid.
    static func fitColumns(_ widths: ColumnWidths, width: Int) -> LibraryColumns {
        var columns = LibraryColumns(
            time: min(widths.time, timeMaximum), badge: widths.badge, title: 0, counts: widths.counts, findings: widths.findings,
            file: 0)
        let fullTitle = max(widths.title, 1)
        // Give up the counts, then the findings, while the title would get less than its minimum.
        if columns.roomForTitle(width) < min(fullTitle, titleMinimum) { columns.counts = 0 }
        if columns.roomForTitle(width) < min(fullTitle, titleMinimum) { columns.findings = 0 }
        // Up to `titleMaximum` before the file name; beyond it only what the widest file name leaves over.
        let room = columns.roomForTitle(width)
        let leftOver = room - gap - widths.file
        columns.title = max(0, min(fullTitle, room, max(min(fullTitle, titleMaximum), leftOver)))
        let rest = width - columns.used - gap
        columns.file = rest >= fileMinimum ? rest : 0
        return columns
    }

    /// Cells taken by the drawn columns and the gaps between them (the file name aside).
    var used: Int {
        let drawn = [time, badge, title, counts, findings].filter { $0 > 0 }
        return drawn.reduce(0, +) + Self.gap * max(0, drawn.count - 1)
    }

    /// Cells the title can have in `width` beside the other columns.
    func roomForTitle(_ width: Int) -> Int {
        var without = self
        without.title = 0
        return width - without.used - Self.gap
    }
}

/// The widest text of each column of a list's rows, in cells (`LibraryColumns.cells`): measured once per row as
/// rows are added, and again only for a column that changed (a row's findings, once checked).
struct ColumnWidths: Sendable, Equatable {
    var time = 0
    var badge = 0
    var title = 0
    var counts = 0
    var findings = 0
    var file = 0
    /// The widest short id, measured up to the id window (cut ids are all as wide: the first one tells).
    var shortID = 0

    init() {}

    init(_ rows: some Collection<LibraryRow>) {
        self = rows.reduce(ColumnWidths()) { $0.merged(with: ColumnWidths($1)) }
        measureIDs(rows.map(\.shortID))
    }

    /// The widths of one row's texts (its short id aside: `measureIDs`).
    init(_ row: LibraryRow) {
        time = LibraryColumns.cells(row.time)
        badge = LibraryColumns.cells(row.badge)
        title = LibraryColumns.cells(row.title)
        counts = row.counts.map(LibraryColumns.cells) ?? 0
        findings = row.findings.map(LibraryColumns.cells) ?? 0
        file = LibraryColumns.cells(row.file)
    }

    /// Widens the findings column to fit `row`'s, once checked.
    mutating func includeFindings(_ row: LibraryRow) { findings = max(findings, row.findings.map(LibraryColumns.cells) ?? 0) }

    /// The widest of `ids`, which are cut again whenever rows are added.
    mutating func measureIDs(_ ids: [String]) { shortID = LibraryColumns.widest(ids, atMost: ShortIDs.window + 2) }

    /// The wider of both, column by column (short ids aside).
    func merged(with other: ColumnWidths) -> ColumnWidths {
        var both = self
        both.time = max(time, other.time)
        both.badge = max(badge, other.badge)
        both.title = max(title, other.title)
        both.counts = max(counts, other.counts)
        both.findings = max(findings, other.findings)
        both.file = max(file, other.file)
        return both
    }
}
