/// Limits that keep a hostile archive from exhausting memory or disk (zip bombs).
///
/// Checked twice: against the sizes the central directory declares when the archive is opened,
/// and against the bytes actually produced while a member is streamed (a bomb may lie about its size).
public struct ArchiveLimits: Sendable, Equatable {
    /// Most entries an archive may have.
    public var maxEntries: Int
    /// Largest uncompressed size of one member, in bytes.
    public var maxMemberBytes: UInt64
    /// Largest sum of uncompressed member sizes, in bytes.
    public var maxTotalBytes: UInt64
    /// Largest uncompressed/compressed ratio of one member ...
    public var maxCompressionRatio: UInt64
    /// ... once its output is past this many bytes (small, very compressible members are fine).
    public var ratioCheckFloor: UInt64
    /// Longest entry name, in bytes.
    public var maxNameBytes: Int

    public init(
        maxEntries: Int = 250_000,
        maxMemberBytes: UInt64 = 4 << 30,
        maxTotalBytes: UInt64 = 32 << 30,
        maxCompressionRatio: UInt64 = 200,
        ratioCheckFloor: UInt64 = 1 << 20,
        maxNameBytes: Int = 1024
    ) {
        self.maxEntries = maxEntries
        self.maxMemberBytes = maxMemberBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloor = ratioCheckFloor
        self.maxNameBytes = maxNameBytes
    }

    /// The defaults: 250 000 entries, 4 GiB a member, 32 GiB in all, ratio 200 past 1 MiB.
    public static let standard = ArchiveLimits()

    /// Whether `produced` bytes out of `compressed` input exceed the ratio limit.
    public func exceedsRatio(produced: UInt64, compressed: UInt64) -> Bool {
        guard produced > ratioCheckFloor else { return false }
        let (limit, overflow) = max(compressed, 1).multipliedReportingOverflow(by: maxCompressionRatio)
        return !overflow && produced > limit
    }
}
