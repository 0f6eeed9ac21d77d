/// Splitting a rectangle into parts.
extension Rect {
    /// Which way a split cuts.
    public enum Axis: Sendable, Hashable {
        /// Side by side: the first part is on the left.
        case horizontal
        /// Stacked: the first part is on top.
        case vertical
    }

    /// Cuts at `first` cells from the left (horizontal) or top (vertical); the rest goes to the second part.
    public func split(_ axis: Axis, at first: Int) -> (Rect, Rect) {
        switch axis {
        case .horizontal:
            let a = min(max(0, first), width)
            return (Rect(x: x, y: y, width: a, height: height), Rect(x: x + a, y: y, width: width - a, height: height))
        case .vertical:
            let a = min(max(0, first), height)
            return (Rect(x: x, y: y, width: width, height: a), Rect(x: x, y: y + a, width: width, height: height - a))
        }
    }

    /// Cuts so the first part gets `ratio` (0...1) of the size, rounded down.
    public func split(_ axis: Axis, ratio: Double) -> (Rect, Rect) {
        let total = axis == .horizontal ? width : height
        let r = ratio.isFinite ? min(max(ratio, 0), 1) : 0.5
        return split(axis, at: Int((Double(total) * r).rounded(.down)))
    }

    /// Cuts off `count` cells from the bottom (for a status line): returns (rest, bottom).
    public func splitBottom(_ count: Int) -> (Rect, Rect) { split(.vertical, at: height - min(max(0, count), height)) }

    /// Cuts into parts of the given fixed sizes along the axis; the last part takes what remains.
    public func split(_ axis: Axis, sizes: [Int]) -> [Rect] {
        var parts: [Rect] = []
        var rest = self
        for size in sizes.dropLast() {
            let (a, b) = rest.split(axis, at: size)
            parts.append(a)
            rest = b
        }
        if !sizes.isEmpty { parts.append(rest) }
        return parts
    }
}
