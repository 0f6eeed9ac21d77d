/// A remark about a layer: something lenient we accepted, or something wrong that does not decide the verdict.
public struct EnvelopeNote: Sendable, Equatable {
    public enum Severity: String, Sendable { case info, warning, error }
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String) {
        self.severity = severity
        self.message = message
    }
}

/// One JOSE header parameter as the file carries it.
public struct HeaderEntry: Sendable, Equatable {
    /// Where the parameter was found.
    public enum Placement: String, Sendable {
        case protected
        case unprotected
        /// In both, with the same value (the spec examples do this).
        case both
        /// JWE per-recipient header.
        case recipient
    }

    public var name: String
    /// The value as compact JSON text (untrusted: sanitise for display).
    public var value: String
    public var placement: Placement

    public init(name: String, value: String, placement: Placement) {
        self.name = name
        self.value = value
        self.placement = placement
    }
}

/// One JWS signature and what holds of it.
public struct SignatureReport: Sendable {
    public var index: Int
    /// The `alg` value as written (after the header merge).
    public var algorithm: String?
    /// verified, untrusted or invalid.
    public var verdict: LayerVerdict
    /// Plain words, never empty.
    public var reason: String
    public var keyDescription: String?
    public var chain: ChainReport?
    public var headers: [HeaderEntry]
    /// The header `uuid`, if any (checked against the payload's).
    public var uuid: String?
    public var notes: [EnvelopeNote]
}

/// One JWE recipient and whether it opened.
public struct RecipientReport: Sendable {
    public var index: Int
    public var algorithm: String?
    public var opened: Bool
    /// Which key opened it, or why none did.
    public var detail: String
}

/// One layer of the envelope stack, outermost first.
public struct EnvelopeLayer: Sendable {
    public var kind: LayerKind
    public var verdict: LayerVerdict
    /// Plain words, never empty.
    public var reason: String
    /// The serialization: "General JSON", "flattened JSON", "compact", "General JSON (vcon-lib hybrid)", "legacy cyphertext".
    public var form: String?
    /// Size of this layer's bytes.
    public var byteCount: Int
    public var notes: [EnvelopeNote] = []
    /// JWS: one per signature.
    public var signatures: [SignatureReport] = []
    /// JWE: one per recipient tried.
    public var recipients: [RecipientReport] = []
    /// JWE: the merged shared headers (per-signature headers are in `signatures`).
    public var headers: [HeaderEntry] = []
    /// The `uuid` the layer's headers claim, if any.
    public var claimedUUID: String?

    public init(kind: LayerKind, verdict: LayerVerdict, reason: String, form: String? = nil, byteCount: Int) {
        self.kind = kind
        self.verdict = verdict
        self.reason = reason
        self.form = form
        self.byteCount = byteCount
    }
}
