/// What an envelope layer is.
public enum LayerKind: String, Sendable, CaseIterable {
    case gzip, jwe, jws, vcon
}

/// The verdict of one layer (or one signature).
public enum LayerVerdict: String, Sendable, CaseIterable {
    /// Signature valid and the signer trusted (chain to a given anchor, or a pinned key).
    case verified
    /// Signature valid but the signer not trusted, or the signature could not be checked; the reason says which.
    case untrusted
    /// A signature, tag or structure that fails.
    case invalid
    /// Encrypted and not opened (no key, or no supplied key fits).
    case encrypted
    /// A JWE that was opened.
    case decrypted
    /// A layer that needs no verdict: gzip, or the vCon inside a signature.
    case plain
    /// The vCon itself, with no signature around it.
    case unsigned
    /// Cannot be read at all.
    case unreadable

    /// What this layer contributes to the file verdict (nil for layers that carry no judgement).
    public var fileVerdict: FileVerdict? {
        switch self {
        case .verified: .verified
        case .untrusted: .untrusted
        case .invalid: .invalid
        case .encrypted: .encrypted
        case .unsigned: .unsigned
        case .unreadable: .unreadable
        case .decrypted, .plain: nil
        }
    }
}

/// The verdict of a whole file: the worst of its layers.
public enum FileVerdict: String, Sendable, CaseIterable, Comparable {
    case verified, unsigned, untrusted, encrypted, invalid, unreadable

    /// Badness rank: a file takes the highest rank among its layers.
    private var rank: Int {
        switch self {
        case .verified: 0
        case .unsigned: 1
        case .untrusted: 2
        case .encrypted: 3
        case .invalid: 4
        case .unreadable: 5
        }
    }

    public static func < (lhs: FileVerdict, rhs: FileVerdict) -> Bool { lhs.rank < rhs.rank }

    /// `vcon-browser verify` exit status: 0 verified|unsigned, 1 invalid, 2 unreadable, 3 untrusted|encrypted.
    public var exitStatus: Int32 {
        switch self {
        case .verified, .unsigned: 0
        case .invalid: 1
        case .unreadable: 2
        case .untrusted, .encrypted: 3
        }
    }

    /// The worst verdict among layers; `unsigned` when no layer judges (cannot happen for a stack that reached a vCon).
    public static func of(_ verdicts: [LayerVerdict]) -> FileVerdict {
        verdicts.compactMap(\.fileVerdict).max() ?? .unsigned
    }
}
