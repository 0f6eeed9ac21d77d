/// Writing text into a buffer; every path sanitises.
extension CellBuffer {
    /// Writes safe text on one row starting at (x, y), clipped to `clip` (default: the whole buffer).
    ///
    /// Stops at a kept line break. A wide character that would straddle the clip
    /// edge is replaced by a blank. Escapes are drawn dim. Returns the column after the
    /// text (as if unclipped), so spans can be written one after another.
    @discardableResult
    public mutating func write(_ text: SafeText, x: Int, y: Int, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        var column = x
        let text = text.asciiOnly(if: asciiOnly)
        guard y >= bounds.y, y < bounds.maxY else { return x + text.lineWidth }
        for glyph in text.glyphs {
            if glyph.kind == .lineBreak { break }
            let style = glyph.drawnStyle
            if glyph.kind == .escape {
                for piece in glyph.text {
                    if column >= bounds.x, column < bounds.maxX {
                        put(Cell(text: String(piece), width: 1, style: style), x: column, y: y)
                    }
                    column += 1
                }
                continue
            }
            if glyph.width == 2 {
                let fits = column >= bounds.x && column + 1 < bounds.maxX
                if fits {
                    put(Cell(text: glyph.text, width: 2, style: style), x: column, y: y)
                } else {
                    for half in [column, column + 1] where half >= bounds.x && half < bounds.maxX {
                        put(.blank(style), x: half, y: y)
                    }
                }
            } else if column >= bounds.x, column < bounds.maxX {
                put(Cell(text: glyph.text, width: 1, style: style), x: column, y: y)
            }
            column += glyph.width
        }
        return column
    }

    /// Sanitises `string` (single-line: newlines shown as `\n`) and writes it in `style`.
    @discardableResult
    public mutating func write(_ string: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        write(SafeText(string, style: style), x: x, y: y, clip: clip)
    }

    /// Writes text into the first row of `rect`, truncated with `ellipsis` to fit, then fills the rest with `fill`.
    public mutating func writeLine(_ text: SafeText, in rect: Rect, ellipsis: String, fill: Style? = nil) {
        guard !rect.isEmpty else { return }
        if let fill { self.fill(rect.row(0), style: fill) }
        // Escaped before it is cut, so an ASCII buffer's line ends in the ellipsis, not mid-escape.
        write(text.asciiOnly(if: asciiOnly).truncated(to: rect.width, ellipsis: ellipsis), x: rect.x, y: rect.y, clip: rect)
    }

    /// Row `y` as plain text, wide characters once, every cell's text (trailing spaces kept).
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<width {
            let cell = self[x, y]
            if !cell.isContinuation { line += cell.text }
        }
        return line
    }

    /// All rows as plain text, trailing spaces trimmed (what `--dump text` prints, and what tests compare).
    public var lines: [String] {
        (0..<height).map { y in
            var line = rowText(y)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The screen as plain text: `lines` joined with newlines.
    public var plainText: String { lines.joined(separator: "\n") }

    /// One character per cell chosen by `classify` from its style (a wide character's continuation repeats it).
    ///
    /// For style assertions in tests: `buffer.styleLines { $0.reverse ? "R" : "." }`.
    public func styleLines(_ classify: (Style) -> Character) -> [String] {
        (0..<height).map { y in String((0..<width).map { classify(self[$0, y].style) }) }
    }
}
