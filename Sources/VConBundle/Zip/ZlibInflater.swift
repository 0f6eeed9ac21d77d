internal import CZlib
import VConModel

/// Inflates gzip data on zlib (`inflateInit2` with gzip framing), refusing output past a limit.
///
/// Concatenated gzip members are joined (as `gzip -d` does). A stream that ends early is
/// "truncated", one zlib cannot decode is "corrupt", and bytes after the last member that are not
/// another gzip member are refused: each is an `InflateError` with a plain message.
public struct ZlibInflater: Inflating {
    public init() {}

    public func gunzip(_ bytes: UnsafeRawBufferPointer, limit: Int) throws(InflateError) -> [UInt8] {
        guard GzipMagic.matches(bytes), let input = bytes.baseAddress else {
            throw InflateError("not gzip data (missing 1f 8b magic bytes)")
        }
        var stream = z_stream()
        // gzip framing only: 16 + the largest window.
        guard czlib_inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK else {
            throw InflateError("zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        stream.next_in = UnsafeMutablePointer(mutating: input.assumingMemoryBound(to: UInt8.self))
        stream.avail_in = 0
        var remaining = bytes.count
        var output: [UInt8] = []
        let chunk = 64 << 10
        var scratch = [UInt8](repeating: 0, count: chunk)
        while true {
            if stream.avail_in == 0 && remaining > 0 {
                // avail_in is 32-bit: feed huge inputs in pieces.
                let piece = min(remaining, Int(UInt32.max >> 1))
                stream.avail_in = UInt32(piece)
                remaining -= piece
            }
            let status = scratch.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(chunk)
                return inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunk - Int(stream.avail_out)
            if output.count + produced > limit {
                throw InflateError("gzip data inflates past the limit of \(limit) bytes")
            }
            output.append(contentsOf: scratch[0..<produced])
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                let left = Int(stream.avail_in) + remaining
                if left == 0 { return output }
                let rest = UnsafeRawBufferPointer(start: stream.next_in, count: min(left, 2))
                guard GzipMagic.matches(rest) else {
                    throw InflateError("\(left) bytes of trailing garbage after the gzip stream")
                }
                inflateReset(&stream)
            case Z_BUF_ERROR where stream.avail_in == 0 && remaining == 0:
                throw InflateError("truncated gzip stream (ends after \(bytes.count) bytes)")
            case Z_BUF_ERROR:
                continue
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw InflateError("corrupt gzip data: \(detail)")
            }
        }
    }
}
