import TermUI

/// Where the ladder and its message panel go inside the box.
///
///     wide (≥ 100 columns)               narrow
///     ┌──────────────┬──────────┐        ┌──────────────────┐
///     │ ladder       │ message  │        │ ladder           │
///     │              │          │        ├──────────────────┤
///     └──────────────┴──────────┘        │ message          │
///                                        └──────────────────┘
struct LadderPaneLayout: Sendable, Hashable {
    var ladder: Rect
    /// The message panel (empty when no panel shows).
    var panel: Rect
    /// The split when a panel shows.
    var split: SplitPane?

    static let splitter = SplitPane(ratio: 0.58, stackBelowWidth: 100)

    /// `preferredWidth` (the ladder's natural width) narrows a side-by-side ladder, down to 40 % of the box,
    /// so a two-lane ladder leaves the room to the message.
    static func make(box: Rect, panel: Bool, preferredWidth: Int? = nil) -> LadderPaneLayout {
        let inner = box.inset(by: 1)
        guard panel, inner.width > 0, inner.height > 0 else {
            return LadderPaneLayout(ladder: inner, panel: .zero, split: nil)
        }
        var splitter = Self.splitter
        if inner.width >= splitter.stackBelowWidth, let preferred = preferredWidth, inner.width > 1 {
            let width = min(Int(Double(inner.width - 1) * splitter.ratio), max(preferred, Int(Double(inner.width) * 0.4)))
            splitter.ratio = (Double(width) + 0.5) / Double(inner.width - 1)
        }
        let parts = splitter.layout(inner)
        return LadderPaneLayout(ladder: parts.first, panel: parts.second.inset(left: 1), split: splitter)
    }
}
