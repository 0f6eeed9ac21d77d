import VConModel

/// One external file a vCon points at by `url` and `content_hash` (dialog, attachment, analysis or group).
public struct FileReference: Sendable {
    /// Where the reference sits, e.g. `dialog`, `attachments`, `analysis`, `group`, `redacted`, `amended`.
    public let kind: String
    /// JSON Pointer of the object holding it, inside the (unsigned) vCon.
    public let pointer: String
    public let url: String?
    /// `mediatype` or `mimetype`.
    public let mediaType: String?
    /// Every hash given (a `content_hash` array, a single value, or 0.0.1 `alg`+`signature`).
    public let hashes: [ContentHash]
    /// Line and column in the member's own bytes (nil when the vCon came out of a JWS payload).
    public let location: SourceLocation?

    /// The hash that names the file (SHA-512 preferred).
    public var primaryHash: ContentHash? { ContentHash.primary(of: hashes) }

    /// Whether a bundle is expected to hold the file: the draft's four arrays. References from
    /// `redacted`/`amended` may be left out on purpose (an unredacted original), so they only count as users.
    public var isRequired: Bool { ["dialog", "attachments", "analysis", "group"].contains(kind) }

    /// The external references of an unsigned vCon, in document order.
    ///
    /// As in vcon-zip, an entry is a reference when it has both a `url` and a hash.
    public static func all(in vcon: VCon, locate: Bool) -> [FileReference] {
        var out: [FileReference] = []
        func add(_ kind: String, _ owner: JSONValue) {
            let content = Content(owner: owner)
            guard owner.isObject, let url = content.url, !content.hashes.isEmpty else { return }
            out.append(
                FileReference(
                    kind: kind, pointer: owner.pointer, url: url, mediaType: content.mediatype,
                    hashes: content.hashes, location: locate ? owner.location : nil))
        }
        for key in ["dialog", "attachments", "analysis", "group"] {
            for element in vcon.json[key]?.elements ?? [] { add(key, element) }
        }
        if let redacted = vcon.json["redacted"] { add("redacted", redacted) }
        for key in ["amended", "appended"] {
            if let value = vcon.json[key] { add(key, value) }
        }
        return out
    }
}
