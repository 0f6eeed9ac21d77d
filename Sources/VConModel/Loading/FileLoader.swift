import Foundation

/// Opens files and standard input as vCons: sniffs gzip, parses JSON, names the form, and
/// follows JWS payloads inward (without judging signatures: that is the envelope layer's job).
public struct FileLoader: Sendable {
    /// Gzip support, from VConBundle; without it a gzip file is named but not opened.
    public var inflater: (any Inflating)?
    /// The largest inflated size accepted from a gzip layer.
    public var inflateLimit: Int = 1 << 31

    public init(inflater: (any Inflating)? = nil) { self.inflater = inflater }

    /// Reads and opens a path (`-` for standard input).
    public func load(path: String) throws(LoadError) -> LoadedFile {
        let buffer: ByteBuffer
        do {
            buffer = path == "-" ? try ByteBuffer.readStream(fd: 0, path: "-") : try ByteBuffer.readFile(atPath: path)
        } catch {
            throw LoadError(kind: .unreadable, source: path, message: error.message)
        }
        return try load(buffer: buffer, source: path)
    }

    /// The layers of a plain JSON vCon, one array that every such file shares (an array each was 5.6 MB over
    /// 100 000 files).
    private static let plain: [VConForm] = [.unsigned]

    /// Opens bytes already in memory. `mediaType` is the media type the bytes came with, when known (an
    /// HTTPS Content-Type, a store's column): core-04 §5.4 identifies a gzip vCon by `application/vcon+gzip`
    /// when a media type is available and by the gzip magic bytes otherwise; either one opens the gzip layer.
    public func load(buffer: ByteBuffer, source: String, mediaType: String? = nil) throws(LoadError) -> LoadedFile {
        var layers: [VConForm] = []
        var current = buffer
        let magic = buffer.withUnsafeBytes(GzipMagic.matches)
        if magic || Self.isGzipMediaType(mediaType) {
            layers.append(.gzip)
            current = try inflate(buffer, source: source, what: magic ? "file" : "file (declared application/vcon+gzip)")
        }
        let document = try parse(current, source: source)
        var form = VConForm.detect(document.root)
        if case .notVCon(let why) = form {
            throw LoadError(kind: .notVCon, source: source, message: "not a vCon: \(why)", location: document.root.location)
        }
        layers.append(form)
        var json = document.root
        var note: String?
        // Follow signed payloads inward (a JWS may sign a JWS, and the payload may be gzip).
        while case .jws = form {
            switch payload(of: json, source: source) {
            case .failure(let problem):
                note = problem.message
                return LoadedFile(source: source, buffer: buffer, layers: layers, document: document, vcon: nil, innerNote: note)
            case .success(let (innerForm, innerJSON, gzipped)):
                if gzipped { layers.append(.gzip) }
                layers.append(innerForm)
                form = innerForm
                json = innerJSON
            }
        }
        switch form {
        case .unsigned:
            return LoadedFile(
                source: source, buffer: buffer, layers: layers == Self.plain ? Self.plain : layers, document: document,
                vcon: VCon(json: json), innerNote: nil)
        case .jwe:
            note = "encrypted: the vCon inside needs the recipient's private key (vcon-browser verify --key KEY.pem)"
        default:
            note = "the payload is \(form)"
        }
        return LoadedFile(source: source, buffer: buffer, layers: layers, document: document, vcon: nil, innerNote: note)
    }

    /// True for `application/vcon+gzip` (case-insensitive, parameters ignored), the gzip vCon media type (§6.2).
    public static func isGzipMediaType(_ mediaType: String?) -> Bool {
        guard let mediaType else { return false }
        let essence = mediaType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? mediaType
        return essence.trimmingCharacters(in: .whitespaces).lowercased() == "application/vcon+gzip"
    }

    private func inflate(_ buffer: ByteBuffer, source: String, what: String) throws(LoadError) -> ByteBuffer {
        guard let inflater else {
            throw LoadError(kind: .unreadable, source: source, message: "the \(what) is gzip-compressed and no gzip support is linked")
        }
        let result: Result<[UInt8], InflateError> = buffer.withUnsafeBytes { bytes in
            do throws(InflateError) { return .success(try inflater.gunzip(bytes, limit: inflateLimit)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let bytes): return ByteBuffer(bytes)
        case .failure(let error):
            throw LoadError(kind: .unreadable, source: source, message: "gzip \(what) cannot be inflated: \(error.message)")
        }
    }

    private func parse(_ buffer: ByteBuffer, source: String) throws(LoadError) -> JSONDocument {
        do {
            return try JSONDocument.parse(buffer)
        } catch {
            // A compact JWS/JWE is plain text, not JSON: wrap it as a JSON string and go on.
            let text = String(decoding: buffer.bytes.prefix(1 << 24), as: UTF8.self)
            if buffer.count < (1 << 24), VConForm.detectCompact(text) != nil {
                let quoted = JSONOutput.string(text.trimmingCharacters(in: .whitespacesAndNewlines)).render()
                if let document = try? JSONDocument.parse(string: quoted) { return document }
            }
            throw LoadError(kind: .notJSON, source: source, message: "not JSON: \(error.message)", location: error.location)
        }
    }

    /// Decodes a JWS payload (general, flattened or compact) into the next layer.
    private func payload(of json: JSONValue, source: String) -> Result<(VConForm, JSONValue, Bool), LoadError> {
        let encoded: String?
        if let compact = json.string {
            let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
            encoded = parts.count == 3 ? String(parts[1]) : nil
        } else {
            encoded = json["payload"]?.string
        }
        guard let encoded else {
            return .failure(LoadError(kind: .notVCon, source: source, message: "the JWS has no payload string"))
        }
        guard case .success(let decoded) = Base64.decode(Array(encoded.utf8)) else {
            return .failure(LoadError(kind: .notVCon, source: source, message: "the JWS payload is not base64url"))
        }
        var bytes = ByteBuffer(decoded.bytes)
        var gzipped = false
        // The JWS `cty` names the payload's media type (core-03 §5.2.2: application/vcon or application/vcon+gzip).
        let cty = Self.protectedContentType(of: json)
        if bytes.withUnsafeBytes(GzipMagic.matches) || Self.isGzipMediaType(cty) {
            gzipped = true
            do { bytes = try inflate(bytes, source: source, what: "JWS payload") } catch { return .failure(error) }
        }
        guard let inner = try? JSONDocument.parse(bytes) else {
            return .failure(LoadError(kind: .notVCon, source: source, message: "the JWS payload is not JSON"))
        }
        let form = VConForm.detect(inner.root)
        if case .notVCon(let why) = form {
            return .failure(LoadError(kind: .notVCon, source: source, message: "the JWS payload is not a vCon: \(why)"))
        }
        return .success((form, inner.root, gzipped))
    }

    /// The `cty` of a JWS's first protected header (general or flattened), if it has one.
    static func protectedContentType(of json: JSONValue) -> String? {
        let protected = json["signatures"]?[0]?["protected"]?.string ?? json["protected"]?.string
        guard let protected, case .success(let decoded) = Base64.decode(Array(protected.utf8)),
            let header = try? JSONDocument.parse(bytes: decoded.bytes)
        else { return nil }
        return header.root["cty"]?.string
    }
}
