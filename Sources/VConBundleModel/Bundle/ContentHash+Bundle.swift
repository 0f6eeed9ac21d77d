import VConModel

extension ContentHash {
    /// The hash that names a bundle file: SHA-512 when present, else the first usable one
    /// (draft "Multi-Hash Support": first in the array, SHA-512 preferred regardless of position).
    /// A value whose digest does not decode still names its file by its text (as other tools do).
    public static func primary(of hashes: [ContentHash]) -> ContentHash? {
        hashes.first { $0.algorithm == .sha512 } ?? hashes.first { $0.algorithm != nil } ?? hashes.first
    }

    /// Whether the value is well formed enough to check bytes against.
    public var isCheckable: Bool { algorithm != nil && problem == nil && digest != nil }

    /// The canonical `alg-base64url` text, or the text as written when it does not decode.
    public var canonicalText: String {
        guard isCheckable, let algorithm, let digest else { return text }
        return ContentHash.format(algorithm, digest)
    }

    /// The name stem a bundle file for this hash has: the canonical text (legacy `alg`+`signature`
    /// values become `sha512-<digest>` too).
    public var fileStem: String { canonicalText }
}
