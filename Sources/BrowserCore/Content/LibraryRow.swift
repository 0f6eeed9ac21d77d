import Synchronization
import TermUI
import VConLibrary
import VConModel

/// One row of the vCon list, like a mail index line: the texts of its columns, before they are fitted.
///
///     2024-01-15 10:00:05Z      [-]   python-vcon feature sampler     2p 4d 2a 1att  3 findings  call.vcon
///     2026-03-03 14:30:03.950Z  [S]   SIP call with STIR/SHAKEN       3p 2d 0a 9att  0 findings  sip.vcon
///     yesterday afternoon ⚠     [-]   Findings: deliberate mistakes   2p 2d 1a 0att  5 errors    bad.vcon
///     (not readable)            [E]   encrypted: the vCon inside…                                enc.json
///
/// `LibraryColumns` gives every column one width for the whole list, so a long or unparseable time never
/// shifts the columns after it.
struct LibraryRow: Sendable {
    var time: String
    var timeIsValid: Bool
    var badge: String
    var title: String
    /// `2p 4d 2a 1att`; nil for a file that is not a readable vCon.
    var counts: String?
    /// `3 findings` or `2 errors`; nil for a file that is not a readable vCon.
    var findings: String?
    var hasErrors: Bool
    var file: String
    /// What tells rows apart when the file name does not fit: the uuid (else the file name), cut by the list
    /// to the window in which the rows differ (`ShortIDs`).
    var shortID: String
    /// The envelope state the badge stands for (its style).
    var kind: BadgeKind

    init(_ document: BrowserDocument, time formatter: TimeFormatter) {
        let vcon = document.vcon
        (time, timeIsValid) = Self.time(of: vcon, formatter)
        if let vcon {
            title = vcon.subject ?? vcon.parties.map(\.label).joined(separator: ", ")
            counts = "\(vcon.parties.count)p \(vcon.dialog.count)d \(vcon.analysis.count)a \(vcon.attachments.count)att"
            (findings, hasErrors) = Self.findings(of: document)
        } else {
            title = document.file?.innerNote ?? "not a readable vCon"
            counts = nil
            findings = nil
            hasErrors = false
        }
        badge = document.formBadge
        kind = BadgeKind(listBadge: badge) ?? .unreadable
        file = document.shortName
        let uuid = vcon == nil ? "" : document.uuid.map(TextSafety.line) ?? ""
        shortID = uuid.isEmpty ? file : uuid
    }

    /// The time column: the first dialog's start, else `created_at`, as `formatter` shows it ("(not readable)" for
    /// a file that is not a readable vCon).
    static func time(of vcon: VCon?, _ formatter: TimeFormatter) -> (text: String, isValid: Bool) {
        guard let vcon else { return ("(not readable)", true) }
        let formatted = formatter.formatted(vcon.dialog.compactMap(\.start).first ?? vcon.createdAt)
        return (formatted.text, formatted.isValid)
    }

    /// `3 findings`, or `2 errors` (and true) when any is an error; `…` until the findings are checked.
    private static func findings(of document: BrowserDocument) -> (String, Bool) {
        guard document.findingsChecked else { return ("\u{2026}", false) }
        let errors = document.findings.count { $0.severity == .error }
        return (Counted.text(errors > 0 ? errors : document.findings.count, errors > 0 ? "error" : "finding"), errors > 0)
    }

    /// The findings column again, once `document`'s findings are checked (the rest of the row stays as cut).
    mutating func takeFindings(of document: BrowserDocument) {
        guard document.vcon != nil else { return }
        (findings, hasErrors) = Self.findings(of: document)
    }

    /// A store row not opened yet, from the listing's summary: no badge or findings until it is opened (`[ ]`),
    /// or why it could not be (`[?]`).
    init(_ row: PagedList.Row, time formatter: TimeFormatter) {
        let summary = row.summary
        let formatted = formatter.formatted(summary.createdAt)
        time = summary.createdAt == nil ? "" : formatted.text
        timeIsValid = summary.createdAt == nil || formatted.isValid
        let parties = summary.partyNames ?? []
        title = TextSafety.line(summary.subject ?? parties.filter { !$0.isEmpty }.joined(separator: ", "))
        var counts = summary.partyNames.map { "\($0.count)p" }
        if let dialogs = summary.dialogCount { counts = (counts.map { $0 + " " } ?? "") + "\(dialogs)d" }
        self.counts = counts
        findings = row.failed == nil ? nil : "not opened"
        hasErrors = row.failed != nil
        badge = row.failed == nil ? "[ ]" : "[?]"
        kind = row.failed == nil ? .unsigned : .unreadable
        file = TextSafety.line(row.displayName)
        shortID = TextSafety.line(summary.uuid ?? row.displayName)
    }

    /// The row fitted to `columns`: every column padded or cut (with `…`) to its width by display width.
    func text(_ columns: LibraryColumns, glyphs: Glyphs, theme: Theme) -> SafeText {
        var row = SafeText()
        func cell(_ text: String?, width: Int, style: Style) {
            guard width > 0 else { return }
            if !row.isEmpty { row.append(String(repeating: " ", count: LibraryColumns.gap)) }
            row.append(
                SafeText(text ?? "", style: style).asciiOnly(if: glyphs.isASCII).padded(to: width, ellipsis: glyphs.ellipsis))
        }
        cell(time, width: columns.time, style: timeIsValid ? theme.muted : theme.warning)
        cell(badge, width: columns.badge, style: kind.style(theme))
        cell(title, width: columns.title, style: .plain)
        cell(counts, width: columns.counts, style: theme.muted)
        cell(findings, width: columns.findings, style: hasErrors ? theme.error : theme.muted)
        if columns.shortID > 0 {
            row.append(String(repeating: " ", count: LibraryColumns.gap))
            row.append(
                SafeText(shortID, style: theme.muted).asciiOnly(if: glyphs.isASCII).padded(
                    to: columns.shortID, ellipsis: glyphs.ellipsis))
        }
        if columns.file > 0 {
            row.append(String(repeating: " ", count: LibraryColumns.gap))
            row.append(
                SafeText(file, style: theme.muted).asciiOnly(if: glyphs.isASCII).truncated(
                    to: columns.file, ellipsis: glyphs.ellipsis,
                    position: .middle))
        }
        return row
    }
}

extension LibraryRow {
    /// What the list's `\` filter matches in this row, lowercased: every column's full text (a title or file name
    /// the row cuts still matches).
    var filterText: String {
        TextMatch.lowercased([time, badge, title, counts ?? "", findings ?? "", shortID, file].joined(separator: "  "))
    }
}

/// Texts of every row of the list, made (on every core) the first time one is asked for, then kept until the rows
/// are made again: what the `\` filter matches (`filter`: drawing 10 000 rows to match them took a second a
/// keystroke) and what `/` matches (`AppState.listSearchTexts`: drawing every row to search it, 3.3 s over 100 000).
final class RowTexts: Sendable {
    private let make: @Sendable () -> [String]
    private let texts = Mutex<[String]?>(nil)

    init(_ make: @escaping @Sendable () -> [String]) { self.make = make }

    /// No rows.
    static let none = RowTexts { [] }

    /// The `\` filter's texts of `rows`.
    static func filter(_ rows: ChunkedArray<LibraryRow>) -> RowTexts {
        RowTexts { Parallel.map(rows.count) { rows[$0].filterText } }
    }

    func all() -> [String] {
        texts.withLock { texts in
            if let texts { return texts }
            let made = make()
            texts = made
            return made
        }
    }

    func text(_ position: Int) -> String {
        let all = all()
        return all.indices.contains(position) ? all[position] : ""
    }
}
