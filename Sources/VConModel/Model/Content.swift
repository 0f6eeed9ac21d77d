/// The body of a dialog, analysis or attachment: inline (`body` + `encoding`) or external (`url` + hash).
///
/// Nothing is decoded until asked: size and media type come from the JSON tape.
public struct Content: Sendable {
    /// The object that holds the content fields.
    public let owner: JSONValue

    public init(owner: JSONValue) { self.owner = owner }

    public enum Encoding: Sendable, Equatable, CustomStringConvertible {
        case none, base64url, json
        case other(String)
        public var description: String {
            switch self {
            case .none: "none"
            case .base64url: "base64url"
            case .json: "json"
            case .other(let text): TextSafety.line(text)
            }
        }
    }

    public var body: JSONValue? { owner["body"].flatMap { $0.isNull ? nil : $0 } }
    public var url: String? { owner["url"]?.string }
    public var filename: String? { owner["filename"]?.string }
    public var isInline: Bool { body != nil }
    public var isExternal: Bool { url != nil }

    /// `mediatype`, or the 0.0.1 `mimetype`.
    public var mediatype: String? { owner["mediatype"]?.string ?? owner["mimetype"]?.string }

    /// The encoding as written.
    public var declaredEncoding: Encoding? {
        guard let text = owner["encoding"]?.string else { return nil }
        switch text {
        case "none": return Encoding.none
        case "base64url": return .base64url
        case "json": return .json
        default: return .other(text)
        }
    }

    /// The encoding to use: the declared one, or inferred from the body when missing.
    public var effectiveEncoding: Encoding? {
        if let declared = declaredEncoding { return declared }
        guard let body else { return nil }
        if body.isObject || body.isArray { return .json }
        return Encoding.none
    }

    /// Hashes from `content_hash` (string or array) or the 0.0.1 `alg` + `signature`.
    public var hashes: [ContentHash] {
        if let value = owner["content_hash"] {
            if let text = value.string { return [ContentHash(contentHash: text)] }
            return value.elements.compactMap { $0.string.map(ContentHash.init(contentHash:)) }
        }
        if let alg = owner["alg"]?.string, let signature = owner["signature"]?.string {
            return [ContentHash(legacyAlgorithm: alg, signature: signature)]
        }
        return []
    }

    /// The preferred hash to check: SHA-512 first.
    public var preferredHash: ContentHash? {
        hashes.filter { $0.algorithm != nil && $0.digest != nil }.max { ($0.algorithm ?? .sha256) < ($1.algorithm ?? .sha256) }
    }

    /// The size of the body as written (string length for text, source length for JSON).
    public var encodedSize: Int? {
        guard let body else { return nil }
        return body.rawStringLength ?? body.byteRange.count
    }

    /// Why a body could not be decoded.
    public struct DecodeError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The body's bytes: base64url decoded, `none` as UTF-8, `json` bodies as their text
    /// (a JSON string holding JSON gives the inner text).
    public func decodedBytes() -> Result<[UInt8], DecodeError> {
        guard let body else { return .failure(DecodeError(message: "no inline body")) }
        switch effectiveEncoding ?? Encoding.none {
        case .base64url:
            guard let text = body.stringBytes else { return .failure(DecodeError(message: "a base64url body must be a string")) }
            switch Base64.decode(text) {
            case .success(let decoded): return .success(decoded.bytes)
            case .failure(let error): return .failure(DecodeError(message: "body is not base64url: \(error.message)"))
            }
        case .json:
            if let text = body.stringBytes { return .success(text) }
            return .success(Array(body.document.buffer[body.byteRange]))
        case .none, .other:
            if let text = body.stringBytes { return .success(text) }
            return .success(Array(body.document.buffer[body.byteRange]))
        }
    }

    /// The body as text when it decodes to valid UTF-8, else nil.
    public func decodedText() -> String? {
        guard case .success(let bytes) = decodedBytes() else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// A JSON body as a value: an object/array body directly, or a string body holding JSON text.
    public func jsonValue() -> JSONValue? {
        guard let body else { return nil }
        if body.isObject || body.isArray { return body }
        guard case .success(let bytes) = decodedBytes(), let first = bytes.first(where: { $0 > 0x20 }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        return try? JSONDocument.parse(bytes: bytes).root
    }
}
