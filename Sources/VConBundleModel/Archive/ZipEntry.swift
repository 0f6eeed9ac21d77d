/// One member of an opened archive, as its central directory describes it (already vetted).
public struct ZipEntry: Sendable, Hashable {
    /// Position in the central directory.
    public var index: Int
    /// The entry name (UTF-8; CP437 names are converted by libzip).
    public var name: String
    /// Declared uncompressed size in bytes.
    public var size: UInt64
    /// Declared compressed size in bytes.
    public var compressedSize: UInt64
    /// Declared CRC-32.
    public var crc: UInt32

    public init(index: Int, name: String, size: UInt64, compressedSize: UInt64, crc: UInt32) {
        self.index = index
        self.name = name
        self.size = size
        self.compressedSize = compressedSize
        self.crc = crc
    }

    /// Whether the name ends in `/`.
    public var isDirectory: Bool { name.hasSuffix("/") }
}
