/// A row of numbered tabs; the selected one reverse and bold.
///
///      1 Summary │ 2 Parties │ 3 Dialog │ …
///
/// When the tabs do not fit, the other tabs take their `shortTitles` first (`1 Sum │ 2 Par │ 3 Dialog │ …`),
/// then the selected one too; only when even that does not fit does the row scroll so the selected tab
/// shows, with an ellipsis where tabs are hidden.
public struct TabsBar: Sendable {
    public var titles: [SafeText]
    /// Shorter labels, in the order of `titles` (empty: none).
    public var shortTitles: [SafeText]
    public var selected: Int
    public var glyphs: Glyphs
    public var theme: Theme

    public init(titles: [SafeText], shortTitles: [SafeText] = [], selected: Int, glyphs: Glyphs, theme: Theme = .standard) {
        self.titles = titles
        self.shortTitles = shortTitles
        self.selected = selected
        self.glyphs = glyphs
        self.theme = theme
    }

    /// The labels that fit `width`: full, else short but the selected, else all short, else full (to scroll).
    func fittedTitles(width: Int) -> [SafeText] {
        func total(_ titles: [SafeText]) -> Int { titles.reduce(0) { $0 + $1.width + 2 } + max(0, titles.count - 1) }
        guard total(titles) > width, shortTitles.count == titles.count else { return titles }
        let current = min(max(0, selected), titles.count - 1)
        var mixed = shortTitles
        mixed[current] = titles[current]
        if total(mixed) <= width { return mixed }
        return total(shortTitles) <= width ? shortTitles : titles
    }

    /// Draws into the first row of `area`; returns each shown tab's cell range (for mouse clicks).
    @discardableResult
    public func render(into buffer: inout CellBuffer, area: Rect) -> [(tab: Int, x: Range<Int>)] {
        guard !area.isEmpty, !titles.isEmpty else { return [] }
        let titles = fittedTitles(width: area.width)
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
