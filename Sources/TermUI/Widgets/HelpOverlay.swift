/// A centred framed box over the screen with scrollable content (help, explanations, confirmations).
///
///     ┌ Help: Dialog ──────────────┐
///     │ j/k      move              │
///     │ Enter    follow reference  │
///     └──────────────────── 1-2/40 ┘
public struct HelpOverlay: Sendable {
    public var title: SafeText
    public var lines: [SafeText]
    public var glyphs: Glyphs
    public var theme: Theme

    public init(title: SafeText, lines: [SafeText], glyphs: Glyphs, theme: Theme = .standard) {
        self.title = title
        self.lines = lines
        self.glyphs = glyphs
        self.theme = theme
    }

    /// The box for `area`: content width plus frame and padding, at most the area minus a 2-cell margin.
    public func frame(in area: Rect) -> Rect {
        let contentWidth = max(lines.map(\.width).max() ?? 0, title.width + 4)
        let width = min(contentWidth + 4, max(0, area.width - 4))
        let height = min(lines.count + 2, max(0, area.height - 2))
        return area.centered(width: width, height: height)
    }

    /// Clears the box, draws the frame, the visible lines from `state.offset` and a position note when scrollable.
    public func render(into buffer: inout CellBuffer, area: Rect, state: inout HelpOverlayState) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box)
        let inner = buffer.drawBox(box, glyphs: glyphs, style: theme.border, title: title.restyled { $0.bold = true })
        let content = inner.inset(left: 1, right: 1)
        state.viewportHeight = content.height
        state.lineCount = lines.count
        state.offset = Scrolling.clamp(state.offset, upper: lines.count - content.height)
        for row in 0..<content.height where state.offset + row < lines.count {
            buffer.write(
                lines[state.offset + row].asciiOnly(if: buffer.asciiOnly).truncated(to: content.width, ellipsis: glyphs.ellipsis),
                x: content.x, y: content.y + row, clip: content)
        }
        if lines.count > content.height {
            let last = min(lines.count, state.offset + content.height)
            let note = SafeText(" \(state.offset + 1)-\(last)/\(lines.count) ", style: theme.muted)
            buffer.write(note, x: box.maxX - 1 - note.width - 1, y: box.maxY - 1, clip: box)
        }
    }
}

/// Scroll position of a `HelpOverlay`.
public struct HelpOverlayState: Sendable, Hashable {
    public var offset: Int
    public internal(set) var viewportHeight: Int
    public internal(set) var lineCount: Int

    public init(offset: Int = 0) {
        self.offset = offset
        self.viewportHeight = 1
        self.lineCount = 0
    }

    /// Scrolls by a movement.
    public mutating func scroll(_ movement: Movement) {
        offset = Scrolling.clamp(offset + movement.delta(viewport: viewportHeight), upper: lineCount - viewportHeight)
    }
}
