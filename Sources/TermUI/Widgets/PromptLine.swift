/// Draws a prompt (`/foo▏`) on one row, scrolled so the cursor shows, and places the terminal cursor.
///
///     /meter reading█
///
/// The typed text is untrusted too (it may be pasted), so it is sanitised like everything else.
public struct PromptLine: Sendable {
    /// What stands before the text: `/`, `\`, `:`, `Save to: `.
    public var prefix: SafeText
    public var state: PromptState
    public var glyphs: Glyphs

    public init(prefix: SafeText, state: PromptState, glyphs: Glyphs) {
        self.prefix = prefix
        self.state = state
        self.glyphs = glyphs
    }

    /// Draws into the first row of `area` and sets `buffer.cursor` to the caret.
    public func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line)
        let textX = buffer.write(
            prefix.asciiOnly(if: buffer.asciiOnly).truncated(to: max(0, line.width - 2), ellipsis: glyphs.ellipsis),
            x: line.x, y: line.y, clip: line)
        let room = max(1, line.maxX - textX)
        let before = SafeText(String(state.characters[..<state.cursor])).asciiOnly(if: buffer.asciiOnly)
        let after = SafeText(String(state.characters[state.cursor...])).asciiOnly(if: buffer.asciiOnly)
        // Keep the caret on screen: when the text before it is too long, show its tail.
        let shownBefore =
            before.width < room
            ? before
            : before.truncated(
                to: room - 1, ellipsis: glyphs.ellipsis,
                position: .start)
        let caretX = buffer.write(shownBefore, x: textX, y: line.y, clip: line)
        buffer.write(after, x: caretX, y: line.y, clip: line)
        buffer.cursor = CellBuffer.Position(x: min(caretX, line.maxX - 1), y: line.y)
    }
}
