/// Compares two frames and yields the runs of cells that changed (the curses backend draws only those).
public enum FrameDiff {
    /// Consecutive cells of one row to draw, starting at (x, y); may include continuation cells (skip them).
    public struct Run: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    /// Equal cells shorter than this between two changes are redrawn rather than skipped (fewer cursor moves).
    static let mergeGap = 4

    /// The runs that turn `old` into `new`; every row in full when there is no old frame or the size changed.
    public static func changes(from old: CellBuffer?, to new: CellBuffer) -> [Run] {
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { y in Run(x: 0, y: y, cells: (0..<new.width).map { new[$0, y] }) }
        }
        var runs: [Run] = []
        for y in 0..<new.height {
            var x = 0
            var pending: (start: Int, end: Int)?
            while x < new.width {
                guard new[x, y] != old[x, y] else {
                    x += 1
                    continue
                }
                var start = x
                // A changed half of a wide character redraws the whole character.
                if new[start, y].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                while end < new.width, new[end, y] != old[end, y] || new[end, y].isContinuation { end += 1 }
                if let p = pending, start - p.end < mergeGap {
                    pending = (p.start, end)
                } else {
                    if let p = pending { runs.append(run(new, y: y, p.start, p.end)) }
                    pending = (start, end)
                }
                x = end
            }
            if let p = pending { runs.append(run(new, y: y, p.start, p.end)) }
        }
        return runs
    }

    private static func run(_ buffer: CellBuffer, y: Int, _ start: Int, _ end: Int) -> Run {
        Run(x: start, y: y, cells: (start..<end).map { buffer[$0, y] })
    }
}
