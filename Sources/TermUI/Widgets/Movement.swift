/// A cursor movement, shared by lists, trees, text panes and the help overlay.
public enum Movement: Sendable, Hashable {
    case up(Int)
    case down(Int)
    case pageUp
    case pageDown
    case halfPageUp
    case halfPageDown
    case top
    case bottom

    /// The signed number of rows this moves for a viewport of `height` rows (top/bottom: ±Int.max/2).
    public func delta(viewport height: Int) -> Int {
        let page = max(1, height - 1)
        switch self {
        case .up(let n): return -n
        case .down(let n): return n
        case .pageUp: return -page
        case .pageDown: return page
        case .halfPageUp: return -max(1, height / 2)
        case .halfPageDown: return max(1, height / 2)
        case .top: return -(Int.max / 2)
        case .bottom: return Int.max / 2
        }
    }
}

/// Scrolling arithmetic shared by the widgets.
enum Scrolling {
    /// The offset that keeps row `selected` inside a viewport of `height` rows starting at `offset`.
    static func offset(keeping selected: Int, visible offset: Int, height: Int) -> Int {
        guard height > 0 else { return selected }
        if selected < offset { return selected }
        if selected >= offset + height { return selected - height + 1 }
        return offset
    }

    /// Clamps `value` into `0...max(0, upper)`.
    static func clamp(_ value: Int, upper: Int) -> Int { min(max(0, value), max(0, upper)) }
}
