/// Why a file could not be opened as a vCon at all.
public struct LoadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The bytes could not be read (missing file, permissions, a directory, too large).
        case unreadable
        /// The bytes are not JSON (nor a compact JWS/JWE, nor gzip of either).
        case notJSON
        /// JSON, but not a vCon in any form.
        case notVCon
    }
    public var kind: Kind
    public var source: String
    public var message: String
    public var location: SourceLocation?

    public init(kind: Kind, source: String, message: String, location: SourceLocation? = nil) {
        self.kind = kind
        self.source = source
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(TextSafety.line(source)):\(location.line):\(location.column): \(message)" }
        return "\(TextSafety.line(source)): \(message)"
    }
}

/// A file opened as far as can be done without keys: its layers named, the readable vCon parsed.
public struct LoadedFile: Sendable {
    /// The path, or `-` for standard input.
    public let source: String
    public let buffer: ByteBuffer
    /// The layers from the outside in, e.g. `[gzip, jws(general), unsigned]`.
    public let layers: [VConForm]
    /// The outermost JSON document (after any gzip).
    public let document: JSONDocument
    /// The innermost readable vCon, when no key is needed to reach it. For a JWS this is the
    /// payload *before* any signature check: `layers` says it is signed; verification says if it holds.
    public let vcon: VCon?
    /// Why the inner vCon is not available, when it is not (encrypted, broken payload).
    public let innerNote: String?

    public init(source: String, buffer: ByteBuffer, layers: [VConForm], document: JSONDocument, vcon: VCon?, innerNote: String?) {
        self.source = source
        self.buffer = buffer
        self.layers = layers
        self.document = document
        self.vcon = vcon
        self.innerNote = innerNote
    }

    /// The same file with the vCon reached by decrypting it (the layers of the plaintext appended).
    public func opened(by inner: LoadedFile) -> LoadedFile {
        LoadedFile(
            source: source, buffer: buffer, layers: layers + inner.layers, document: document, vcon: inner.vcon, innerNote: inner.innerNote)
    }

    /// The outermost form.
    public var form: VConForm { layers.first ?? .unsigned }
    /// The uuid an envelope says in the clear: a JWE's `unprotected.uuid`, else the first JWS signature header's.
    public var envelopeUUID: String? {
        let root = document.root
        return root["unprotected"]?["uuid"]?.string ?? root["signatures"]?[0]?["header"]?["uuid"]?.string
    }

    /// True when the vCon was reached through a signature or encryption layer.
    public var isEnveloped: Bool {
        layers.contains { if case .jws = $0 { true } else if case .jwe = $0 { true } else { false } }
    }
}
