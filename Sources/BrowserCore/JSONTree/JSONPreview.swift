import TermUI
import VConModel

/// One-line previews of JSON values for tree rows: sanitised, bounded, never decoding big strings.
public enum JSONPreview {
    /// `{12 keys}`, `{1 key}`, `{}`, `[1 000 000 items]`, `[1 item]`, `[]`.
    public static func summary(isObject: Bool, count: Int) -> String {
        if isObject {
            return count == 0 ? "{}" : "{\(ByteCount.grouped(count)) \(count == 1 ? "key" : "keys")}"
        }
        return count == 0 ? "[]" : "[\(ByteCount.grouped(count)) \(count == 1 ? "item" : "items")]"
    }

    /// A scalar: a string in quotes (cut to `options.stringWidth`), a number as written, `true`, `null`.
    public static func scalar(_ value: JSONValue, options: JSONPreviewOptions) -> SafeText {
        switch value.kind {
        case .string: return string(value, options: options)
        case .number: return SafeText(value.numberText ?? "", style: options.numberStyle)
        case .bool: return SafeText(value.bool == true ? "true" : "false", style: options.literalStyle)
        case .null: return SafeText("null", style: options.literalStyle)
        case .object, .array: return SafeText(value.isObject ? "{…}" : "[…]", style: options.summaryStyle)
        }
    }

    /// A member name, sanitised and cut like a string (without quotes unless empty).
    static func keyText(_ key: JSONValue, options: JSONPreviewOptions) -> SafeText {
        let (bytes, cut) = JSONStringPrefix.read(key, maxBytes: options.stringWidth * 4 + 8)
        let name = String(decoding: bytes, as: UTF8.self)
        if name.isEmpty { return SafeText("\"\"", style: options.keyStyle) }
        return bounded(SafeText(name, style: options.keyStyle), cut: cut, options: options)
    }

    /// A string value: `"text"`, `"long te…"`, or `"…" (1.2 MB base64url)` for a long base64 body.
    static func string(_ value: JSONValue, options: JSONPreviewOptions) -> SafeText {
        let length = value.rawStringLength ?? 0
        if length >= options.base64MinimumLength, let alphabet = Base64Sniffer.alphabet(of: value) {
            var text = SafeText("\"\(options.ellipsis)\"", style: options.stringStyle)
            let size = ByteCount.format(Base64Sniffer.decodedSize(encodedLength: length, value: value))
            text.append(" (\(size) \(alphabet))", style: options.summaryStyle)
            return text
        }
        let (bytes, cut) = JSONStringPrefix.read(value, maxBytes: options.stringWidth * 4 + 8)
        var text = SafeText("\"", style: options.stringStyle)
        text.append(
            bounded(
                SafeText(String(decoding: bytes, as: UTF8.self), style: options.stringStyle),
                cut: cut, options: options))
        text.append("\"", style: options.stringStyle)
        return text
    }

    /// Cuts `text` to the preview width, adding the ellipsis when the source was longer than what was read.
    private static func bounded(_ original: SafeText, cut: Bool, options: JSONPreviewOptions) -> SafeText {
        let text = original.asciiOnly(if: options.ascii)
        if text.width > options.stringWidth {
            return text.truncated(to: options.stringWidth, ellipsis: options.ellipsis)
        }
        guard cut else { return text }
        var marked = text
        marked.append(options.ellipsis, style: options.summaryStyle)
        return marked
    }
}
