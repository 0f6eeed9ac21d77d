import Foundation

/// The flat array of nodes, in manually managed memory.
///
/// Why not `[JSONNode]`: appending ten million nodes to a Swift array inside a mutating
/// parser pays a uniqueness and capacity check per value; this grows by `realloc` and is
/// written only by the parser, then frozen and shared read-only.
final class JSONTape: @unchecked Sendable {
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<JSONNode>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<JSONNode>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ node: JSONNode) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    private func grow() {
        let bigger = capacity * 2
        let fresh = UnsafeMutablePointer<JSONNode>.allocate(capacity: bigger)
        fresh.moveInitialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = bigger
    }

    /// Gives back the unused end of a small tape once it is written. The capacity is guessed from the byte count
    /// (one node per 6 bytes), about twice what a small vCon needs; a tree of 100 000 small files kept 30 MB of it.
    /// A big tape is left as it is: its unused end was never touched, so it costs no memory.
    func shrinkToFit() {
        guard capacity <= 1 << 16, count < capacity * 3 / 4 else { return }
        let exact = max(count, 1)
        let fresh = UnsafeMutablePointer<JSONNode>.allocate(capacity: exact)
        fresh.moveInitialize(from: base, count: count)
        base.deallocate()
        base = fresh
        capacity = exact
    }

    @inline(__always)
    subscript(index: Int) -> JSONNode {
        get { base[index] }
        set { base[index] = newValue }
    }
}
