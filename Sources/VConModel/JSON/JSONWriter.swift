/// A JSON value to write, with members kept in the order given (stable output for scripts and goldens).
public indirect enum JSONOutput: Sendable, Equatable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    /// A number written exactly as this text (for numbers kept as written in a vCon).
    case number(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.render() == rhs.render() }

    /// A string, or null when absent.
    public static func optional(_ text: String?) -> JSONOutput { text.map(JSONOutput.string) ?? .null }
    /// An integer, or null when absent.
    public static func optional(_ value: Int?) -> JSONOutput { value.map(JSONOutput.int) ?? .null }

    /// The JSON text; `indent` > 0 pretty-prints with that many spaces a level.
    ///
    /// Every control character, DEL, C1 control and bidi control in a string is written as a
    /// `\uXXXX` escape, so the output is safe to print to a terminal as well as exact.
    public func render(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    private func write(into out: inout String, indent: Int, level: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = { (n: Int) in String(repeating: " ", count: indent * n) }
        switch self {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (k, member) in members.enumerated() {
                out += pad(level + 1)
                Self.writeString(member.0, into: &out)
                out += indent > 0 ? ": " : ":"
                member.1.write(into: &out, indent: indent, level: level + 1)
                out += (k + 1 < members.count ? "," : "") + newline
            }
            out += pad(level) + "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (k, item) in items.enumerated() {
                out += pad(level + 1)
                item.write(into: &out, indent: indent, level: level + 1)
                out += (k + 1 < items.count ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .string(let text): Self.writeString(text, into: &out)
        case .number(let text): out += text
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? Self.format(value) : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    private static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `\uXXXX`, or a surrogate pair `\uD8XX\uDCXX` above the BMP (the only escapes JSON has).
    static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        func unit(_ value: UInt32) -> String {
            let hex = String(value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        guard scalar.value > 0xFFFF else { return unit(scalar.value) }
        let offset = scalar.value - 0x10000
        return unit(0xD800 + (offset >> 10)) + unit(0xDC00 + (offset & 0x3FF))
    }

    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TextSafety.needsEscape(scalar) {
                    out += jsonEscape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
