import Foundation

/// What `Envelope.unwrap` needs from the outside world.
public struct EnvelopeContext: Sendable {
    /// Signature checks, decryption and digests (VConCrypto's `OpenSSLJOSE`).
    public var crypto: any JOSECrypto
    /// gzip (VConBundle's zlib inflater); without it a gzip layer is unreadable.
    public var inflater: (any Inflating)?
    /// The time certificates are checked against (pinned in tests).
    public var now: Date
    /// Most layers followed before giving up (guards against a JWS nested in itself forever).
    public var maxLayers: Int
    /// Largest gzip output accepted.
    public var maxInflatedBytes: Int

    public init(
        crypto: any JOSECrypto, inflater: (any Inflating)?, now: Date = Date(),
        maxLayers: Int = 32, maxInflatedBytes: Int = 1 << 31
    ) {
        self.crypto = crypto
        self.inflater = inflater
        self.now = now
        self.maxLayers = maxLayers
        self.maxInflatedBytes = maxInflatedBytes
    }
}

/// The unwrapped stack: layers outermost first, the file verdict, and the innermost vCon.
public struct EnvelopeResult: Sendable {
    public var layers: [EnvelopeLayer]
    /// The worst of the layers.
    public var verdict: FileVerdict
    /// The unsigned vCon's bytes (nil when the stack never reached one).
    public var innerBytes: [UInt8]?
    /// The parsed unsigned vCon (nil when the stack never reached one).
    public var innerDocument: JSONDocument?

    /// True when a JWE was opened and no signature was found inside it ("⚠ Encrypted, not signed").
    public var encryptedButNotSigned: Bool {
        layers.contains { $0.kind == .jwe && $0.verdict == .decrypted } && !layers.contains { $0.kind == .jws }
    }
}

/// Unwraps a file's envelope stack: gzip → JWE → JWS (→ JWS …) → gzip payload → unsigned vCon.
public enum Envelope {
    /// Unwraps `bytes` layer by layer; never throws: every problem becomes a layer verdict and reason.
    public static func unwrap(_ bytes: [UInt8], context: EnvelopeContext) -> EnvelopeResult {
        var state = UnwrapState(context: context)
        var current = bytes
        while true {
            if state.layers.count >= context.maxLayers {
                state.layers.append(
                    EnvelopeLayer(
                        kind: .vcon, verdict: .unreadable,
                        reason: "more than \(context.maxLayers) nested layers: stopped", byteCount: current.count))
                return state.finish(inner: nil)
            }
            guard let next = state.step(current) else { return state.finish(inner: state.innerDocument) }
            current = next
        }
    }

    /// Judges a file already parsed as plain JSON (no gzip, not a compact JOSE string) without parsing it again:
    /// an unsigned vCon reuses `document` (its `innerBytes` stay nil: nothing is copied); a JWS or JWE falls back
    /// to `unwrap(bytes)`, which decodes its layers.
    public static func unwrap(parsed document: JSONDocument, context: EnvelopeContext) -> EnvelopeResult {
        let root = document.root
        if JWEMessage.parse(json: root) != nil || JWSMessage.parse(json: root) != nil {
            return unwrap(document.buffer.bytes, context: context)
        }
        var state = UnwrapState(context: context)
        state.vcon(document, byteCount: document.buffer.count, bytes: nil)
        return state.finish(inner: state.innerDocument)
    }
}

/// The loop's memory between layers.
struct UnwrapState {
    let context: EnvelopeContext
    var layers: [EnvelopeLayer] = []
    var innerDocument: JSONDocument?
    var innerBytes: [UInt8]?

    init(context: EnvelopeContext) {
        self.context = context
    }

    /// Reads one layer; returns the next layer's bytes, or nil when the stack ends here.
    mutating func step(_ bytes: [UInt8]) -> [UInt8]? {
        let isGzip = bytes.withUnsafeBytes { GzipMagic.matches($0) }
        if isGzip { return gunzip(bytes) }
        if let parts = compactJOSEParts(bytes) {
            if parts.count == 3 { return jws(JWSMessage.parse(compact: parts), byteCount: bytes.count) }
            return jwe(JWEMessage.parse(compact: parts), byteCount: bytes.count)
        }
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes: bytes)
        } catch {
            layers.append(
                EnvelopeLayer(
                    kind: .vcon, verdict: .unreadable, reason: "not JSON: \(error.description)", byteCount: bytes.count))
            return nil
        }
        let root = document.root
        switch JWEMessage.parse(json: root) {
        case .success(let message): return jwe(message, byteCount: bytes.count)
        case .failure(let problem): return malformed(.jwe, problem, byteCount: bytes.count)
        case nil: break
        }
        switch JWSMessage.parse(json: root) {
        case .success(let message): return jws(message, byteCount: bytes.count)
        case .failure(let problem): return malformed(.jws, problem, byteCount: bytes.count)
        case nil: break
        }
        vcon(document, byteCount: bytes.count, bytes: bytes)
        return nil
    }

    private mutating func malformed(_ kind: LayerKind, _ problem: JOSEFormatError, byteCount: Int) -> [UInt8]? {
        let what = kind == .jws ? "JWS" : "JWE"
        layers.append(
            EnvelopeLayer(kind: kind, verdict: .unreadable, reason: "malformed \(what): \(problem.message)", byteCount: byteCount))
        return nil
    }

    private mutating func gunzip(_ bytes: [UInt8]) -> [UInt8]? {
        guard let inflater = context.inflater else {
            layers.append(
                EnvelopeLayer(
                    kind: .gzip, verdict: .unreadable, reason: "gzip-compressed, and no inflater is available", byteCount: bytes.count))
            return nil
        }
        do {
            let inflated = try bytes.withUnsafeBytes { buffer throws(InflateError) in
                try inflater.gunzip(buffer, limit: context.maxInflatedBytes)
            }
            layers.append(
                EnvelopeLayer(
                    kind: .gzip, verdict: .plain, reason: "gzip: \(bytes.count) → \(inflated.count) bytes", byteCount: bytes.count))
            return inflated
        } catch {
            layers.append(EnvelopeLayer(kind: .gzip, verdict: .unreadable, reason: "gzip data is broken: \(error)", byteCount: bytes.count))
            return nil
        }
    }

    /// The innermost layer: a vCon (or something that is not one).
    mutating func vcon(_ document: JSONDocument, byteCount: Int, bytes: [UInt8]?) {
        let root = document.root
        guard root.isObject, root.keys.contains(where: { JWSMessage.vconMemberNames.contains($0) }) else {
            let what = root.isObject ? "a JSON object with none of the vCon members" : "JSON, but not an object"
            layers.append(EnvelopeLayer(kind: .vcon, verdict: .unreadable, reason: "not a vCon: \(what)", byteCount: byteCount))
            return
        }
        innerDocument = document
        innerBytes = bytes
        var layer: EnvelopeLayer
        if layers.contains(where: { $0.kind == .jws }) {
            layer = EnvelopeLayer(kind: .vcon, verdict: .plain, reason: "the signed vCon", byteCount: byteCount)
        } else if layers.contains(where: { $0.kind == .jwe && $0.verdict == .decrypted }) {
            layer = EnvelopeLayer(
                kind: .vcon, verdict: .unsigned,
                reason: "encrypted but not signed: anyone with the recipient's public key could have made this content",
                byteCount: byteCount)
            if let index = layers.lastIndex(where: { $0.kind == .jwe }) {
                layers[index].notes.append(
                    EnvelopeNote(
                        .warning,
                        "encrypted but not signed: the decrypted content carries no signature (the spec signs first, then encrypts)"))
            }
        } else {
            layer = EnvelopeLayer(
                kind: .vcon, verdict: .unsigned, reason: "no signature: nothing vouches for this content", byteCount: byteCount)
        }
        checkUUIDs(against: root["uuid"]?.string, layer: &layer)
        layers.append(layer)
    }

    /// Compares each layer's claimed `uuid` with the vCon's own.
    private mutating func checkUUIDs(against uuid: String?, layer: inout EnvelopeLayer) {
        for index in layers.indices {
            let claims = ([layers[index].claimedUUID] + layers[index].signatures.map(\.uuid)).compactMap { $0 }
            for claim in Set(claims).sorted() {
                if let uuid, claim == uuid {
                    layers[index].notes.append(EnvelopeNote(.info, "header uuid \(claim) matches the vCon's uuid"))
                } else if let uuid {
                    layers[index].notes.append(EnvelopeNote(.warning, "header uuid \(claim) does not match the vCon's uuid \(uuid)"))
                } else {
                    layers[index].notes.append(EnvelopeNote(.warning, "header uuid \(claim), but the vCon has no uuid"))
                }
            }
        }
    }

    func finish(inner: JSONDocument?) -> EnvelopeResult {
        EnvelopeResult(
            layers: layers, verdict: FileVerdict.of(layers.map(\.verdict)),
            innerBytes: inner == nil ? nil : innerBytes, innerDocument: inner)
    }
}
