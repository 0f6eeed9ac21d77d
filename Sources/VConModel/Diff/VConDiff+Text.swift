/// The text renderer: lines for a pane or a command, with `+`/`-`/`~` markers and no terminal codes.
///
/// ```
/// 3 fields changed in 2 items, 1 dialog redacted (placeholder)
/// ~ /subject  "Call with PII" → "Call"
/// ~ parties[0] Alice
///     - /parties/0/tel  "+12345678901"
/// - dialog[1] recording  redacted (placeholder)
/// @@ -4,3 +4,3 @@            (line diff: unified hunks)
/// ```
extension VConDiff {
    /// One rendered line and what it shows, so a pane can colour it without parsing the text.
    public struct TextLine: Sendable, Equatable {
        public enum Style: String, Sendable {
            case summary, note, added, removed, changed, context, hunk
        }
        public var style: Style
        /// The whole line, marker included; every vCon string in it is already sanitised.
        public var text: String
    }

    /// Renders a result: the summary, the notes, then the entries or the line diff's hunks.
    public static func render(_ result: Result, context: Int = 3) -> [TextLine] {
        var out = [TextLine(style: .summary, text: result.summary)]
        out += result.notes.map { TextLine(style: .note, text: "note: " + $0) }
        for entry in result.entries { out.append(line(for: entry)) }
        if result.omitted > 0 {
            out.append(TextLine(style: .note, text: "… \(result.omitted) more difference\(result.omitted == 1 ? "" : "s") not listed"))
        }
        if let outcome = result.lineDiff {
            if result.mode == .semantic { out.append(TextLine(style: .note, text: "line diff:")) }
            out += render(outcome, context: context, withSummary: result.mode == .semantic)
        }
        return out
    }

    /// The rendered lines joined with newlines.
    public static func renderText(_ result: Result, context: Int = 3) -> String {
        render(result, context: context).map(\.text).joined(separator: "\n")
    }

    private static func style(_ kind: Kind) -> TextLine.Style {
        switch kind.marker {
        case "+": .added
        case "-": .removed
        default: .changed
        }
    }

    private static func line(for entry: Entry) -> TextLine {
        let marker = String(entry.kind.marker)
        let values: String
        switch (entry.before, entry.after) {
        case (let old?, let new?): values = "  \(old) → \(new)"
        case (let old?, nil): values = "  \(old)"
        case (nil, let new?): values = "  \(new)"
        case (nil, nil): values = ""
        }
        if entry.level == .field {
            let indent = entry.section == .top ? "" : "    "
            return TextLine(style: style(entry.kind), text: indent + marker + " " + entry.displayPointer + values)
        }
        let moved = entry.beforePointer.map { "  (was \(TextSafety.line($0)))" } ?? ""
        switch entry.kind {
        case .redacted: return TextLine(style: .removed, text: "\(marker) \(entry.label)  redacted (placeholder)\(moved)")
        case .filled: return TextLine(style: .added, text: "\(marker) \(entry.label)  filled (was a placeholder)\(values)\(moved)")
        case .moved: return TextLine(style: .changed, text: "\(marker) \(entry.label)  moved\(moved)")
        case .changed: return TextLine(style: .changed, text: "\(marker) \(entry.label)\(moved)")
        case .added, .removed: return TextLine(style: style(entry.kind), text: "\(marker) \(entry.label)\(values)")
        }
    }

    /// Unified hunks (`@@ -a,b +c,d @@`) with `context` unchanged lines around each change.
    private static func render(_ outcome: LineDiff.Outcome, context: Int, withSummary: Bool) -> [TextLine] {
        guard case .lines(let lines) = outcome else {
            if case .tooLarge(let message) = outcome, withSummary { return [TextLine(style: .note, text: message)] }
            return []
        }
        let changed = lines.indices.filter { lines[$0].op != .same }
        var out: [TextLine] = []
        var k = 0
        while k < changed.count {
            // A hunk runs from its first change to the last change closer than 2 × context to the one before it.
            let first = changed[k]
            var last = first
            while k + 1 < changed.count && changed[k + 1] - last <= 2 * context {
                k += 1
                last = changed[k]
            }
            let start = max(0, first - context)
            let end = min(lines.count, last + context + 1)
            out.append(TextLine(style: .hunk, text: hunkHeader(lines[start..<end])))
            for line in lines[start..<end] {
                switch line.op {
                case .same: out.append(TextLine(style: .context, text: "  " + line.text))
                case .inserted: out.append(TextLine(style: .added, text: "+ " + line.text))
                case .deleted: out.append(TextLine(style: .removed, text: "- " + line.text))
                }
            }
            k += 1
        }
        return out
    }

    /// `@@ -12,7 +12,6 @@`: where a hunk starts on each side and how many lines it spans there.
    private static func hunkHeader(_ hunk: ArraySlice<LineDiff.Line>) -> String {
        let old = hunk.compactMap(\.beforeLine)
        let new = hunk.compactMap(\.afterLine)
        // An empty side starts at the line before the hunk (0 at the top), as `diff -u` writes it.
        let oldStart = old.first ?? max(0, (hunk.first.flatMap { $0.afterLine } ?? 1) - 1)
        let newStart = new.first ?? max(0, (hunk.first.flatMap { $0.beforeLine } ?? 1) - 1)
        return "@@ -\(oldStart),\(old.count) +\(newStart),\(new.count) @@"
    }
}
