import VConModel

/// One member's bytes as stored, and what the source knows about them.
public struct MemberBytes: Sendable {
    /// The bytes (mapped for files, inflated for a zip entry, received for a store); never copied by the catalog.
    public var buffer: ByteBuffer
    /// The name findings and messages use (a path, `bundle!entry`); the listing's display name by default.
    public var sourceName: String

    public init(buffer: ByteBuffer, sourceName: String) {
        self.buffer = buffer
        self.sourceName = sourceName
    }
}
