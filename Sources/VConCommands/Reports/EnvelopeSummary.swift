import Foundation
import VConModel

/// What the outer envelope of a signed or encrypted vCon says, read without any key:
/// signature count, algorithms, certificate chain or URL, header uuid; JWE content type and cipher.
public struct EnvelopeSummary: Sendable {
    /// One line per fact, in a fixed order (already terminal-safe).
    public var lines: [String]
    /// The same facts for `--json`.
    public var json: JSONOutput

    /// Nil for an unsigned vCon or a form with no envelope to describe.
    public init?(file: LoadedFile) {
        let root = file.document.root
        switch file.form {
        case .jws(let serialization, _):
            let signatures: [(header: JSONValue?, protected: JSONValue?)]
            switch serialization {
            case .general:
                signatures = root["signatures"]?.elements.map { ($0["header"], Self.decodeHeader($0["protected"]?.string)) } ?? []
            case .flattened: signatures = [(root["header"], Self.decodeHeader(root["protected"]?.string))]
            case .compact:
                let first = root.string?.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init)
                signatures = [(nil, Self.decodeHeader(first))]
            }
            var lines: [String] = []
            var items: [JSONOutput] = []
            for (k, signature) in signatures.enumerated() {
                let get = { (key: String) in signature.header?[key] ?? signature.protected?[key] }
                let alg = get("alg")?.string
                let chain = get("x5c")?.count
                let x5u = get("x5u")?.string
                let uuid = get("uuid")?.string
                var parts = ["signature \(k + 1): \(TextSafety.line(alg ?? "no alg"))"]
                if let chain { parts.append("x5c chain of \(chain) certificate\(chain == 1 ? "" : "s")") }
                if let x5u { parts.append("x5u \(TextSafety.line(x5u))") }
                if chain == nil && x5u == nil { parts.append("no x5c or x5u") }
                if let uuid { parts.append("header uuid \(TextSafety.line(uuid))") }
                lines.append(parts.joined(separator: ", "))
                items.append(
                    .object([
                        ("alg", .optional(alg)), ("x5c_count", .optional(chain)), ("x5u", .optional(x5u)), ("uuid", .optional(uuid)),
                    ]))
            }
            lines.append("signatures not checked here: vcon-browser verify FILE")
            self.lines = lines
            json = .object([("kind", .string("jws")), ("serialization", .string(serialization.rawValue)), ("signatures", .array(items))])
        case .jwe(let serialization):
            let unprotected = root["unprotected"]
            let protected = Self.decodeHeader(root["protected"]?.string)
            let get = { (key: String) in unprotected?[key] ?? protected?[key] ?? root["header"]?[key] }
            let recipients = root["recipients"]?.elements ?? (root["encrypted_key"] != nil ? [root] : [])
            let algs = recipients.compactMap { ($0["header"]?["alg"] ?? protected?["alg"])?.string }
            let cty = get("cty")?.string, enc = get("enc")?.string, uuid = get("uuid")?.string
            var lines = [
                "\(recipients.count) recipient\(recipients.count == 1 ? "" : "s")"
                    + (algs.isEmpty ? "" : " (\(algs.map(TextSafety.line).joined(separator: ", ")))")
                    + ", enc \(TextSafety.line(enc ?? "not given"))"
            ]
            if let cty { lines.append("content type \(TextSafety.line(cty))") }
            if let uuid { lines.append("header uuid \(TextSafety.line(uuid))") }
            if serialization == .legacyCyphertext { lines.append("early-draft spelling \"cyphertext\" (RFC 7516 says \"ciphertext\")") }
            self.lines = lines
            json = .object([
                ("kind", .string("jwe")), ("serialization", .string(serialization.rawValue)), ("recipients", .int(recipients.count)),
                ("alg", .array(algs.map(JSONOutput.string))), ("enc", .optional(enc)), ("cty", .optional(cty)), ("uuid", .optional(uuid)),
            ])
        default:
            return nil
        }
    }

    /// A protected header: base64url JSON, decoded into its own small document.
    static func decodeHeader(_ text: String?) -> JSONValue? {
        guard let text, case .success(let decoded) = Base64.decode(Array(text.utf8)),
            let document = try? JSONDocument.parse(bytes: decoded.bytes), document.root.isObject
        else { return nil }
        return document.root
    }
}
