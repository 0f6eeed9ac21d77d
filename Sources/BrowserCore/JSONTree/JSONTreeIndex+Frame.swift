import VConModel

extension JSONTreeIndex {
    /// An open container during a scan: where it ends and what its next child is.
    struct Frame {
        var container: Int
        var end: Int
        var isObject: Bool
        /// The container's own depth.
        var depth: Int
        /// Position the next element or member will have.
        var nextOrdinal: Int
        /// True when the next child of an object is a member name.
        var expectKey: Bool
        /// The container's own position among its parent's children.
        var ordinal = 0
        /// Its index into `openContainers`, once it has one.
        var entry: Int?

        init(container value: JSONValue, depth: Int, nextOrdinal: Int, expectKey: Bool) {
            container = value.index
            end = value.endIndex
            isObject = value.isObject
            self.depth = depth
            self.nextOrdinal = nextOrdinal
            self.expectKey = expectKey
        }

        /// Steps past the current node (a key or a value) in the innermost frame.
        static func advance(_ frames: inout [Frame], isKey: Bool, keys: inout Int) {
            guard !frames.isEmpty else { return }
            let last = frames.count - 1
            if isKey {
                keys += 1
                frames[last].expectKey = false
            } else {
                frames[last].nextOrdinal += 1
                if frames[last].isObject { frames[last].expectKey = true }
            }
        }
    }

    /// The one pass over the tape that records checkpoints.
    struct Builder {
        let document: JSONDocument
        let stride: Int
        var checkpoints: [Checkpoint] = []
        var openContainers: [OpenContainer] = []
        var keys = 0

        init(document: JSONDocument, stride: Int) {
            self.document = document
            self.stride = stride
            checkpoints.reserveCapacity(document.valueCount / stride + 1)
        }

        mutating func run() {
            var frames: [Frame] = []
            let count = document.valueCount
            var nextCheckpoint = 0
            for position in 0..<count {
                while let top = frames.last, top.end <= position { frames.removeLast() }
                let top = frames.last
                let isKey = top.map { $0.isObject && $0.expectKey } ?? false
                let depth = (top?.depth ?? -1) + 1
                if position == nextCheckpoint {
                    record(&frames)
                    checkpoints.append(
                        Checkpoint(
                            keysBefore: UInt32(truncatingIfNeeded: keys),
                            parent: frames.last?.entry.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max,
                            depth: UInt32(truncatingIfNeeded: depth),
                            ordinal: UInt32(truncatingIfNeeded: top?.nextOrdinal ?? 0),
                            isKey: isKey))
                    nextCheckpoint += stride
                }
                Frame.advance(&frames, isKey: isKey, keys: &keys)
                let value = JSONValue(document: document, index: position)
                if value.isObject || value.isArray {
                    var frame = Frame(container: value, depth: depth, nextOrdinal: 0, expectKey: value.isObject)
                    frame.ordinal = top?.nextOrdinal ?? 0
                    frames.append(frame)
                }
            }
            if checkpoints.isEmpty {
                checkpoints.append(Checkpoint(keysBefore: 0, parent: UInt32.max, depth: 0, ordinal: 0, isKey: false))
            }
        }

        /// Gives every open frame an `openContainers` entry (only those opened since the last
        /// checkpoint lack one, so this is amortised O(1) per container).
        mutating func record(_ frames: inout [Frame]) {
            var first = frames.count
            while first > 0, frames[first - 1].entry == nil { first -= 1 }
            for level in first..<frames.count {
                let parent = level > 0 ? frames[level - 1].entry.map { UInt32(truncatingIfNeeded: $0) } : nil
                frames[level].entry = openContainers.count
                openContainers.append(
                    OpenContainer(
                        tape: UInt32(truncatingIfNeeded: frames[level].container), parent: parent ?? UInt32.max,
                        depth: UInt32(truncatingIfNeeded: frames[level].depth),
                        ordinal: UInt32(truncatingIfNeeded: frames[level].ordinal)))
            }
        }
    }
}
