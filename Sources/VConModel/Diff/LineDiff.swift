/// A plain line diff (Myers' O(ND) algorithm) with limits, for the cases a semantic diff cannot
/// handle: two things that are not both readable vCons, or when the user asks for lines.
///
/// The common head and tail are trimmed first; what is left must fit `Limits.maxLines` lines and
/// differ by at most `Limits.maxEdits` inserted plus deleted lines, else the outcome says it is
/// too large (the edit trace grows with the square of the edits, so this bounds memory too).
public enum LineDiff {
    /// The limits that keep a line diff cheap.
    public struct Limits: Sendable {
        /// Lines on either side (after pretty-printing).
        public var maxLines: Int = 50_000
        /// Inserted plus deleted lines.
        public var maxEdits: Int = 1_000
        /// Characters of a string shown in a pretty-printed line before it is cut.
        public var stringWidth: Int = 120
        /// Nesting printed in full.
        public var maxDepth: Int = 64
        public init() {}
    }

    /// What happened to one line.
    public enum Op: String, Sendable {
        case same, inserted, deleted
    }

    /// One line of the diff with its 1-based line number on each side where it exists.
    public struct Line: Sendable, Equatable {
        public var op: Op
        public var text: String
        public var beforeLine: Int?
        public var afterLine: Int?
    }

    /// Every line of both sides in order, or why there is no line diff.
    public enum Outcome: Sendable {
        case lines([Line])
        /// The message to show instead (e.g. "too large for a line diff: …").
        case tooLarge(String)
    }

    /// Diffs two lists of lines.
    public static func diff(_ before: [String], _ after: [String], limits: Limits = Limits()) -> Outcome {
        if before.count > limits.maxLines || after.count > limits.maxLines {
            return .tooLarge("too large for a line diff: more than \(limits.maxLines) lines on a side")
        }
        // Lines become small integers so the inner loop compares Ints, not Strings.
        var ids: [String: Int] = [:]
        func id(_ line: String) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let a = before.map(id)
        let b = after.map(id)
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let middleA = Array(a[head..<(a.count - tail)])
        let middleB = Array(b[head..<(b.count - tail)])
        guard let script = myers(middleA, middleB, maxEdits: limits.maxEdits) else {
            return .tooLarge("too large for a line diff: more than \(limits.maxEdits) lines differ")
        }
        var lines: [Line] = []
        lines.reserveCapacity(head + script.count + tail)
        for k in 0..<head { lines.append(Line(op: .same, text: before[k], beforeLine: k + 1, afterLine: k + 1)) }
        var (x, y) = (head, head)
        for op in script {
            switch op {
            case .same:
                lines.append(Line(op: .same, text: before[x], beforeLine: x + 1, afterLine: y + 1))
                x += 1
                y += 1
            case .deleted:
                lines.append(Line(op: .deleted, text: before[x], beforeLine: x + 1, afterLine: nil))
                x += 1
            case .inserted:
                lines.append(Line(op: .inserted, text: after[y], beforeLine: nil, afterLine: y + 1))
                y += 1
            }
        }
        for k in 0..<tail {
            lines.append(Line(op: .same, text: before[x + k], beforeLine: x + k + 1, afterLine: y + k + 1))
        }
        return .lines(lines)
    }

    /// The shortest edit script from `a` to `b`, or nil when it needs more than `maxEdits` edits.
    static func myers(_ a: [Int], _ b: [Int], maxEdits: Int) -> [Op]? {
        let (n, m) = (a.count, b.count)
        if n == 0 { return m <= maxEdits ? Array(repeating: .inserted, count: m) : nil }
        if m == 0 { return n <= maxEdits ? Array(repeating: .deleted, count: n) : nil }
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d...d] as it was before step d, for the walk back.
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m { return backtrack(trace: trace, n: n, m: m) }
            }
        }
        return nil
    }

    /// Walks the trace back from (n, m) to (0, 0), then reverses it into a forward script.
    private static func backtrack(trace: [[Int]], n: Int, m: Int) -> [Op] {
        var ops: [Op] = []
        var (x, y) = (n, m)
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let at = { (k: Int) in v[k + d] }
            let k = x - y
            if d == 0 {
                while x > 0 && y > 0 {
                    ops.append(.same)
                    x -= 1
                    y -= 1
                }
                break
            }
            let down = k == -d || (k != d && at(k - 1) < at(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                ops.append(.same)
                x -= 1
                y -= 1
            }
            ops.append(down ? .inserted : .deleted)
            (x, y) = (previousX, previousY)
        }
        return ops.reversed()
    }
}
