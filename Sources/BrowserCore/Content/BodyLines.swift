import Foundation
import TermUI
import VConModel

/// The body of a dialog, analysis or attachment as detail lines: text wrapped, `json` as a tree, base64url
/// decoded when it is text, else described (size, media type, hash status) with a hex view on demand.
///
/// Only the selected item's body is ever decoded, and only when shown: the first screen of a huge file
/// decodes nothing.
enum BodyLines {
    /// Text bodies larger than this are shown cut, with a note (save them with `s`).
    /// Why 32 KiB (≈ 400 rows at 80 columns): the detail is wrapped whole on every pane switch and
    /// resize, and 256 KiB of an unencoded base64 recording (vcon-js/inline-recording-output) took
    /// 2.4 s per key in a debug build (the key sweep, issue 12.1).
    static let shownTextLimit = 32 * 1024
    /// base64url bodies up to this size are decoded to see whether they are text when no media type says so.
    static let sniffLimit = 1024 * 1024
    /// Bytes shown in the hex view.
    static let hexLimit = 4096
    /// Tree rows shown for a JSON body.
    static let treeRowLimit = 5000
    /// Levels of a body drawn as a tree; deeper containers keep their summary row and point to the JSON pane.
    /// Why: each row is indented by its depth and the walk recursed once per level, so a body nested
    /// 10 000 deep drew 5 000 rows of up to 20 000 spaces and never finished.
    static let treeDepthLimit = 64

    static func write(_ content: Content, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        w.blank()
        let bodyPointer = pointer + "/body"
        guard content.body != nil else {
            if let url = content.url {
                w.heading("Body (external)", pointer: pointer + "/url")
                w.field("url", url, pointer: pointer + "/url")
                hashLines(content, pointer: pointer, into: &w, context: context)
                w.field(
                    "status", "not fetched: the browser never goes online", pointer: pointer + "/url",
                    style: context.theme.muted)
            } else {
                w.heading("No body")
            }
            return
        }
        let encoding = content.effectiveEncoding ?? .none
        let size = content.encodedSize ?? 0
        w.heading("Body (\(encoding), \(ByteCount.format(size)) as written)", pointer: bodyPointer)
        hashLines(content, pointer: pointer, into: &w, context: context)
        if context.hex {
            hexLines(content, pointer: bodyPointer, into: &w)
            return
        }
        switch encoding {
        case .json:
            if let value = content.jsonValue() {
                jsonTree(value, pointer: bodyPointer, into: &w, context: context)
            } else {
                textLines(content, pointer: bodyPointer, into: &w, context: context)
            }
        case .base64url:
            let decodedSize = size * 3 / 4
            if isTextMedia(content.mediatype) || (content.mediatype == nil && size <= sniffLimit),
                size <= sniffLimit * 8, let text = content.decodedText()
            {
                w.field(
                    "decoded", "\(ByteCount.format(text.utf8.count)) of text" + (content.mediatype.map { ", \($0)" } ?? ""),
                    pointer: bodyPointer)
                if isJSONMedia(content.mediatype), let value = content.jsonValue() {
                    jsonTree(value, pointer: bodyPointer, into: &w, context: context)
                } else {
                    shownText(text, pointer: bodyPointer, into: &w, context: context)
                }
            } else {
                w.field(
                    "binary", "about \(ByteCount.format(decodedSize)) " + (content.mediatype ?? "(no media type)"),
                    pointer: bodyPointer)
                if let filename = content.filename { w.field("filename", filename, pointer: pointer + "/filename") }
                w.lines.append(DetailLine(SafeText("  x: hex view   s: save to a file", style: context.theme.muted)))
            }
        case .none, .other:
            textLines(content, pointer: bodyPointer, into: &w, context: context)
        }
    }

    private static func textLines(
        _ content: Content, pointer: String, into w: inout DetailWriter,
        context: ContentContext
    ) {
        guard let body = content.body else { return }
        if body.kind != .string {
            jsonTree(body, pointer: pointer, into: &w, context: context)
            return
        }
        let length = body.rawStringLength ?? 0
        if length > shownTextLimit {
            let head = DetailPreview.prefix(of: body, limit: shownTextLimit)
            shownText(head, pointer: pointer, into: &w, context: context)
        } else {
            shownText(body.string ?? "", pointer: pointer, into: &w, context: context)
        }
    }

    private static func shownText(_ text: String, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        if text.utf8.count > shownTextLimit {
            let cut = String(decoding: text.utf8.prefix(shownTextLimit), as: UTF8.self)
            w.text(cut, pointer: pointer)
            w.lines.append(
                DetailLine(
                    SafeText(
                        "  \(context.glyphs.ellipsis) \(ByteCount.format(text.utf8.count - shownTextLimit)) more; s saves the whole body",
                        style: context.theme.muted)))
        } else {
            w.text(text, pointer: pointer)
        }
    }

    /// A JSON value as indented `key: value` rows (one per node, up to `treeRowLimit`).
    static func jsonTree(_ value: JSONValue, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        var count = 0
        func visit(_ value: JSONValue, key: String?, pointer: String, depth: Int) {
            guard count < treeRowLimit else { return }
            count += 1
            var text = SafeText(String(repeating: "  ", count: depth + 1))
            if let key { text.append(key + ": ", style: context.theme.muted) }
            if value.isObject || value.isArray {
                text.append(DetailPreview.value(value), style: context.theme.muted)
            } else {
                text.append(DetailPreview.value(value, limit: 4000))
            }
            w.lines.append(DetailLine(text, pointer: pointer, indent: 2 * depth + 4))
            guard value.isObject || value.isArray, value.endIndex > value.index + 1 else { return }
            guard depth < treeDepthLimit else {
                count += 1
                w.lines.append(
                    DetailLine(
                        SafeText(
                            String(repeating: "  ", count: depth + 2)
                                + "\(context.glyphs.ellipsis) nested deeper: see the JSON pane (8)", style: context.theme.muted)))
                return
            }
            // Walk the tape directly so a huge array stops costing anything once the row limit is reached.
            var child = value.index + 1
            var position = 0
            while child < value.endIndex, count < treeRowLimit {
                if value.isObject {
                    let name = JSONValue(document: value.document, index: child).string ?? ""
                    let member = JSONValue(document: value.document, index: child + 1)
                    visit(member, key: name, pointer: pointer + "/" + escape(name), depth: depth + 1)
                    child = member.endIndex
                } else {
                    let element = JSONValue(document: value.document, index: child)
                    visit(element, key: "[\(position)]", pointer: pointer + "/\(position)", depth: depth + 1)
                    child = element.endIndex
                }
                position += 1
            }
        }
        visit(value, key: nil, pointer: pointer, depth: 0)
        if count >= treeRowLimit {
            w.lines.append(
                DetailLine(
                    SafeText(
                        "  \(context.glyphs.ellipsis) more in the JSON pane (8)",
                        style: context.theme.muted)))
        }
    }

    /// The first `hexLimit` bytes as `offset  hex  ascii` rows; only that prefix of the body is decoded.
    private static func hexLines(_ content: Content, pointer: String, into w: inout DetailWriter) {
        let bytes: [UInt8]
        if content.effectiveEncoding == .base64url, let body = content.body {
            let prefixChars = (hexLimit / 3 + 1) * 4
            let head =
                body.withUnescapedStringBytes { Array($0.prefix(prefixChars)) } ?? Array((body.stringBytes ?? []).prefix(prefixChars))
            switch Base64.decode(head) {
            case .success(let decoded): bytes = decoded.bytes
            case .failure(let error):
                w.field("error", "not base64url: \(error.message)", pointer: pointer)
                return
            }
        } else if case .success(let decoded) = content.decodedBytes() {
            bytes = decoded
        } else {
            return
        }
        let shown = Array(bytes.prefix(hexLimit))
        w.field("hex", "first \(Counted.text(shown.count, "byte")) (x: back to the decoded view)", pointer: pointer)
        for row in stride(from: 0, to: shown.count, by: 16) {
            let chunk = shown[row..<min(row + 16, shown.count)]
            var line = "  " + hex(row, digits: 8) + "  "
            line += chunk.map { hex(Int($0), digits: 2) }.joined(separator: " ")
            line += String(repeating: " ", count: (16 - chunk.count) * 3) + "  "
            line += String(chunk.map { $0 >= 0x20 && $0 < 0x7F ? Character(Unicode.Scalar($0)) : "." })
            w.lines.append(DetailLine(SafeText(line), pointer: pointer, indent: 2))
        }
    }

    private static func hashLines(
        _ content: Content, pointer: String, into w: inout DetailWriter,
        context: ContentContext
    ) {
        let hashes = content.hashes
        if hashes.isEmpty {
            if content.url != nil { w.field("hash", "none given: the content cannot be checked", pointer: pointer) }
            return
        }
        let hashPointer = pointer + "/content_hash"
        switch context.hashChecks.outcome(document: context.documentIndex, pointer: pointer) {
        case .checked(let checks):
            for check in checks { InlineHashText.field(check, pointer: hashPointer, into: &w, context: context) }
        case .tooLarge(let size):
            for hash in hashes {
                w.field(
                    "hash", "\(hash.algorithmName) given; not checked: too large (\(ByteCount.format(size)))",
                    pointer: hashPointer, style: context.theme.muted)
            }
        case nil:
            for hash in hashes {
                let status = hash.problem.map { "malformed: \($0)" } ?? (content.isInline ? "given" : "given; no local copy")
                w.field("hash", "\(hash.algorithmName) \(status)", pointer: hashPointer)
            }
        }
    }

    static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    static func isTextMedia(_ type: String?) -> Bool {
        guard let type = type?.lowercased() else { return false }
        return type.hasPrefix("text/") || isJSONMedia(type) || type.contains("xml") || type.hasPrefix("message/")
            || type == "application/sdp" || type.contains("sip")
    }

    static func isJSONMedia(_ type: String?) -> Bool {
        guard let type = type?.lowercased() else { return false }
        return type.contains("json")
    }
}
