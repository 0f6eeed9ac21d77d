import TermUI

/// The vCon list's rows: built from the documents, fitted to the list's width.
extension AppState {
    /// Rebuilds the rows for the current time mode and size (also while a vCon is open, so going back shows
    /// rows that fit): from `prepared` rows when they are this session's (built off the UI loop), else keeping
    /// the first `kept` rows already built (a list that only grew).
    mutating func rebuildLibraryRows(prepared: LibraryRowData? = nil, keeping kept: Int = 0) {
        if let paged = session.paged {
            var rows = paged.rows.map { row in
                row.document.map { LibraryRow(session.documents[$0], time: time) } ?? LibraryRow(row, time: time)
            }
            for (index, id) in ShortIDs.make(rows.map(\.shortID), ellipsis: glyphs.ellipsis).enumerated() { rows[index].shortID = id }
            libraryRowData = LibraryRowData(rows: rows)
        } else if let prepared, prepared.fits(session, time: time, ellipsis: glyphs.ellipsis) {
            libraryRowData = prepared
        } else {
            libraryRowData = .build(session, time: time, ellipsis: glyphs.ellipsis, keeping: libraryRowData, kept: kept)
        }
        let data = libraryRowData.rows
        let list = ScreenLayout.make(size: size, document: false, pane: pane, focus: focus).list
        let numbers = showNumbers ? String(data.count).count + 1 : 0
        let indent = DisplayWidth.of(glyphs.selectionMarker) + 1 + numbers
        let columns = LibraryColumns.fit(libraryRowData.widths, width: list.width - indent)
        // Drawn when shown (or matched by a filter): 200 styled glyphs a row for 100 000 rows was most of the
        // memory of a big tree's list, and each background step drew every row again.
        let (glyphs, theme) = (glyphs, theme)
        let filterTexts = RowTexts.filter(data)
        libraryRows = ListRows(
            count: data.count, text: { data[$0].text(columns, glyphs: glyphs, theme: theme) }, filterText: filterTexts.text)
        listSearchTexts = Self.listSearchTexts(session, filter: filterTexts)
    }
}
