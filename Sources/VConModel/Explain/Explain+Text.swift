/// Plain-text rendering of an explanation for the browser's overlay and for `show`-style output.
///
/// ```
/// dialog[].mediatype - Media type of the dialog content
/// core field
///
/// The MIME type (type/subtype) of the dialog's file, ...
///
/// Defined in:
///   draft-ietf-vcon-vcon-core §4.3.8 mediatype
///
/// Spelling by generation:
///   0.0.1    mimetype   petrie-00 .. container-01
///   0.0.2 +  mediatype  container-02 .. core-03
///
/// Values:
///   text/plain       plain text message
///
/// Related: dialog[].encoding, dialog[].filename
/// ```
/// No terminal codes; every line fits `width` when one is given (long words are cut).
extension Explain {
    /// The lines explaining one entry.
    public static func text(for entry: FieldExplanation, width: Int? = nil) -> [String] {
        var lines: [String] = []
        let heading = entry.path.isEmpty ? "(document)" : entry.path
        lines += wrap("\(heading) - \(entry.title)", width: width)
        lines.append(entry.standing.rawValue)
        lines.append("")
        lines += wrap(entry.meaning, width: width)
        if !entry.specs.isEmpty {
            lines.append("")
            lines.append("Defined in:")
            for spec in entry.specs { lines += wrap(spec.description, width: width, indent: 2) }
        }
        if let target = entry.indexes {
            lines += wrap("Holds indices into \(target).", width: width)
        }
        if !entry.spellings.isEmpty {
            lines.append("")
            lines.append("Spelling by generation:")
            let rows = entry.spellings.map { [$0.generations, $0.spelling, $0.drafts] }
            lines += table(rows, width: width)
        }
        if !entry.values.isEmpty {
            lines.append("")
            lines.append("Values:")
            let rows = entry.values.map { value in
                [value.value, value.meaning + (value.generations.map { " [\($0)]" } ?? "")]
            }
            lines += table(rows, width: width)
        }
        if !entry.related.isEmpty {
            lines.append("")
            lines += wrap("Related: " + entry.related.joined(separator: ", "), width: width)
        }
        return lines
    }

    /// The lines for a lookup: the pointer and its notes, then the entry.
    public static func text(for match: ExplainMatch, width: Int? = nil) -> [String] {
        var lines = wrap("At " + (match.pointer.isEmpty ? "(document root)" : TextSafety.line(match.pointer)), width: width)
        for note in match.notes { lines += wrap(note, width: width, indent: 2) }
        lines.append("")
        return lines + text(for: match.entry, width: width)
    }

    /// Columns padded to their widest cell; the last column wraps under itself.
    static func table(_ rows: [[String]], width: Int?) -> [String] {
        guard let columns = rows.first?.count, columns > 0 else { return [] }
        var widths = (0..<columns - 1).map { column in rows.map { $0[column].count }.max() ?? 0 }
        if let width {
            // Keep at least 12 columns for the last cell; shrink the column with the most slack above its
            // longest word first, and cut words only when even those do not fit.
            let budget = max(width - 2 - 2 * widths.count - 12, widths.count)
            let words = (0..<columns - 1).map { column in
                rows.flatMap { $0[column].split(separator: " ").map(\.count) }.max() ?? 1
            }
            while widths.reduce(0, +) > budget {
                let slack = widths.indices.map { widths[$0] - words[$0] }
                guard let column = widths.indices.max(by: { slack[$0] == slack[$1] ? widths[$0] < widths[$1] : slack[$0] < slack[$1] }),
                    widths[column] > 1
                else { break }
                widths[column] -= 1
            }
        }
        // Wrap the leading cells, then tighten each column to what its wrapped lines really use.
        let leading = rows.map { row in (0..<columns - 1).map { wrap(row[$0], width: widths[$0]) } }
        for column in widths.indices {
            widths[column] = leading.flatMap { $0[column] }.map(\.count).max() ?? widths[column]
        }
        let indent = 2 + widths.reduce(0) { $0 + $1 + 2 }
        var lines: [String] = []
        for (row, wrapped) in zip(rows, leading) {
            let cells = wrapped + [wrap(row[columns - 1], width: width.map { max($0 - indent, 8) })]
            let height = cells.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var line = "  "
                for column in 0..<columns {
                    let cell = lineIndex < cells[column].count ? cells[column][lineIndex] : ""
                    line += column < columns - 1 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) + "  " : cell
                }
                lines.append(trimmedRight(line))
            }
        }
        return lines
    }

    /// Greedy word wrap; words longer than the line are cut. No width means one line per paragraph.
    static func wrap(_ text: String, width: Int?, indent: Int = 0) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard let width else { return [pad + text] }
        let room = max(width - indent, 1)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > room {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(room)))
                word = word.dropFirst(room)
            }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= room {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map { pad + $0 }
    }

    private static func trimmedRight(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
