import Foundation

/// Where lines start in a document, and how many Unicode scalars start before each block of bytes,
/// so a byte offset becomes line:column by a binary search and at most one block of counting.
struct LineIndex: Sendable {
    /// Bytes per block of the scalar counts.
    static let blockSize = 4096

    /// Byte offsets where lines start (the first is 0).
    let starts: [Int]
    /// `scalarsBefore[k]`: bytes that start a scalar (not UTF-8 continuation bytes) in `0..<k * blockSize`.
    let scalarsBefore: [Int]

    init(bytes: UnsafeRawBufferPointer) {
        starts = Self.lineStarts(of: bytes)
        var counts = [0]
        counts.reserveCapacity(bytes.count / Self.blockSize + 1)
        var total = 0
        var position = 0
        while position < bytes.count {
            let end = min(position + Self.blockSize, bytes.count)
            for k in position..<end where bytes[k] & 0xC0 != 0x80 { total += 1 }
            counts.append(total)
            position = end
        }
        scalarsBefore = counts
    }

    /// Line and column (1-based; columns count scalars) of a byte offset, clamped to the bytes.
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
        let block = offset / Self.blockSize
        var count = scalarsBefore[min(block, scalarsBefore.count - 1)]
        var k = min(block, scalarsBefore.count - 1) * Self.blockSize
        while k < offset {
            if bytes[k] & 0xC0 != 0x80 { count += 1 }
            k += 1
        }
        return count
    }

    /// Byte offsets where lines start (after each LF), the first being 0.
    static func lineStarts(of bytes: UnsafeRawBufferPointer) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        var position = 0
        while position < bytes.count,
            let hit = memchr(base + position, 0x0A, bytes.count - position)
        {
            position = base.distance(to: UnsafeRawPointer(hit)) + 1
            starts.append(position)
        }
        return starts
    }
}
