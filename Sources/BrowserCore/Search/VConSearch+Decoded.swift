import VConModel

extension VConSearch {
    /// Base64 characters sniffed before deciding to decode a body (344 characters = 258 bytes).
    static let sniffLength = 344

    /// Searches what a body decodes to: base64url text, or the strings of a JSON-in-string body.
    mutating func searchBody(_ content: Content, value: JSONValue, path: JSONPath) -> Int {
        switch content.effectiveEncoding {
        case .base64url?:
            guard let length = value.rawStringLength, sniffIsText(value, length: length) else {
                progress.skippedBinaryBodies += 1
                return 1
            }
            guard length <= maxDecodedBodyLength else {
                progress.skippedLargeBodies += 1
                return 1
            }
            guard let text = content.decodedText() else {
                progress.skippedBinaryBodies += 1
                return length / 1024
            }
            progress.decodedBodies += 1
            let bytes = Array(text.utf8)
            record(
                query.matches(in: bytes, limit: hitLimit - hitCount + 1), in: bytes, kind: .decoded,
                tape: value.index, path: path, innerPath: nil)
            return bytes.count / 1024
        case .json?:
            guard let bytes = value.stringBytes, let inner = Self.innerJSON(bytes) else { return 1 }
            progress.decodedBodies += 1
            searchInner(inner, tape: value.index, path: path)
            return bytes.count / 1024
        default:
            return 1
        }
    }

    /// Decodes only the first characters of a base64url body and checks they are text.
    private func sniffIsText(_ value: JSONValue, length: Int) -> Bool {
        let start = value.byteOffset + 1
        var take = min(length, Self.sniffLength)
        if take < length { take -= take % 4 }
        let prefix = document.buffer[start..<(start + take)]
        guard case .success(let decoded) = Base64.decode(prefix) else { return false }
        return Base64Sniffer.looksLikeText(decoded.bytes)
    }

    /// A document parsed from text that starts with `{` or `[`.
    static func innerJSON(_ bytes: [UInt8]) -> JSONDocument? {
        guard let first = bytes.first(where: { $0 > 0x20 }), first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return nil }
        return try? JSONDocument.parse(bytes: bytes)
    }

    /// Searches every key, string and number of a decoded JSON document as `decoded` hits of the body.
    private mutating func searchInner(_ inner: JSONDocument, tape: Int, path: JSONPath) {
        var nested = VConSearch(document: inner, query: query)
        nested.base64MinimumLength = base64MinimumLength
        nested.hitLimit = max(0, hitLimit - hitCount)
        nested.searchesBodies = false
        nested.pathComponentLimit = max(0, pathComponentLimit - pathComponentsKept)
        nested.run()
        if nested.progress.isTruncated { progress.isTruncated = true }
        pathComponentsKept += nested.pathComponentsKept
        for var hit in nested.hits {
            guard pathComponentsKept + path.components.count <= pathComponentLimit else {
                progress.isTruncated = true
                break
            }
            pathComponentsKept += path.components.count
            hit.innerPath = hit.path
            hit.kind = .decoded
            hit.tapeIndex = tape
            hit.path = path
            hit.pointer = path.pointer
            hits.append(hit)
        }
    }
}
