/// Why a gzip stream could not be inflated.
public struct InflateError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Decompresses gzip data. Implemented in VConBundle on zlib; the model only sees this protocol.
public protocol Inflating: Sendable {
    /// Inflates a whole gzip stream held in memory, refusing output larger than `limit` bytes.
    func gunzip(_ bytes: UnsafeRawBufferPointer, limit: Int) throws(InflateError) -> [UInt8]
}

/// The gzip magic bytes `1f 8b`, which a `.vcon` file or a JWS payload may start with.
public enum GzipMagic {
    public static func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }
}
