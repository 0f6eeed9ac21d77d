import TermUI
import VConModel

/// One row of the vCon list, like a mail index line.
///
///     2024-01-15 10:00:05Z  python-vcon feature sampler       [-]   2p 4d 2a 1att   3 findings
enum LibraryRow {
    static func row(_ document: BrowserDocument, time: TimeFormatter, glyphs: Glyphs, theme: Theme) -> SafeText {
        var row = SafeText()
        let vcon = document.vcon
        let start = vcon?.dialog.compactMap(\.start).first ?? vcon?.createdAt
        row.append((vcon == nil ? "(not readable)" : time.format(start)).padding(22), style: theme.muted)
        row.append(document.formBadge.padding(5), style: theme.accent)
        let title = vcon.map { $0.subject ?? $0.parties.map(\.label).joined(separator: ", ") }
            ?? document.file?.innerNote ?? "not a readable vCon"
        row.append(SafeText(title).padded(to: 34, ellipsis: glyphs.ellipsis))
        if let vcon {
            let counts = "\(vcon.parties.count)p \(vcon.dialog.count)d \(vcon.analysis.count)a \(vcon.attachments.count)att"
            row.append("  " + counts.padding(15), style: theme.muted)
            let errors = document.findings.filter { $0.severity == .error }.count
            let findings = errors > 0 ? "\(errors) errors" : "\(document.findings.count) findings"
            row.append(findings.padding(12), style: errors > 0 ? theme.error : theme.muted)
        }
        row.append("  " + document.shortName, style: theme.muted)
        return row
    }
}
