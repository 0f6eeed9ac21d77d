/// A row of key hints (`j/k move  Enter follow  ? help`) that shows as many as fit, in order.
///
/// Hints are never cut in half: one that does not fit is left out, and so are the rest.
public struct KeyHintBar: Sendable {
    /// A key (as shown, e.g. `j/k`, `Enter`, `C-d`) and what it does.
    public struct Hint: Sendable, Hashable {
        public var key: String
        public var label: String
        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public var hints: [Hint]
    public var theme: Theme

    public init(hints: [Hint], theme: Theme = .standard) {
        self.hints = hints
        self.theme = theme
    }

    /// Convenience: hints from (key, label) pairs.
    public init(_ pairs: [(String, String)], theme: Theme = .standard) {
        self.init(hints: pairs.map { Hint(key: $0.0, label: $0.1) }, theme: theme)
    }

    /// Draws into the first row of `area`; returns how many hints were shown.
    @discardableResult
    public func render(into buffer: inout CellBuffer, area: Rect) -> Int {
        guard !area.isEmpty else { return 0 }
        var x = area.x
        var shown = 0
        for hint in hints {
            var text = SafeText(shown == 0 ? "" : "  ")
            text.append(hint.key, style: theme.accent)
            text.append(" ")
            text.append(hint.label, style: theme.muted)
            guard x + text.width <= area.maxX else { break }
            x = buffer.write(text, x: x, y: area.y, clip: area)
            shown += 1
        }
        return shown
    }
}
