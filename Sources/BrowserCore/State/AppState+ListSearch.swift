import TermUI

/// `/`, `n`, `N` over the vCon list (a pane's search runs over the open vCon instead).
extension AppState {
    /// Finds `query` in every row of the list (case-insensitive) and selects the first hit at or after the cursor.
    mutating func runListSearch(_ query: String) {
        let needle = query.lowercased()
        let rows = (0..<session.listCount).filter { TextMatch.contains(listSearchText(row: $0), needle) }
        guard !rows.isEmpty else {
            listSearch = nil
            message = "no match for \(query) in the list"
            return
        }
        let start = rows.firstIndex { $0 >= libraryCursor.selected } ?? 0
        listSearch = ListSearch(query: query, rows: rows, current: start)
        showListHit()
    }

    /// `n`/`N` in the list.
    mutating func stepListHit(forward: Bool) {
        guard var current = listSearch, !current.rows.isEmpty else {
            message = "no search (press / to search)"
            return
        }
        current.current = (current.current + (forward ? 1 : current.rows.count - 1)) % current.rows.count
        listSearch = current
        showListHit()
    }

    mutating func showListHit() {
        guard let listSearch, listSearch.current < listSearch.rows.count else { return }
        libraryCursor.select(listSearch.rows[listSearch.current], rows: libraryRows, height: layout.list.height)
        message = nil
    }

    /// What `/` looks at for one row: the drawn row, the full source name, the uuid and the party names.
    func listSearchText(row position: Int) -> String {
        var parts: [String] = []
        if position < libraryRows.count { parts.append(libraryRows[position].plainText) }
        guard let index = session.document(atRow: position) else {
            // A store row not opened yet: what its listing says.
            if let row = session.paged?.rows[position] {
                parts += [row.displayName, row.summary.uuid ?? "", row.summary.subject ?? ""] + (row.summary.partyNames ?? [])
            }
            return parts.joined(separator: "\n").lowercased()
        }
        let document = session.documents[index]
        parts.insert(document.name, at: 0)
        if let vcon = document.vcon {
            parts.append(vcon.uuid ?? "")
            parts.append(vcon.subject ?? "")
            parts += vcon.parties.map(\.label)
        }
        return parts.joined(separator: "\n").lowercased()
    }
}
