import Foundation

/// What a file holds at its outermost layer.
public enum VConForm: Sendable, Equatable, CustomStringConvertible {
    public enum JWSSerialization: String, Sendable { case general, flattened, compact }
    public enum JWESerialization: String, Sendable {
        case general, flattened, compact
        /// Early drafts' examples spell the member `cyphertext`.
        case legacyCyphertext = "general (legacy cyphertext)"
    }

    case unsigned
    /// A JWS; `hybrid` when vcon-lib kept the unsigned fields beside `payload`/`signatures`.
    case jws(JWSSerialization, hybrid: Bool)
    case jwe(JWESerialization)
    case gzip
    /// Readable, but not a vCon; the reason says what it looks like instead.
    case notVCon(String)

    public var description: String {
        switch self {
        case .unsigned: "unsigned"
        case .jws(let serialization, let hybrid): "signed (JWS \(serialization.rawValue)\(hybrid ? ", with unsigned copy" : ""))"
        case .jwe(let serialization): "encrypted (JWE \(serialization.rawValue))"
        case .gzip: "gzip"
        case .notVCon(let why): "not a vCon: \(why)"
        }
    }

    /// Short machine name for `--json` output.
    public var name: String {
        switch self {
        case .unsigned: "unsigned"
        case .jws(let serialization, let hybrid): hybrid ? "jws-hybrid" : "jws-\(serialization.rawValue)"
        case .jwe(let serialization): serialization == .legacyCyphertext ? "jwe-legacy" : "jwe-\(serialization.rawValue)"
        case .gzip: "gzip"
        case .notVCon: "not-vcon"
        }
    }

    public var isVCon: Bool {
        if case .notVCon = self { return false }
        return true
    }

    static let vconKeys: Set<String> = [
        "uuid", "vcon", "parties", "dialog", "analysis", "attachments", "created_at", "group", "redacted", "amended", "appended",
    ]

    /// Names the form of a parsed JSON document.
    public static func detect(_ root: JSONValue) -> VConForm {
        switch root.kind {
        case .array: return .notVCon("the top-level value is an array, not a vCon object")
        case .string:
            if let text = root.string {
                return detectCompact(text) ?? .notVCon("the top-level value is a string that is not a compact JWS or JWE")
            }
            return .notVCon("the top-level value is a string")
        case .number, .bool, .null: return .notVCon("the top-level value is a \(root.kind), not a vCon object")
        case .object: break
        }
        let keys = Set(root.keys)
        if keys.contains("ciphertext") || keys.contains("cyphertext") {
            if keys.contains("cyphertext") { return .jwe(.legacyCyphertext) }
            return .jwe(keys.contains("recipients") ? .general : .flattened)
        }
        if keys.contains("payload") {
            if keys.contains("signatures") { return .jws(.general, hybrid: !keys.isDisjoint(with: vconKeys)) }
            if keys.contains("signature") && (keys.contains("protected") || keys.contains("header")) {
                return .jws(.flattened, hybrid: false)
            }
        }
        if looksUnsigned(root, keys: keys) { return .unsigned }
        if keys.contains("$schema") || (keys.contains("properties") && keys.contains("type")) || keys.contains("$defs") {
            return .notVCon("a JSON schema, not a vCon")
        }
        if keys.contains("purpose") || (keys.contains("type") && (keys.contains("body") || keys.contains("encoding"))) {
            return .notVCon("an attachment or analysis fragment (no uuid, parties or dialog)")
        }
        if keys.contains("type") {
            return .notVCon("a dialog object, not a vCon (no uuid, vcon or created_at; its parties are indices)")
        }
        return .notVCon("a JSON object with none of the vCon members (uuid, vcon, parties, dialog, analysis, attachments, created_at)")
    }

    /// True for an unsigned vCon: one of the vCon's own members (uuid, vcon, created_at, group, ...), or one of
    /// its arrays holding objects (or empty, or null). The one rule of "is this a vCon" for every command
    /// (issue 12.6a): a dialog's `parties` (`[0, 1]`) or an analysis's `dialog` (`[0]`) hold indices, and an
    /// object with `type` (a dialog, analysis or attachment member, never a vCon's) is a fragment, not a vCon.
    static func looksUnsigned(_ root: JSONValue, keys: Set<String>) -> Bool {
        let arrays: Set<String> = ["parties", "dialog", "analysis", "attachments"]
        if !keys.isDisjoint(with: vconKeys.subtracting(arrays)) { return true }
        if keys.contains("type") { return false }
        return arrays.contains { key in
            guard let value = root[key] else { return false }
            if value.isNull { return true }
            guard value.isArray else { return false }
            guard let first = value[0] else { return true }
            return first.isObject
        }
    }

    /// A compact JWS (3 dot-separated base64url parts) or JWE (5 parts), or nil.
    public static func detectCompact(_ text: String) -> VConForm? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || isBase64URL($0) }) else { return nil }
        switch trimmed.split(separator: ".", omittingEmptySubsequences: false).count {
        case 3: return .jws(.compact, hybrid: false)
        case 5: return .jwe(.compact)
        default: return nil
        }
    }

    private static func isBase64URL(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
    }
}
