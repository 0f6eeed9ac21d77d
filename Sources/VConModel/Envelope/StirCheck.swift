/// A `stir-verification-report` attachment as the file states it, beside our own result.
public struct StirReportComparison: Sendable, Equatable {
    /// JSON Pointer of the attachment.
    public var pointer: String
    public var verifier: String?
    /// The report's `result` as written ("verified", "failed", ...).
    public var result: String?
    public var attestation: String?
    /// Why the report disagrees with our result or with the PASSporT claims; nil when it agrees.
    public var disagreement: String?
}

/// One party's STIR/SHAKEN PASSporT (RFC 8225/8588), decoded and checked.
public struct StirCheck: Sendable {
    public var party: Int
    /// JSON Pointer of the `stir` value.
    public var pointer: String
    /// Header parameters (`alg`, `ppt`, `typ`, `x5u`, ...), in order.
    public var header: [HeaderEntry]
    /// Claims (`attest`, `orig`, `dest`, `iat`, `origid`, ...), in order, values as compact JSON.
    public var claims: [HeaderEntry]
    /// verified, untrusted, invalid or unreadable.
    public var verdict: LayerVerdict
    public var reason: String
    public var chain: ChainReport?
    /// Where the checking certificate came from ("stir-certificate attachment /attachments/0", or the x5u).
    public var certificateSource: String?
    public var reports: [StirReportComparison]
    public var notes: [EnvelopeNote]

    /// A claim's compact JSON value, if present.
    public func claim(_ name: String) -> String? { claims.first { $0.name == name }?.value }
}
