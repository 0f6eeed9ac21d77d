/// The check of one content hash of one inline body or external reference.
public struct HashCheck: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// The content's digest equals the expected one.
        case match
        /// It does not: `expected` and `actual` differ.
        case mismatch
        /// The content is not here (external, no local copy).
        case notAvailable = "not-available"
        /// The hash itself is unusable (unknown algorithm, bad encoding) or the body does not decode.
        case unusable
    }

    /// JSON Pointer of the object that carries the hash ("/dialog/2").
    public var pointer: String
    /// The external URL, when the content is a reference.
    public var url: String?
    /// The algorithm name as written ("sha512", "SHA-512").
    public var algorithm: String
    /// The hash as written (`sha512-…`, or the 0.0.1 `signature` value).
    public var expected: String
    /// The computed hash in `alg-base64url` form, when computed.
    public var actual: String?
    public var status: Status
    /// Plain words: what was hashed, or why not.
    public var detail: String

    public init(
        pointer: String, url: String?, algorithm: String, expected: String, actual: String?, status: Status, detail: String
    ) {
        self.pointer = pointer
        self.url = url
        self.algorithm = algorithm
        self.expected = expected
        self.actual = actual
        self.status = status
        self.detail = detail
    }
}
