import VConModel

/// Row numbers and tree structure over a `JSONDocument`'s tape, without one entry per row.
///
/// The tape holds object keys as nodes of their own (key, value, key, value…); the tree
/// shows one row per *value*, so row `r` is the `r`-th non-key node in tape order and
/// `row(t) = t - keysBefore(t)`. One linear pass over the tape stores a small checkpoint
/// every `stride` nodes (keys so far, innermost open container, depth, sibling position);
/// every question about a node (its row, parent, depth, position among its siblings) is
/// then answered by a forward scan of at most `stride` nodes from the checkpoint before it.
///
/// The containers open at some checkpoint are kept in `openContainers`, each pointing at its
/// parent's entry, so when a scan walks out of the container it started in, it steps to the
/// parent in O(1). (It used to ask `context(ofTape:)` for the parent, which scanned again and
/// could walk out again: the calls branched at every level, exponential in the nesting a scan
/// crossed, and the JSON pane hung on Deepgram `paragraphs` and IETF transcripts.)
///
/// Why not arrays per row: a 200 MB document can hold ten million values; parent, depth
/// and row arrays would add ~100 MB. The checkpoints cost ~0.3 bytes per value.
public final class JSONTreeIndex: Sendable {
    /// The document indexed.
    public let document: JSONDocument
    /// Nodes between checkpoints: the most any lookup scans.
    public let stride: Int
    /// How many object keys the tape holds.
    public let keyCount: Int
    let checkpoints: [Checkpoint]
    /// Every container open at some checkpoint, parents before children.
    let openContainers: [OpenContainer]

    /// The context of the node at a checkpoint (tape index `b * stride`).
    struct Checkpoint: Sendable {
        /// Keys strictly before this node.
        var keysBefore: UInt32
        /// The innermost container open here (the node's parent) as an index into
        /// `openContainers`, `UInt32.max` for the root.
        var parent: UInt32
        var depth: UInt32
        /// The node's position among its parent's children (members count once).
        var ordinal: UInt32
        var isKey: Bool
    }

    /// A container open at some checkpoint: enough to resume its parent's frame after it closes.
    struct OpenContainer: Sendable {
        /// The container's tape index.
        var tape: UInt32
        /// Its parent's index into `openContainers`, `UInt32.max` for the root.
        var parent: UInt32
        /// The container's own depth.
        var depth: UInt32
        /// Its position among its parent's children.
        var ordinal: UInt32
    }

    /// Where a tape node sits in the tree.
    struct NodeContext: Equatable {
        /// Tape index of the parent container, nil for the root.
        var parent: Int?
        /// Nesting depth: 0 for the root.
        var depth: Int
        /// Position among the parent's elements or members.
        var ordinal: Int
        /// True for an object member's name.
        var isKey: Bool
        /// Keys strictly before this node in the tape.
        var keysBefore: Int
    }

    /// Indexes `document` with one pass over its tape.
    public init(document: JSONDocument, stride: Int = 64) {
        self.document = document
        self.stride = max(2, stride)
        var builder = Builder(document: document, stride: self.stride)
        builder.run()
        checkpoints = builder.checkpoints
        openContainers = builder.openContainers
        keyCount = builder.keys
    }

    /// Number of rows: every value except object keys.
    public var rowCount: Int { document.valueCount - keyCount }

    /// Number of checkpoints kept (memory is about 20 bytes each).
    public var checkpointCount: Int { checkpoints.count }

    /// The row showing the value at tape index `tape` (a key's index gives its value's row;
    /// `valueCount` gives `rowCount`).
    public func row(ofTape tape: Int) -> Int {
        guard tape < document.valueCount else { return rowCount }
        return tape - context(ofTape: tape).keysBefore
    }

    /// The tape index of the value shown on `row`.
    public func tape(ofRow row: Int) -> Int {
        locate(row: row).tape
    }

    /// The context of a tape node.
    func context(ofTape tape: Int) -> NodeContext {
        scan(checkpoint: tape / stride) { position, _, _ in position == tape }.context
    }

    /// The tape index and context of the value on `row`.
    func locate(row: Int) -> (tape: Int, context: NodeContext) {
        // The last checkpoint whose first row is at or before `row`.
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if mid * stride - Int(checkpoints[mid].keysBefore) <= row { low = mid } else { high = mid - 1 }
        }
        return scan(checkpoint: low) { position, isKey, keys in !isKey && position - keys >= row }
    }

    /// Walks forward from checkpoint `block` until `stop(tape, isKey, keysBefore)` holds (or the tape ends).
    func scan(checkpoint block: Int, until stop: (Int, Bool, Int) -> Bool) -> (tape: Int, context: NodeContext) {
        let start = block * stride
        let checkpoint = checkpoints[block]
        var keys = Int(checkpoint.keysBefore)
        var frames: [Frame] = []
        if checkpoint.parent != UInt32.max {
            let entry = Int(checkpoint.parent)
            var frame = Frame(
                container: JSONValue(document: document, index: Int(openContainers[entry].tape)),
                depth: Int(checkpoint.depth) - 1, nextOrdinal: Int(checkpoint.ordinal), expectKey: checkpoint.isKey)
            frame.entry = entry
            frames.append(frame)
        }
        var position = start
        let count = document.valueCount
        while true {
            while let top = frames.last, top.end <= position {
                frames.removeLast()
                if frames.isEmpty, let entry = top.entry, let after = frameAfter(entry: entry) { frames.append(after) }
            }
            let top = frames.last
            let isKey = top.map { $0.isObject && $0.expectKey } ?? false
            let here = NodeContext(
                parent: top?.container, depth: (top?.depth ?? -1) + 1,
                ordinal: top?.nextOrdinal ?? 0, isKey: isKey, keysBefore: keys)
            if position + 1 >= count || stop(position, isKey, keys) { return (position, here) }
            Frame.advance(&frames, isKey: isKey, keys: &keys)
            let value = JSONValue(document: document, index: position)
            if value.isObject || value.isArray {
                frames.append(Frame(container: value, depth: here.depth, nextOrdinal: 0, expectKey: value.isObject))
            }
            position += 1
        }
    }

    /// The frame of an open container's parent positioned just after it (nil for the root): O(1).
    private func frameAfter(entry: Int) -> Frame? {
        let own = openContainers[entry]
        guard own.parent != UInt32.max else { return nil }
        let parentEntry = Int(own.parent)
        let value = JSONValue(document: document, index: Int(openContainers[parentEntry].tape))
        var frame = Frame(
            container: value, depth: Int(own.depth) - 1, nextOrdinal: Int(own.ordinal) + 1,
            expectKey: value.isObject)
        frame.entry = parentEntry
        return frame
    }
}
