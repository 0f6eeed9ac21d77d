import TermUI
import VConModel

/// `!`: the open vCon's findings (errors first), or in the vCon list the files that could not be opened.
///
///     ┌ Findings (6: 5 errors, 1 info)  Enter jumps ──────────────────┐
///     │▶ error  date-syntax         .created_at  3:17   "created_at"… │
///     │  info   critical-extension  .extensions[0]  9:3 extension …   │
///     ├───────────────────────────────────────────────────────────────┤
///     │ error · date-syntax · .created_at  3:17                       │
///     │ "created_at": "yesterday afternoon" is not an RFC 3339 time   │   ← the whole message, wrapped
///     └───────────────────────────────────────────────────────────────┘
extension AppState {
    /// `!` in the open vCon (the vCon list lists its files not opened, `openSkippedFiles`).
    mutating func openFindings() {
        guard let document = currentDocument else {
            message = "open a vCon to see its findings"
            return
        }
        guard document.findingsChecked else {
            message = "findings are being checked; ! lists them once they are"
            return
        }
        guard !document.findings.isEmpty else {
            message = "no findings"
            return
        }
        overlay = .findings(ListCursor())
    }

    /// The rows of the list, in the order shown.
    var findingEntries: [FindingEntry] {
        if mode == .library { return session.skipped.map(FindingEntry.init(skipped:)) }
        return FindingEntry.sorted(currentDocument?.findings ?? [])
    }

    /// The list's title: `Findings (6: 5 errors, 1 info)` or `Files not opened (2)`.
    var findingsTitle: String {
        let entries = findingEntries
        if mode == .library { return "Files not opened (\(entries.count))" }
        let counts = Finding.Severity.allCases.reversed().compactMap { severity -> String? in
            let count = entries.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            return severity == .info ? "\(count) info" : Counted.text(count, severity.rawValue)
        }
        return "Findings (\(entries.count): \(counts.joined(separator: ", ")))"
    }

    /// One row per entry: severity, rule and location in columns as wide as their widest, then the message.
    var findingRows: [SafeText] {
        let entries = findingEntries
        let ruleWidth = min(24, entries.map { SafeText($0.rule).width }.max() ?? 0)
        let locationWidth = min(mode == .library ? 40 : 28, entries.map { SafeText($0.location).width }.max() ?? 0)
        return entries.map { entry in
            var row = SafeText(entry.severity.rawValue.padding(9), style: Self.style(entry.severity, theme: theme))
            row.append(SafeText(entry.rule, style: theme.accent).padded(to: ruleWidth, ellipsis: glyphs.ellipsis))
            row.append("  ")
            row.append(
                SafeText(entry.location, style: theme.muted).asciiOnly(if: glyphs.isASCII).truncated(
                    to: locationWidth, ellipsis: glyphs.ellipsis, position: .middle
                ).padded(to: locationWidth))
            row.append("  ")
            row.append(entry.message)
            return row
        }
    }

    static func style(_ severity: Finding.Severity, theme: Theme) -> Style {
        switch severity {
        case .error: theme.error
        case .warning: theme.warning
        case .info: theme.muted
        }
    }

    /// The selected entry in full, wrapped to `width`: severity, rule and location, then the message.
    func findingPreview(width: Int) -> [SafeText] {
        guard case .findings(let cursor) = overlay else { return [] }
        let entries = findingEntries
        guard cursor.selected < entries.count else { return [] }
        let entry = entries[cursor.selected]
        let dot = " \(glyphs.separator) "
        var head = SafeText(entry.severity.rawValue, style: Self.style(entry.severity, theme: theme))
        head.append(dot + entry.rule, style: theme.accent)
        head.append(dot + entry.location, style: theme.muted)
        let message = SafeText(entry.message).asciiOnly(if: glyphs.isASCII)
        return head.asciiOnly(if: glyphs.isASCII).wrapped(width: max(1, width)) + message.wrapped(width: max(1, width))
    }

    /// Where the findings box, its list and its preview go at the current size.
    var findingsLayout: FindingsLayout {
        let area = Rect(x: 0, y: 1, width: layout.box.width, height: max(0, layout.status.y - 1))
        // Two columns of the panes show beside the box on wide screens; under 100 columns it takes the width.
        let margin = area.width >= 100 ? 2 : 0
        let box = area.inset(top: 0, left: margin, bottom: 0, right: margin)
        let preview = findingPreview(width: max(1, box.width - 4))
        return FindingsLayout(box: box, previewLines: preview.count)
    }

    /// Enter on entry `index`: close the list, go to its pointer and show the whole finding in the status line.
    mutating func jumpToFinding(_ index: Int) {
        let entries = findingEntries
        guard index < entries.count else { return }
        let entry = entries[index]
        guard let pointer = entry.pointer else {
            message = "\(entry.location) was not opened: nothing to jump to"
            return
        }
        overlay = nil
        remember()
        go(to: pointer)
        message = "\(entry.severity.rawValue) \(entry.rule) at \(entry.location): \(entry.message)"
    }
}
