/// One full-width row with text on the left and on the right (header and status lines).
///
///      .dialog[2].parties                                   3 findings · UTC
///
/// The right part wins when space is short; the left part is truncated.
public struct StatusBar: Sendable {
    public var left: SafeText
    public var right: SafeText
    public var style: Style
    public var glyphs: Glyphs

    public init(left: SafeText, right: SafeText = SafeText(), style: Style = Theme.standard.bar, glyphs: Glyphs) {
        self.left = left
        self.right = right
        self.style = style
        self.glyphs = glyphs
    }

    /// Draws into the first row of `area`; text without its own colours takes the bar's style.
    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: style)
        let barStyle = style
        func onBar(_ text: SafeText) -> SafeText {
            text.restyled { glyphStyle in
                if glyphStyle.background == .default { glyphStyle.background = barStyle.background }
                glyphStyle.reverse = glyphStyle.reverse || barStyle.reverse
            }
        }
        let rightText = onBar(right.asciiOnly(if: buffer.asciiOnly).truncated(to: max(0, line.width - 2), ellipsis: glyphs.ellipsis))
        let rightX = line.maxX - rightText.width - (rightText.isEmpty ? 0 : 1)
        if !rightText.isEmpty { buffer.write(rightText, x: rightX, y: line.y, clip: line) }
        let leftRoom = Rect(x: line.x + 1, y: line.y, width: max(0, rightX - line.x - 2), height: 1)
        buffer.write(
            onBar(left.asciiOnly(if: buffer.asciiOnly).truncated(to: leftRoom.width, ellipsis: glyphs.ellipsis)),
            x: leftRoom.x, y: leftRoom.y, clip: leftRoom)
    }
}
