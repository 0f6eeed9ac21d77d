/// A grid of cells that widgets draw into; the whole screen, or a test's fixed-size canvas.
///
/// Text only enters through `SafeText` (or strings sanitised on the way in), so a
/// buffer never holds a control character. Wide characters take a lead cell and a
/// continuation cell; overwriting half of one blanks the other half.
public struct CellBuffer: Sendable, Hashable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]
    /// Where the terminal cursor should be shown (a prompt's caret), or nil to hide it.
    public var cursor: Position?
    /// ASCII mode (`--ascii`, `LANG=C`): text written is escaped to ASCII (`\u9234`), and a cell
    /// stored with anything else becomes `?`, so nothing outside ASCII reaches the terminal.
    public var asciiOnly = false

    /// A cell position.
    public struct Position: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }

    /// A buffer of blanks in `style`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(width: width, height: height) }

    /// The cell at (x, y); a blank outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// The style at (x, y).
    public func style(x: Int, y: Int) -> Style { self[x, y].style }

    /// Fills `rect` (clipped to the buffer) with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        fill(rect, with: " ", style: style)
    }

    /// Fills `rect` with one repeated symbol (sanitised; must be one cell wide, else blanks are used).
    public mutating func fill(_ rect: Rect, with symbol: String, style: Style = .plain) {
        let glyphs = Sanitizer.singleLine.glyphs(symbol, style: style)
        let glyph = glyphs.count == 1 && glyphs[0].width == 1 && glyphs[0].kind == .text ? glyphs[0] : .space(style)
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { put(Cell(text: glyph.text, width: 1, style: style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect` (e.g. reverse video for a selected row).
    public mutating func modifyStyle(in rect: Rect, _ transform: (inout Style) -> Void) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { transform(&cells[y * width + x].style) }
        }
    }

    /// Resizes, keeping the overlapping top-left content (wide characters cut at the edge become blanks).
    public mutating func resize(width newWidth: Int, height newHeight: Int) {
        var next = CellBuffer(width: newWidth, height: newHeight)
        next.asciiOnly = asciiOnly
        for y in 0..<min(height, next.height) {
            for x in 0..<min(width, next.width) {
                let cell = self[x, y]
                if cell.width == 2, x + 1 >= next.width {
                    next.put(.blank(cell.style), x: x, y: y)
                } else if !cell.isContinuation {
                    next.put(cell, x: x, y: y)
                }
            }
        }
        next.cursor = cursor
        self = next
    }

    /// Stores a cell, keeping wide characters whole: a half that gets overwritten turns its partner into a blank.
    mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        if asciiOnly, !cell.text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Text arrives escaped (see `write`); only a drawing symbol can get here.
            let mark = Cell(text: "?", width: 1, style: cell.style)
            put(mark, x: x, y: y)
            if cell.width == 2 { put(mark, x: x + 1, y: y) }
            return
        }
        let wide = cell.width == 2
        guard !wide || x + 1 < width else {
            put(.blank(cell.style), x: x, y: y)
            return
        }
        breakWide(x: x, y: y)
        if wide { breakWide(x: x + 1, y: y) }
        cells[y * width + x] = cell
        if wide { cells[y * width + x + 1] = .continuation(cell.style) }
    }

    /// Blanks the other half of a wide character that covers (x, y).
    private mutating func breakWide(x: Int, y: Int) {
        let current = cells[y * width + x]
        if current.isContinuation, x > 0 {
            cells[y * width + x - 1] = .blank(cells[y * width + x - 1].style)
        } else if current.width == 2, x + 1 < width {
            cells[y * width + x + 1] = .blank(current.style)
        }
        cells[y * width + x] = .blank(current.style)
    }
}
