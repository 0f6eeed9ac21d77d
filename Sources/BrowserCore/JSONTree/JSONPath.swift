import TermUI

/// Where a value sits in a document, as the status line and `y p`/`y j` show it.
///
///     components  [.key("dialog"), .index(2), .key("odd key")]
///     display     .dialog[2]["odd key"]      (sanitised for the terminal)
///     jq          .dialog[2]["odd key"]      (a valid jq path, for copying)
///     pointer     /dialog/2/odd key          (RFC 6901)
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    /// A jq path: `.dialog[2].parties`, odd keys as `["odd key"]` with JSON escapes; `.` for the root.
    public var jq: String {
        guard !components.isEmpty else { return "." }
        var result = ""
        for component in components {
            switch component {
            case .index(let position):
                result += result.isEmpty ? ".[\(position)]" : "[\(position)]"
            case .key(let key) where Self.isIdentifier(key):
                result += "." + key
            case .key(let key):
                result += (result.isEmpty ? "." : "") + "[" + Self.quoted(key) + "]"
            }
        }
        return result
    }

    /// The jq path made safe for a terminal (bidi and format characters as visible escapes).
    public var display: SafeText { SafeText(jq) }

    /// The path as plain text for the status line (same text as `display`).
    public var description: String { display.plainText }

    /// The JSON Pointer (RFC 6901): `/dialog/2/parties`; empty for the root.
    public var pointer: String {
        components.map { component in
            switch component {
            case .index(let position): "/\(position)"
            case .key(let key): "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            }
        }.joined()
    }

    /// True for keys jq accepts after a dot: `[A-Za-z_][A-Za-z0-9_]*`.
    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, first == UInt8(ascii: "_") || isLetter(first) else { return false }
        return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isLetter($0) || (0x30...0x39).contains($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// A JSON string literal: quotes, backslashes and controls escaped (so the jq path is plain ASCII-safe).
    static func quoted(_ key: String) -> String {
        var result = "\""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
