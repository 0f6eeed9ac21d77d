import VConModel

/// Removes credentials from any text before it is shown, logged or thrown.
///
/// Every adapter message goes through one of these: the password of a PostgreSQL URL, `PGPASSWORD`, the
/// password libpq actually used (from `~/.pgpass`), and the API token all become `***`.
public struct SecretMask: Sendable, Equatable {
    /// The secrets to hide, longest first (so a secret containing another is masked whole).
    public private(set) var secrets: [String] = []

    public init(_ secrets: [String] = []) {
        for secret in secrets { add(secret) }
    }

    /// Adds a secret (empty strings are ignored: masking them would garble every message).
    public mutating func add(_ secret: String?) {
        guard let secret, !secret.isEmpty, !secrets.contains(secret) else { return }
        secrets.append(secret)
        secrets.sort { $0.count > $1.count }
        // A URL may carry the secret percent-encoded: hide that spelling too.
        let encoded = Self.percentEncoded(secret)
        if encoded != secret, !secrets.contains(encoded) {
            secrets.append(encoded)
            secrets.sort { $0.count > $1.count }
        }
    }

    /// `text` with every secret replaced by `***`, then made terminal-safe.
    public func apply(_ text: String) -> String {
        var out = text
        for secret in secrets where out.contains(secret) {
            out = out.replacingAll(secret, with: "***")
        }
        return TextSafety.line(out)
    }

    /// Percent-encodes everything but unreserved URL characters (RFC 3986 §2.3).
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
