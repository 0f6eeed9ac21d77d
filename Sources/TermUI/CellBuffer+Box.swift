/// Box and line drawing with `Glyphs` (Unicode light lines or ASCII; never ACS).
extension CellBuffer {
    /// Draws a horizontal line of `length` cells starting at (x, y).
    public mutating func drawHorizontalLine(x: Int, y: Int, length: Int, glyphs: Glyphs, style: Style = .plain) {
        guard length > 0 else { return }
        fill(Rect(x: x, y: y, width: length, height: 1), with: glyphs.horizontal, style: style)
    }

    /// Draws a vertical line of `length` cells starting at (x, y).
    public mutating func drawVerticalLine(x: Int, y: Int, length: Int, glyphs: Glyphs, style: Style = .plain) {
        guard length > 0 else { return }
        fill(Rect(x: x, y: y, width: 1, height: length), with: glyphs.vertical, style: style)
    }

    /// Draws a frame around `rect` with an optional title in the top edge; returns the inner rectangle.
    ///
    ///     ┌ Title ───┐
    ///     │          │
    ///     └──────────┘
    @discardableResult
    public mutating func drawBox(
        _ rect: Rect, glyphs: Glyphs, style: Style = .plain,
        title: SafeText? = nil
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        drawHorizontalLine(x: rect.x + 1, y: rect.y, length: rect.width - 2, glyphs: glyphs, style: style)
        drawHorizontalLine(x: rect.x + 1, y: rect.maxY - 1, length: rect.width - 2, glyphs: glyphs, style: style)
        drawVerticalLine(x: rect.x, y: rect.y + 1, length: rect.height - 2, glyphs: glyphs, style: style)
        drawVerticalLine(x: rect.maxX - 1, y: rect.y + 1, length: rect.height - 2, glyphs: glyphs, style: style)
        write(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        write(glyphs.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        write(glyphs.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        write(glyphs.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            let room = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
            let label =
                SafeText(" ") + title.asciiOnly(if: asciiOnly).truncated(to: rect.width - 4, ellipsis: glyphs.ellipsis) + SafeText(" ")
            write(label, x: room.x, y: room.y, clip: room)
        }
        return rect.inset(by: 1)
    }
}
