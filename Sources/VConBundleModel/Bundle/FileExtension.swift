import Foundation

/// Chooses the extension of a hash-named bundle file (draft "Extension Determination"):
/// media type first, then the file's magic bytes, then the URL's extension, else `bin`.
public enum FileExtension {
    /// The extension (without a dot) for a file of `mediaType`, starting with `head`, fetched from `url`.
    public static func choose(mediaType: String?, head: [UInt8], url: String?) -> String {
        if let mediaType, let ext = forMediaType(mediaType) { return ext }
        if let ext = sniff(head) { return ext }
        if let url, let ext = fromURL(url) { return ext }
        return "bin"
    }

    /// The usual extension for a media type (parameters ignored), or nil when unknown.
    public static func forMediaType(_ mediaType: String) -> String? {
        let bare = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return byMediaType[bare]
    }

    private static let byMediaType: [String: String] = [
        "audio/wav": "wav", "audio/x-wav": "wav", "audio/wave": "wav", "audio/vnd.wave": "wav",
        "audio/mpeg": "mp3", "audio/mp3": "mp3", "audio/x-mp3": "mp3", "audio/mp4": "m4a", "audio/x-m4a": "m4a",
        "audio/ogg": "ogg", "audio/opus": "opus", "audio/flac": "flac", "audio/x-flac": "flac", "audio/webm": "weba",
        "audio/amr": "amr", "audio/basic": "au", "audio/aac": "aac",
        "video/mp4": "mp4", "video/x-mp4": "mp4", "video/webm": "webm", "video/ogg": "ogv", "video/quicktime": "mov",
        "video/x-msvideo": "avi", "video/mpeg": "mpeg",
        "application/pdf": "pdf", "application/json": "json", "application/vcon+json": "json",
        "application/xml": "xml", "application/zip": "zip", "application/gzip": "gz", "application/cbor": "cbor",
        "application/octet-stream": "bin",
        "text/plain": "txt", "text/html": "html", "text/csv": "csv", "text/markdown": "md", "text/xml": "xml",
        "text/vtt": "vtt", "message/rfc822": "eml", "message/sip": "sip",
        "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "image/svg+xml": "svg",
    ]

    /// The extension suggested by a file's first bytes, or nil.
    public static func sniff(_ head: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + prefix.count && Array(head[offset..<offset + prefix.count]) == prefix
        }
        if starts(Array("RIFF".utf8)), starts(Array("WAVE".utf8), at: 8) { return "wav" }
        if starts(Array("ID3".utf8)) || (head.count > 1 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0) { return "mp3" }
        if starts(Array("%PDF".utf8)) { return "pdf" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "png" }
        if starts([0xFF, 0xD8, 0xFF]) { return "jpg" }
        if starts(Array("GIF8".utf8)) { return "gif" }
        if starts(Array("OggS".utf8)) { return "ogg" }
        if starts(Array("fLaC".utf8)) { return "flac" }
        if starts(Array("ftyp".utf8), at: 4) { return "mp4" }
        if starts([0x1F, 0x8B]) { return "gz" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "zip" }
        let text = head.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if let first = text.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return "json" }
        return nil
    }

    /// The extension of the URL's last path segment (query and fragment dropped), when it looks like one.
    public static func fromURL(_ url: String) -> String? {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let bare = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
        guard let segment = bare.split(separator: "/").last, let dot = segment.lastIndex(of: "."),
            dot != segment.startIndex
        else { return nil }
        let ext = segment[segment.index(after: dot)...].lowercased()
        let safe = !ext.isEmpty && ext.count <= 10 && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return safe ? ext : nil
    }
}
