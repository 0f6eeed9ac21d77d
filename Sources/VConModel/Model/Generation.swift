/// A syntax generation of the vCon format, as declared by the `vcon` key or inferred from spellings.
public enum Generation: Sendable, Equatable, Comparable, CustomStringConvertible {
    case v0_0_1, v0_0_2, v0_3_0, v0_4_0
    /// A `vcon` value no draft defines (`"1.0"`, `""`).
    case unknown(String)

    public init(declared text: String) {
        switch text {
        case "0.0.1": self = .v0_0_1
        case "0.0.2": self = .v0_0_2
        case "0.3.0": self = .v0_3_0
        case "0.4.0": self = .v0_4_0
        default: self = .unknown(text)
        }
    }

    public var description: String {
        switch self {
        case .v0_0_1: "0.0.1"
        case .v0_0_2: "0.0.2"
        case .v0_3_0: "0.3.0"
        case .v0_4_0: "0.4.0"
        case .unknown(let text): "unknown \"\(TextSafety.line(text))\""
        }
    }

    /// The defined generations, oldest first.
    public static let known: [Generation] = [.v0_0_1, .v0_0_2, .v0_3_0, .v0_4_0]

    /// The defined generation nearest to a version no draft defines: the newest one not above it (`0.0.3` →
    /// 0.0.2, `1.0` → 0.4.0), the oldest for one below them all; nil when `text` is not dotted numbers.
    public static func nearest(to text: String) -> Generation? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        let parts = pieces.compactMap { Int($0) }.filter { $0 >= 0 }
        guard !parts.isEmpty, parts.count == pieces.count, parts.count <= 4 else { return nil }
        let version = parts + Array(repeating: 0, count: max(0, 3 - parts.count))
        func numbers(_ generation: Generation) -> [Int] { generation.description.split(separator: ".").compactMap { Int($0) } }
        return known.last { !version.lexicographicallyPrecedes(numbers($0)) } ?? .v0_0_1
    }

    private var rank: Int {
        switch self {
        case .v0_0_1: 1
        case .v0_0_2: 2
        case .v0_3_0: 3
        case .v0_4_0: 4
        case .unknown: 0
        }
    }

    public static func < (lhs: Generation, rhs: Generation) -> Bool { lhs.rank < rhs.rank }
}

/// One way a field can be spelled, with the generation that introduced or retired it.
public enum Spelling: String, Sendable, CaseIterable, Comparable {
    case mimetype, mediatype
    case algSignature = "alg+signature"
    case contentHash = "content_hash"
    case appended, amended
    case mustSupport = "must_support"
    case critical
    case transferTargetHyphen = "transfer-target"
    case transferTarget = "transfer_target"
    case targetDialogHyphen = "target-dialog"
    case targetDialog = "target_dialog"
    case sessionIdString = "session_id:string"
    case sessionIdObject = "session_id:object"
    case attachmentType = "attachment.type"
    case attachmentPurpose = "attachment.purpose"
    case extensions

    /// The newest generation that still uses this spelling (old spellings), or nil for current ones.
    public var retiredAfter: Generation? {
        switch self {
        case .mimetype, .algSignature: .v0_0_1
        case .transferTargetHyphen, .targetDialogHyphen: .v0_0_2
        case .appended, .mustSupport, .sessionIdString: .v0_3_0
        default: nil
        }
    }

    /// The generation that introduced this spelling.
    public var introducedIn: Generation {
        switch self {
        case .mimetype, .algSignature, .appended, .transferTargetHyphen, .targetDialogHyphen, .attachmentType: .v0_0_1
        case .mediatype, .contentHash: .v0_0_2
        case .mustSupport, .transferTarget, .targetDialog, .sessionIdString, .extensions: .v0_3_0
        case .amended, .critical, .sessionIdObject, .attachmentPurpose: .v0_4_0
        }
    }

    /// The spelling that replaced this one, if any.
    public var replacement: Spelling? {
        switch self {
        case .mimetype: .mediatype
        case .algSignature: .contentHash
        case .appended: .amended
        case .mustSupport: .critical
        case .transferTargetHyphen: .transferTarget
        case .targetDialogHyphen: .targetDialog
        case .sessionIdString: .sessionIdObject
        case .attachmentType: .attachmentPurpose
        default: nil
        }
    }

    public static func < (lhs: Spelling, rhs: Spelling) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a spelling was seen.
public struct SpellingUse: Sendable {
    public var spelling: Spelling
    public var pointer: String
    public var offset: Int
}
