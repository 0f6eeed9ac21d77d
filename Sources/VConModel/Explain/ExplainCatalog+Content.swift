/// The content members shared by dialog, attachment and analysis objects (inline body or external reference),
/// generated once per owner so each gets its own path and section numbers.
extension ExplainCatalog {
    /// Section numbers of one owner's content members in the core and first drafts.
    struct ContentSections {
        var owner: String
        /// "dialog", "attachment", "analysis".
        var noun: String
        var coreContent: SpecReference
        var coreMediatype: SpecReference
        var coreFilename: SpecReference
        var petrieContent: SpecReference
        var petrieMediatype: SpecReference
        var petrieFilename: SpecReference
    }

    static func contentFields(_ s: ContentSections) -> [FieldExplanation] {
        let o = s.owner
        return [
            FieldExplanation(
                "\(o).body", title: "Inline \(s.noun) content",
                meaning:
                    "The \(s.noun)'s file or data carried inside the vCon. How to read it is given by encoding: text as is (none), a JSON value (json), or binary data as base64url text. It may be missing from a redacted vCon.",
                specs: [s.coreContent, .core("2.3.1", "body"), s.petrieContent],
                spellings: always("body"),
                values: [],
                related: ["\(o).encoding", "\(o).mediatype", "\(o).url"]),
            FieldExplanation(
                "\(o).encoding", title: "Inline content encoding",
                meaning:
                    "Says how body represents the original bytes. Required whenever body is a non-empty value; if it is missing, a reader may guess from mediatype or the filename extension.",
                specs: [s.coreContent, .core("2.3.2", "encoding"), .petrie("2.3.2", "encoding")],
                spellings: always("encoding"),
                values: encodingValues,
                related: ["\(o).body", "\(o).mediatype"]),
            FieldExplanation(
                "\(o).url", title: "External content URL",
                meaning:
                    "An HTTPS address where the \(s.noun)'s file is stored outside the vCon. It must come with a hash (content_hash, or alg and signature in 0.0.1) so the downloaded bytes can be checked. This browser never fetches it by itself.",
                specs: [s.coreContent, .core("2.4.1", "url"), .petrie("2.4.1", "url")],
                spellings: always("url"),
                related: ["\(o).content_hash", "\(o).mediatype"]),
            FieldExplanation(
                "\(o).content_hash", title: "Hash of external content",
                meaning:
                    "Integrity check for the file at url: an algorithm name, a hyphen, and the base64url digest without padding, e.g. \"sha512-...\". It may be one string or an array of them for several algorithms; SHA-512 must be supported.",
                specs: [s.coreContent, .core("2.4.2", "content_hash"), .core("7.3", "Version 0.0.1 to 0.0.2")],
                spellings: contentHashSpellings,
                related: ["\(o).url", "\(o).alg", "\(o).signature"]),
            FieldExplanation(
                "\(o).alg", title: "Hash algorithm of external content (0.0.1)",
                meaning:
                    "The first syntax named the hash algorithm for the file at url in its own member, normally \"SHA-512\". From 0.0.2 on, the algorithm is the prefix of content_hash instead. Not a JWS algorithm despite the name.",
                standing: .retired,
                specs: [.petrie("2.4.2", "alg"), .core("7.3", "Version 0.0.1 to 0.0.2")],
                spellings: legacyHashPartSpellings("alg"),
                values: [AllowedValue("SHA-512", "SHA-512 digest of the referenced bytes", since: "0.0.1")],
                related: ["\(o).signature", "\(o).content_hash"]),
            FieldExplanation(
                "\(o).signature", title: "Digest of external content (0.0.1)",
                meaning:
                    "In the first syntax, the base64url SHA-512 digest of the file at url. It is a plain hash, not a signature. From 0.0.2 on it is folded into content_hash.",
                standing: .retired,
                specs: [.petrie("2.4.3", "signature"), .core("7.3", "Version 0.0.1 to 0.0.2")],
                spellings: legacyHashPartSpellings("signature"),
                related: ["\(o).alg", "\(o).content_hash"]),
            FieldExplanation(
                "\(o).mediatype", title: "Media type of the \(s.noun) content",
                meaning:
                    "The MIME type (type/subtype) of the \(s.noun)'s file, e.g. audio/x-wav or text/plain. Required for inline content; for a URL it may be left to the server's Content-Type.",
                specs: [s.coreMediatype, s.petrieMediatype, .core("7.3", "Version 0.0.1 to 0.0.2")],
                spellings: mediatypeSpellings,
                values: s.noun == "dialog" ? dialogMediaTypes : [],
                related: ["\(o).encoding", "\(o).filename"]),
            FieldExplanation(
                "\(o).filename", title: "Original file name",
                meaning: "The name the \(s.noun)'s file had originally, kept for reference. Optional.",
                specs: [s.coreFilename, s.petrieFilename],
                spellings: always("filename"),
                related: ["\(o).mediatype"]),
        ]
    }

    static let encodingValues = [
        AllowedValue("base64url", "body is the base64url text of the original bytes", since: "0.0.1 +"),
        AllowedValue("json", "body is a JSON value (early drafts: a JSON object in a string)", since: "0.0.1 +"),
        AllowedValue("none", "body is already valid JSON text and is the content as is", since: "0.0.1 +"),
    ]

    static let dialogMediaTypes = [
        AllowedValue("text/plain", "plain text message"),
        AllowedValue("audio/x-wav", "WAV audio"),
        AllowedValue("audio/x-mp3", "MP3 audio"),
        AllowedValue("audio/x-mp4", "MP4 audio"),
        AllowedValue("audio/ogg", "Ogg audio"),
        AllowedValue("video/x-mp4", "MP4 video"),
        AllowedValue("video/ogg", "Ogg video"),
        AllowedValue("multipart/mixed", "a MIME multipart body such as an email; usually carries a boundary parameter"),
    ]
}
