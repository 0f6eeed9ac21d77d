/// Turns a buffer into text with ANSI SGR sequences (for `--dump ansi` and bug reports).
///
/// Each row starts from the default style and ends reset; rows end with `\n`.
/// Cell texts are already sanitised, so the output holds no escape sequence but SGR.
public struct AnsiRenderer: Sendable {
    /// False drops colours but keeps bold, dim, underline and reverse (`NO_COLOR`).
    public var colors: Bool

    public init(colors: Bool = true) { self.colors = colors }

    /// The whole buffer, trailing default-style blanks of each row trimmed.
    public func render(_ buffer: CellBuffer) -> String {
        var out = ""
        for y in 0..<buffer.height {
            var lastX = buffer.width - 1
            while lastX >= 0, buffer[lastX, y].text == " ", buffer[lastX, y].style == .plain { lastX -= 1 }
            var current = Style.plain
            var x = 0
            while x <= lastX {
                let cell = buffer[x, y]
                x += 1
                if cell.isContinuation { continue }
                let style = colors ? cell.style : cell.style.withoutColor
                if style != current {
                    out += sgr(style)
                    current = style
                }
                out += cell.text
            }
            if current != .plain { out += "\u{1B}[0m" }
            out += "\n"
        }
        return out
    }

    /// The SGR sequence that sets exactly `style` (starting with a reset).
    public func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if colors, let fg = style.foreground.paletteIndex { codes.append(String(fg < 8 ? 30 + fg : 90 + fg - 8)) }
        if colors, let bg = style.background.paletteIndex { codes.append(String(bg < 8 ? 40 + bg : 100 + bg - 8)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
