import Testing
import VConModel

/// `ChunkedArray` behaves as an array of its elements across chunk boundaries, and a copy is a value.
@Suite struct ChunkedArrayTests {
    @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 10_000])
    func holdsWhatWasAppendedInOrder(count: Int) {
        var chunked = ChunkedArray<Int>()
        for value in 0..<count { chunked.append(value * 3) }
        #expect(chunked.count == count)
        #expect(Array(chunked) == (0..<count).map { $0 * 3 })
        #expect(chunked.indices == 0..<count)
        #expect(ChunkedArray((0..<count).map { $0 * 3 }) == chunked)
        if count > 0 { #expect(chunked.last == (count - 1) * 3 && chunked.first == 0) }
    }

    @Test func aCopyIsAValue() {
        let original = ChunkedArray(0..<9_000)
        var grown = original
        grown.append(contentsOf: [9_000, 9_001])
        grown[5] = -5
        grown[8_999] = -8_999
        #expect(Array(original) == Array(0..<9_000))
        #expect(grown.count == 9_002 && grown[5] == -5 && grown[8_999] == -8_999 && grown[9_001] == 9_001)
        #expect(Array(grown[6..<8_999]) == Array(6..<8_999))
        var sorted: ChunkedArray = [3, 1, 2]
        sorted.sort()
        #expect(Array(sorted) == [1, 2, 3])
    }
}
