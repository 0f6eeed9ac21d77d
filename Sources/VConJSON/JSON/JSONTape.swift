import Foundation

/// The flat array of nodes, in manually managed memory: 9 bytes a node, in two arrays (offset and `aux` packed in
/// 8 bytes, the kind and flags in 1).
///
/// Why not `[JSONNode]`: appending ten million nodes to a Swift array inside a mutating
/// parser pays a uniqueness and capacity check per value; this grows by `realloc` and is
/// written only by the parser, then frozen and shared read-only. Why two arrays: a `JSONNode` is 9 bytes laid out
/// in 12 (its `UInt32` alignment), and a file of small values is mostly tape (the 100 MB small-objects file: 12.5 M
/// values, 150 MB of nodes at 12 bytes, 112 MB at 9).
final class JSONTape: @unchecked Sendable {
    @exclusivity(unchecked) private var places: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var bits: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        places = UnsafeMutablePointer<UInt64>.allocate(capacity: self.capacity)
        bits = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        places.deallocate()
        bits.deallocate()
    }

    @inline(__always)
    func append(_ node: JSONNode) {
        if count == capacity { resize(to: capacity * 2) }
        (places + count).initialize(to: Self.place(node))
        (bits + count).initialize(to: node.bits)
        count += 1
    }

    /// Moves the nodes into arrays of `size` (at least `count`).
    private func resize(to size: Int) {
        let freshPlaces = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        let freshBits = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        freshPlaces.moveInitialize(from: places, count: count)
        freshBits.moveInitialize(from: bits, count: count)
        places.deallocate()
        bits.deallocate()
        places = freshPlaces
        bits = freshBits
        capacity = size
    }

    /// Gives back the unused end of a small tape once it is written. The capacity is guessed from the byte count
    /// (one node per 6 bytes), about twice what a small vCon needs; a tree of 100 000 small files kept 30 MB of it.
    /// A big tape is left as it is: its unused end was never touched, so it costs no memory.
    func shrinkToFit() {
        guard capacity <= 1 << 16, count < capacity * 3 / 4 else { return }
        resize(to: max(count, 1))
    }

    @inline(__always)
    private static func place(_ node: JSONNode) -> UInt64 { UInt64(node.offset) | UInt64(node.aux) << 32 }

    @inline(__always)
    subscript(index: Int) -> JSONNode {
        get {
            let place = places[index]
            return JSONNode(offset: UInt32(truncatingIfNeeded: place), aux: UInt32(truncatingIfNeeded: place >> 32), bits: bits[index])
        }
        set {
            places[index] = Self.place(newValue)
            bits[index] = newValue.bits
        }
    }
}
