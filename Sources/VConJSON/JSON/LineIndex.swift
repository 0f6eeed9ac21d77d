import Foundation

/// Where lines start in a document, and how many Unicode scalars start before each block of bytes, so a byte
/// offset becomes line:column by a binary search and at most one block of counting.
///
/// Built only as far as asked: a finding near the top of a 200 MB file scans the first blocks, not the whole
/// file (the whole-file scan was a fifth of `show`'s time on a 200 MB vCon with one finding, and touched every
/// page of the mapping again). Later offsets extend it.
struct LineIndex: Sendable {
    /// Bytes per block of the scalar counts.
    static let blockSize = 4096

    /// Byte offsets where lines start (the first is 0), for the bytes scanned so far.
    private(set) var starts: [Int] = [0]
    /// `scalarsBefore[k]`: bytes that start a scalar (not UTF-8 continuation bytes) in `0..<k * blockSize`.
    private(set) var scalarsBefore: [Int] = [0]
    /// Bytes scanned so far: a multiple of `blockSize`, or the whole buffer.
    private(set) var scanned = 0

    init() {}

    /// An index over all of `bytes` at once.
    init(bytes: UnsafeRawBufferPointer) {
        extend(through: bytes.count, in: bytes)
    }

    /// Scans whole blocks until `offset` is covered (or the bytes end).
    mutating func extend(through offset: Int, in bytes: UnsafeRawBufferPointer) {
        let target = min(bytes.count, (offset / Self.blockSize + 1) * Self.blockSize)
        guard target > scanned, let base = bytes.baseAddress else { return }
        var position = scanned
        while position < target,
            let hit = memchr(base + position, 0x0A, target - position)
        {
            position = base.distance(to: UnsafeRawPointer(hit)) + 1
            starts.append(position)
        }
        var total = scalarsBefore[scalarsBefore.count - 1]
        var block = scanned
        while block < target {
            let end = min(block + Self.blockSize, bytes.count)
            total += Self.scalarStarts(UnsafeRawBufferPointer(rebasing: bytes[block..<end]))
            if end - block == Self.blockSize { scalarsBefore.append(total) }
            block = end
        }
        scanned = target
    }

    /// Line and column (1-based; columns count scalars) of a byte offset, clamped to the bytes; the index must
    /// have been extended through `offset`.
    func location(of offset: Int, in bytes: UnsafeRawBufferPointer) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let column = 1 + scalars(before: clamped, in: bytes) - scalars(before: starts[low], in: bytes)
        return SourceLocation(line: low + 1, column: column)
    }

    /// Scalar-starting bytes in `0..<offset`.
    private func scalars(before offset: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        let block = min(offset / Self.blockSize, scalarsBefore.count - 1)
        let from = block * Self.blockSize
        return scalarsBefore[block] + Self.scalarStarts(UnsafeRawBufferPointer(rebasing: bytes[from..<max(from, offset)]))
    }

    /// Bytes that start a scalar (not `10xxxxxx`), eight at a time.
    static func scalarStarts(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var k = 0
        let n = bytes.count
        while k + 8 <= n {
            let word = bytes.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // A continuation byte has bit 7 set and bit 6 clear; `word << 1` brings each byte's bit 6 to bit 7.
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            count += 8 - continuation.nonzeroBitCount
            k += 8
        }
        while k < n {
            if bytes[k] & 0xC0 != 0x80 { count += 1 }
            k += 1
        }
        return count
    }
}
