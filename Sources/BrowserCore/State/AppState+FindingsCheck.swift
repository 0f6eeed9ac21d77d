import VConModel

/// Findings are checked after the first screen: the browser opens members without validating them, and each
/// `Effect.checkFindings` validates the next batch off the UI loop (the open vCon first), answered by
/// `Action.findingsChecked`. Until then a row's findings column shows `…` and the open vCon's header and Summary say
/// "checking". Other work goes first: a check starts only when none runs, so a big list fills before its findings.
extension AppState {
    /// Asks for the next batch when documents are unchecked and nothing else runs off the UI loop.
    mutating func requestFindingsCheck() -> [Effect] {
        guard !checkingFindings, work == nil, session.unchecked > 0 else { return [] }
        checkingFindings = true
        return [.checkFindings]
    }

    /// The documents of the next batch: the open vCon first, then in library order, as many as are checked already
    /// (at least `findingsBatch`): each answer refits the list's columns, so doubling keeps that O(n) in all.
    var uncheckedBatch: [Int] {
        let checked = session.documents.count - session.unchecked
        return session.uncheckedDocuments(first: mode == .library ? nil : document, limit: max(Self.findingsBatch, checked))
    }

    /// Documents validated by the first batch.
    static let findingsBatch = 256

    /// Takes the checked findings the session still wants, then refreshes the rows and panes that show them.
    mutating func findingsChecked(_ checked: CheckedFindings) {
        checkingFindings = false
        // Nothing was left to check after all (documents replaced by hand): count again, or the next request would
        // ask for nothing forever.
        if checked.results.isEmpty { session.recount() }
        var settled: [Int] = []
        for result in checked.results
        where session.settle(
            result.document, name: result.name, bytes: result.bytes, findings: result.findings, profileNote: result.profileNote)
        {
            settled.append(result.document)
        }
        guard !settled.isEmpty else { return }
        if session.paged == nil, libraryRowData.fits(session, time: time, ellipsis: glyphs.ellipsis) {
            for document in settled {
                guard let row = Self.row(of: document, in: session.listed) else { continue }
                libraryRowData.takeFindings(row: row, of: session.documents[document])
            }
            rebuildLibraryRows(prepared: libraryRowData)
        } else {
            rebuildLibraryRows()
        }
        if mode != .library, settled.contains(document) {
            items = PaneContent.items(pane, context: context)
            rebuildDetail(keepCursor: true)
        }
    }

    /// The row listing `document`: `listed` is in library order, so a binary search finds it.
    static func row(of document: Int, in listed: [Int]) -> Int? {
        var (low, high) = (0, listed.count)
        while low < high {
            let middle = (low + high) / 2
            if listed[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low < listed.count && listed[low] == document ? low : nil
    }
}
