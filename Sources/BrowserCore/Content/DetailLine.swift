import TermUI

/// Where Enter on a line goes.
public enum DetailLink: Sendable, Hashable {
    /// An item of this vCon, by JSON Pointer (`/parties/1`).
    case pointer(String)
    /// Another vCon of the session (by document index).
    case document(Int)
    /// A vCon not opened yet, by uuid, that the session's store may hold (fetched on Enter).
    case store(String)
}

/// One logical line of a detail pane: sanitised text, the field it shows and where Enter goes.
public struct DetailLine: Sendable {
    public var text: SafeText
    /// The JSON Pointer of the value this line shows (status line path, `X`, `y`).
    public var pointer: String?
    public var link: DetailLink?
    /// Cells of indentation, kept on wrapped continuation rows.
    public var indent: Int

    public init(_ text: SafeText, pointer: String? = nil, link: DetailLink? = nil, indent: Int = 0) {
        self.text = text
        self.pointer = pointer
        self.link = link
        self.indent = indent
    }
}

/// A row of a pane's list: its text and the pointer of the item.
public struct PaneItem: Sendable {
    public var row: SafeText
    public var pointer: String
    public var link: DetailLink?

    public init(row: SafeText, pointer: String, link: DetailLink? = nil) {
        self.row = row
        self.pointer = pointer
        self.link = link
    }
}

/// A wrapped row of the detail pane, pointing back at its line.
public struct DetailRow: Sendable {
    public var text: SafeText
    public var line: Int
    public var indent: Int
}

extension SafeText {
    /// The glyphs filling the first `width` cells, and the rest (all in `rest` when no glyph boundary falls there).
    func split(atWidth width: Int) -> (SafeText, SafeText) {
        var used = 0
        var index = 0
        let glyphs = self.glyphs
        while index < glyphs.count, used < width, glyphs[index].kind != .lineBreak {
            used += glyphs[index].width
            index += 1
        }
        guard used == width, width > 0, !glyphs[index...].contains(where: { $0.kind == .lineBreak }) else {
            return (SafeText(), self)
        }
        let total = glyphs.reduce(0) { $0 + $1.width }
        let head = truncated(to: width, ellipsis: "")
        let rest = truncated(to: total - width, ellipsis: "", position: .start)
        return (head, rest)
    }
}

extension Array where Element == DetailLine {
    /// The lines wrapped at `width`, continuation rows indented like their line; with `ascii` (ASCII mode)
    /// every non-ASCII character escaped first, so the wrap measures what is drawn.
    func wrappedRows(width: Int, ascii: Bool = false) -> [DetailRow] {
        var rows: [DetailRow] = []
        rows.reserveCapacity(count)
        for (index, original) in enumerated() {
            var line = original
            if ascii { line.text = line.text.asciiOnly() }
            let room = Swift.max(1, width - line.indent)
            if line.text.width <= room, !line.text.plainText.contains("\n") {
                rows.append(DetailRow(text: line.text, line: index, indent: line.indent))
                continue
            }
            // A `name  value` line wraps its value under itself, the name column kept on the first row.
            let (head, body) = line.text.split(atWidth: line.indent)
            for (n, piece) in body.wrapped(width: room).enumerated() {
                rows.append(DetailRow(text: n == 0 ? head + piece : piece, line: index, indent: line.indent))
            }
        }
        return rows
    }
}
