import TermUI
import VConModel

/// Writes `list` rows as text, CSV or JSON, one row at a time (a store listing may be long).
struct ListOutput {
    enum Format { case text, csv, json }

    var format: Format
    /// ASCII mode (`--ascii`, a locale that is not UTF-8): text cells escaped (`\u9234`) before they are cut.
    var ascii: Bool
    private var count = 0

    init(format: Format, ascii: Bool = false) {
        self.format = format
        self.ascii = ascii
    }

    /// The header (CSV, text) or the opening bracket (JSON).
    mutating func begin() {
        switch format {
        case .csv: Output.out(ListRow.headers.map(Self.csvCell).joined(separator: ",") + "\r\n")
        case .json: Output.out("[")
        case .text:
            Output.out(Self.textLine(["CREATED", "UUID", "SUBJECT", "PARTIES", "D/A/AT", "FORM", "VERDICT", "E/W"], ascii: ascii) + "\n")
        }
    }

    mutating func write(_ row: ListRow) {
        switch format {
        case .csv: Output.out(row.cells.map(Self.csvCell).joined(separator: ",") + "\r\n")
        case .json: Output.out((count > 0 ? ",\n" : "\n") + row.json.render())
        case .text:
            let counts = [row.dialogs, row.analysis, row.attachments].map { $0.map(String.init) ?? "-" }.joined(separator: "/")
            var line = Self.textLine(
                [
                    String((row.created ?? "-").prefix(19)), row.uuid ?? "-", row.subject ?? "", row.parties.joined(separator: ", "),
                    counts, row.form, row.verdict, "\(row.errors)/\(row.warnings)",
                ], ascii: ascii)
            if let problem = row.problem { line += "  (" + Self.cellText(problem, ascii: ascii) + ")" }
            Output.out(line + "\n")
        }
        count += 1
    }

    /// The closing bracket (JSON).
    func end() {
        if format == .json { Output.out(count > 0 ? "\n]\n" : "]\n") }
    }

    /// Fixed-width text columns, every cell terminal-safe and cut to its width.
    static func textLine(_ cells: [String], ascii: Bool = false) -> String {
        let widths = [19, 36, 28, 28, 8, 16, 14, 0]
        var out: [String] = []
        for (cell, width) in zip(cells, widths) {
            let safe = cellText(cell, ascii: ascii)
            if width == 0 {
                out.append(safe)
            } else {
                let cut = safe.count > width ? String(safe.prefix(width - 1)) + (ascii ? "~" : "…") : safe
                out.append(cut + String(repeating: " ", count: max(0, width - cut.count)))
            }
        }
        return out.joined(separator: " ")
    }

    /// A cell terminal-safe, and in ASCII mode escaped (`\u9234`).
    static func cellText(_ text: String, ascii: Bool) -> String {
        let safe = TextSafety.line(text)
        return ascii ? Sanitizer.asciiOnly(safe) : safe
    }

    /// One CSV cell (RFC 4180 quoting), terminal-safe, and defused for spreadsheets: a cell that starts with
    /// `=`, `+`, `-`, `@` (a formula when opened) gets a leading `'`.
    static func csvCell(_ text: String) -> String {
        var safe = TextSafety.line(text)
        if let first = safe.first, "=+-@".contains(first), Double(safe) == nil { safe = "'" + safe }
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
