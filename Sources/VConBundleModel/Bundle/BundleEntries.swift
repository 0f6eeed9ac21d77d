import VConModel

/// One vCon file in `vcons/`: known from its name alone until it is read.
public struct BundleMember: Sendable, Hashable {
    /// The archive entry, e.g. `vcons/0195544a-….json`.
    public let entryName: String
    /// The name without `vcons/` and `.json`: the uuid the file claims to hold.
    public let nameUUID: String
    /// Uncompressed size in bytes.
    public let size: UInt64
    public let entry: ZipEntry

    /// A member about to be written (no archive entry behind it yet), for summarising a planned vCon.
    public static func planned(entryName: String, uuid: String, size: Int) -> BundleMember {
        BundleMember(
            entryName: entryName, nameUUID: uuid, size: UInt64(size),
            entry: ZipEntry(index: -1, name: entryName, size: 0, compressedSize: 0, crc: 0))
    }
}

/// One media file in `files/`, named `<hash>.<ext>`.
public struct BundleFile: Sendable, Hashable {
    /// The archive entry, e.g. `files/sha512-GLy6….mp3`.
    public let entryName: String
    /// The name up to the first `.`: the content hash it claims.
    public let stem: String
    /// The extension after the stem, if any (`mp3`, `tar.gz`).
    public let fileExtension: String?
    /// Uncompressed size in bytes.
    public let size: UInt64
    public let entry: ZipEntry

    /// The hash the name claims.
    public var claimedHash: ContentHash { ContentHash(contentHash: stem) }
}

/// One directory under `extensions/`, with the entries below it.
public struct BundleExtension: Sendable, Equatable {
    public let name: String
    public let hasMetadata: Bool
    /// Entry names below `extensions/<name>/`, in archive order.
    public let entries: [String]
}
