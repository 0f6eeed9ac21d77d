/// Pretty-prints a JSON value into lines for a line diff: members in document order, two spaces a
/// level, every string re-escaped so no control or bidi character is left raw.
///
/// Long strings are cut, and the cut line ends with the length and a short FNV-1a fingerprint of
/// the bytes as written, so two bodies that differ past the cut still give different lines.
/// Printing stops one line past `Limits.maxLines`, which the line diff reports as too large.
enum JSONPrettyLines {
    static func lines(_ value: JSONValue, limits: LineDiff.Limits) -> [String] {
        var printer = Printer(limits: limits)
        printer.write(value, level: 0, prefix: "", comma: false)
        return printer.lines
    }

    private struct Printer {
        let limits: LineDiff.Limits
        var lines: [String] = []

        init(limits: LineDiff.Limits) { self.limits = limits }

        var isFull: Bool { lines.count > limits.maxLines }

        mutating func write(_ value: JSONValue, level: Int, prefix: String, comma: Bool) {
            guard !isFull else { return }
            let pad = String(repeating: "  ", count: level)
            let end = comma ? "," : ""
            switch value.kind {
            case .object, .array:
                let (open, close) = value.isObject ? ("{", "}") : ("[", "]")
                if value.count == 0 {
                    lines.append(pad + prefix + open + close + end)
                    return
                }
                // Deeper than this, the rest of the value is one cut line (hostile nesting must not recurse).
                if level >= limits.maxDepth {
                    let compact = String(decoding: value.minifiedBytes.prefix(limits.stringWidth), as: UTF8.self)
                    lines.append(pad + prefix + TextSafety.line(compact) + "… (nested too deep to print)" + end)
                    return
                }
                lines.append(pad + prefix + open)
                if value.isObject {
                    let members = value.members
                    for (position, member) in members.enumerated() {
                        let key = JSONOutput.string(member.key).render() + ": "
                        write(member.value, level: level + 1, prefix: key, comma: position + 1 < members.count)
                    }
                } else {
                    let elements = value.elements
                    for (position, element) in elements.enumerated() {
                        write(element, level: level + 1, prefix: "", comma: position + 1 < elements.count)
                    }
                }
                lines.append(pad + close + end)
            case .string:
                lines.append(pad + prefix + stringText(value) + end)
            case .number, .bool, .null:
                lines.append(pad + prefix + TextSafety.line(value.rawText) + end)
            }
        }

        /// A string as JSON text, cut at `stringWidth` characters with its length and fingerprint.
        private func stringText(_ value: JSONValue) -> String {
            let length = value.rawStringLength ?? 0
            let width = limits.stringWidth
            if length <= width { return JSONOutput.string(value.string ?? "").render() }
            let (head, fingerprint): (String, UInt32) = value.document.buffer.withUnsafeBytes { bytes in
                let range = value.byteRange
                let inner = UnsafeRawBufferPointer(rebasing: bytes[(range.lowerBound + 1)..<(range.upperBound - 1)])
                return (String(decoding: inner.prefix(width * 2), as: UTF8.self), Self.fnv1a(inner))
            }
            // The head is raw JSON string text: decode it as such so escapes stay escapes.
            let decoded = (try? JSONDocument.parse(string: "\"" + Self.cutEscape(head) + "\""))?.root.string ?? head
            let shown = JSONOutput.string(DiffValues.truncate(decoded, width: width)).render()
            return shown + " (\(length) chars, #" + String(fingerprint, radix: 16) + ")"
        }

        /// Drops a trailing partial escape (`\`, `\u00`) so a cut head still parses as a string.
        private static func cutEscape(_ head: String) -> String {
            var text = head
            if let slash = text.lastIndex(of: "\\"), text.distance(from: slash, to: text.endIndex) < 6 {
                text = String(text[..<slash])
            }
            return text
        }

        /// FNV-1a (32-bit): a cheap fingerprint to tell long strings apart, not a security hash.
        static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
            return hash
        }
    }
}
