/// JSON Pointers (RFC 6901) to and from tape positions.
extension JSONValue {
    /// The JSON Pointer of this value from the document root, e.g. `/dialog/0/parties`.
    public var pointer: String { document.pointer(to: index) }
}

extension JSONDocument {
    /// The JSON Pointer of the value at tape `target` (a member name's index gives its value's pointer).
    ///
    /// Walks down from the root; in a container with many values the child holding `target` is found by a
    /// binary search over its cached children (`childStarts`), so the pointers of n items of an array cost
    /// O(n log n), not O(n²) (3 000 findings in one array took seconds).
    public func pointer(to target: Int) -> String {
        var tokens: [String] = []
        var current = root
        while current.index != target {
            guard current.isObject || current.isArray else { break }
            guard let (position, child) = child(of: current, holding: target) else { break }
            if current.isObject {
                tokens.append(JSONValue(document: self, index: child).string ?? "")
                if target == child { break }
                current = JSONValue(document: self, index: child + 1)
            } else {
                tokens.append(String(position))
                current = JSONValue(document: self, index: child)
            }
        }
        return tokens.map { "/" + Self.escapePointerToken($0) }.joined()
    }

    /// Containers spanning more tape nodes than this get their children cached for `pointer(to:)`.
    static let childIndexThreshold = 256

    /// The child of `container` that is or holds tape `target`: its position and tape index (for an
    /// object, the member name's index). Nil when `target` is not inside.
    private func child(of container: JSONValue, holding target: Int) -> (Int, Int)? {
        guard target > container.index, target < container.endIndex else { return nil }
        if container.endIndex - container.index > Self.childIndexThreshold {
            let starts = childStarts(of: container)
            var low = 0
            var high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= target { low = mid } else { high = mid - 1 }
            }
            return starts.isEmpty ? nil : (low, starts[low])
        }
        var child = container.index + 1
        var position = 0
        while child < container.endIndex {
            let value = JSONValue(document: self, index: container.isObject ? child + 1 : child)
            if target >= child && target < value.endIndex { return (position, child) }
            child = value.endIndex
            position += 1
        }
        return nil
    }

    /// Tape indices where each child of a container starts (for objects, the member names), cached.
    func childStarts(of container: JSONValue) -> [Int] {
        if let cached = childIndex.withLock({ $0[container.index] }) { return cached }
        var starts: [Int] = []
        var child = container.index + 1
        while child < container.endIndex {
            starts.append(child)
            child = JSONValue(document: self, index: container.isObject ? child + 1 : child).endIndex
        }
        childIndex.withLock { $0[container.index] = starts }
        return starts
    }

    /// The value at a JSON Pointer, if it exists.
    public func value(at pointer: String) -> JSONValue? {
        guard !pointer.isEmpty else { return root }
        guard pointer.hasPrefix("/") else { return nil }
        var current = root
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if current.isObject, let next = current[token] {
                current = next
            } else if current.isArray, let position = Int(token), let next = current[position] {
                current = next
            } else {
                return nil
            }
        }
        return current
    }

    /// `token` as one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
    public static func escapePointerToken(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
