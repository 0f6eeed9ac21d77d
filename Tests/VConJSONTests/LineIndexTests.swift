import Testing

@testable import VConJSON

/// Line:column of a byte offset, built only as far as asked (issue 10: `show` scanned all 200 MB of a file for
/// one finding near its top).
@Suite struct LineIndexTests {
    /// Lines of mixed widths: ASCII, 2-, 3- and 4-byte scalars, so block boundaries fall inside scalars.
    static let text: [UInt8] = {
        var lines: [String] = []
        for k in 0..<3_000 {
            lines.append(String(repeating: ["a", "é", "名", "🙂"][k % 4], count: k % 37) + "\(k)")
        }
        return Array(lines.joined(separator: "\n").utf8)
    }()

    /// The reference: count lines and scalars from the start.
    static func reference(_ offset: Int) -> VConJSON.SourceLocation {
        var line = 1
        var column = 1
        for byte in text[0..<offset] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return VConJSON.SourceLocation(line: line, column: column)
    }

    @Test func extendingPiecewiseAgreesWithCountingFromTheStart() {
        Self.text.withUnsafeBytes { bytes in
            var index = LineIndex()
            // Offsets out of order: later ones extend the index, earlier ones reuse it.
            for offset in [5, 9_000, 4_095, 4_096, 4_097, 20_000, 12, 41_000, Self.text.count, 8_191, 30_001] {
                let offset = min(offset, Self.text.count)
                index.extend(through: offset, in: bytes)
                #expect(index.location(of: offset, in: bytes) == Self.reference(offset), "offset \(offset)")
                #expect(LineIndex(bytes: bytes).location(of: offset, in: bytes) == Self.reference(offset))
            }
        }
    }

    @Test func anEarlyOffsetScansOnlyItsBlock() {
        Self.text.withUnsafeBytes { bytes in
            var index = LineIndex()
            index.extend(through: 100, in: bytes)
            #expect(index.scanned == LineIndex.blockSize)
            #expect(Self.text.count > 10 * LineIndex.blockSize)
        }
    }

    @Test func documentLocationsAreRightBeforeAndAfterExtending() throws {
        let document = try JSONDocument.parse(bytes: Self.jsonLines)
        #expect(document.location(ofByte: 10) == VConJSON.SourceLocation(line: 4, column: 3))
        #expect(document.location(ofByte: Self.jsonLines.count - 2).line == 20_002)
    }

    /// `[` then 20 000 lines `1,` and a last `2]`.
    static let jsonLines: [UInt8] = Array(("[\n" + String(repeating: "1,\n", count: 20_000) + "2]").utf8)

    @Test func eightAtATimeCountsLikeOneAtATime() {
        let bytes: [UInt8] = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        bytes.withUnsafeBytes { raw in
            for length in [0, 1, 7, 8, 9, 63, 64, 65, 999, 1_000] {
                let slow = raw[0..<length].count { $0 & 0xC0 != 0x80 }
                #expect(LineIndex.scalarStarts(UnsafeRawBufferPointer(rebasing: raw[0..<length])) == slow)
            }
        }
    }
}
