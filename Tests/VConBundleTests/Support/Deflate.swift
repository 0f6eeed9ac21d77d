import CZlib

/// Test-side compression on zlib: raw deflate for zip members, gzip for `.vcon.gz` fixtures.
enum Deflate {
    /// `bytes` compressed; windowBits -15 gives raw deflate, 31 gives gzip.
    static func compress(_ bytes: [UInt8], windowBits: Int32, level: Int32 = 9) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflateInit2(&stream, level, windowBits) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        let produced = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(output[0..<produced])
    }

    static func gzip(_ bytes: [UInt8]) -> [UInt8] { compress(bytes, windowBits: 31) }
}
