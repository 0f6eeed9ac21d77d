extension VConSearch {
    /// The result of `n`/`N`: a hit's position in `hits`, and whether the search wrapped around.
    public struct Step: Sendable, Hashable {
        public var hitIndex: Int
        public var wrapped: Bool
    }

    /// `n` from the focused row (tape index of its value): the first hit on a later row, wrapping to the first.
    public func next(fromTape tape: Int) -> Step? {
        guard !hits.isEmpty else { return nil }
        let index = firstHit(afterRowTape: tape)
        return index < hits.count ? Step(hitIndex: index, wrapped: false) : Step(hitIndex: 0, wrapped: true)
    }

    /// `N` from the focused row: the last hit on an earlier row, wrapping to the last.
    public func previous(fromTape tape: Int) -> Step? {
        guard !hits.isEmpty else { return nil }
        let index = firstHit(atOrAfterRowTape: tape) - 1
        return index >= 0 ? Step(hitIndex: index, wrapped: false) : Step(hitIndex: hits.count - 1, wrapped: true)
    }

    /// `n` from the focused row given as a JSON Pointer (nil when the pointer does not resolve).
    public func next(fromPointer pointer: String) -> Step? {
        document.value(at: pointer).flatMap { next(fromTape: $0.index) }
    }

    /// `N` from a JSON Pointer.
    public func previous(fromPointer pointer: String) -> Step? {
        document.value(at: pointer).flatMap { previous(fromTape: $0.index) }
    }

    /// `n` after a hit (stepping through several matches on one row), wrapping.
    public func next(afterHit index: Int) -> Step? {
        guard !hits.isEmpty else { return nil }
        return index + 1 < hits.count ? Step(hitIndex: index + 1, wrapped: false) : Step(hitIndex: 0, wrapped: true)
    }

    /// `N` before a hit, wrapping.
    public func previous(beforeHit index: Int) -> Step? {
        guard !hits.isEmpty else { return nil }
        return index > 0 ? Step(hitIndex: index - 1, wrapped: false) : Step(hitIndex: hits.count - 1, wrapped: true)
    }

    private func firstHit(afterRowTape tape: Int) -> Int { firstHit(atOrAfterRowTape: tape + 1) }

    /// Binary search: hits are sorted by row tape index.
    private func firstHit(atOrAfterRowTape tape: Int) -> Int {
        var low = 0
        var high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid].tapeIndex < tape { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
