/// A row of numbered tabs; the selected one reverse and bold.
///
///      1 Summary │ 2 Parties │ 3 Dialog │ …
///
/// When the tabs do not fit, the row scrolls so the selected tab shows, with an
/// ellipsis where tabs are hidden.
public struct TabsBar: Sendable {
    public var titles: [SafeText]
    public var selected: Int
    public var glyphs: Glyphs
    public var theme: Theme

    public init(titles: [SafeText], selected: Int, glyphs: Glyphs, theme: Theme = .standard) {
        self.titles = titles
        self.selected = selected
        self.glyphs = glyphs
        self.theme = theme
    }

    /// Draws into the first row of `area`; returns each shown tab's cell range (for mouse clicks).
    @discardableResult
    public func render(into buffer: inout CellBuffer, area: Rect) -> [(tab: Int, x: Range<Int>)] {
        guard !area.isEmpty, !titles.isEmpty else { return [] }
        let labels = titles.map { SafeText(" ") + $0 + SafeText(" ") }
        let separator = SafeText(glyphs.vertical, style: theme.muted)
        let widths = labels.map(\.width)
        let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
        let current = min(max(0, selected), titles.count - 1)
        var first = 0
        func span(_ from: Int, _ to: Int) -> Int {
            widths[from...to].reduce(0, +) + (to - from) + (from > 0 ? ellipsisWidth : 0)
                + (to < titles.count - 1 ? ellipsisWidth : 0)
        }
        while first < current, span(first, current) > area.width { first += 1 }
        var x = area.x
        var ranges: [(tab: Int, x: Range<Int>)] = []
        if first > 0 { x = buffer.write(SafeText(glyphs.ellipsis, style: theme.muted), x: x, y: area.y, clip: area) }
        for index in first..<titles.count {
            if index > first { x = buffer.write(separator, x: x, y: area.y, clip: area) }
            let room = area.maxX - x - (index < titles.count - 1 ? ellipsisWidth : 0)
            if widths[index] > room, index != current {
                buffer.write(SafeText(glyphs.ellipsis, style: theme.muted), x: x, y: area.y, clip: area)
                break
            }
            let style = index == current ? theme.selection.bolded : theme.normal
            let start = x
            x = buffer.write(labels[index].restyled { $0 = style }, x: x, y: area.y, clip: area)
            ranges.append((index, start..<min(x, area.maxX)))
        }
        return ranges
    }
}
