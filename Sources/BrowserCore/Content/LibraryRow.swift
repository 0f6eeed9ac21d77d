import TermUI
import VConModel

/// One row of the vCon list, like a mail index line.
///
///     2024-01-15 10:00:05Z  python-vcon feature sampler       [-]   2p 4d 2a 1att   3 findings
enum LibraryRow {
    static func row(_ document: BrowserDocument, time: BrowserTimeFormat, glyphs: Glyphs, theme: Theme) -> SafeText {
        var row = SafeText()
        guard let vcon = document.vcon else {
            row.append("(unreadable)".padding(22), style: theme.muted)
            row.append(document.name.padding(32))
            row.append("  " + (document.shortBadge ?? "?").padding(4), style: theme.accent)
            row.append("  " + (document.file?.innerNote ?? "not a readable vCon"), style: theme.muted)
            return row
        }
        let start = vcon.dialog.compactMap(\.start).first ?? vcon.createdAt
        row.append(time.format(start).padding(22), style: theme.muted)
        let title = vcon.subject ?? vcon.parties.map(\.label).joined(separator: ", ")
        row.append(String(title.prefix(60)).padding(32))
        row.append("  " + (document.shortBadge ?? (glyphs.isASCII ? "[-]" : "·")).padding(4), style: theme.accent)
        let counts = "\(vcon.parties.count)p \(vcon.dialog.count)d \(vcon.analysis.count)a \(vcon.attachments.count)att"
        row.append("  " + counts.padding(14), style: theme.muted)
        let errors = document.findings.filter { $0.severity == .error }.count
        let findings = "\(document.findings.count) findings" + (errors > 0 ? " (\(errors) errors)" : "")
        row.append("  " + findings, style: errors > 0 ? theme.error : theme.muted)
        row.append("  " + document.name, style: theme.muted)
        return row
    }
}
