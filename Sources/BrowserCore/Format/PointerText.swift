/// JSON Pointers as the status line and `y j` show them: `.dialog[2].parties`.
public enum PointerText {
    /// `/dialog/2/parties` → `.dialog[2].parties`; `""` → `.`.
    public static func path(_ pointer: String) -> String {
        jq(pointer, quoteAll: false)
    }

    /// A jq path: like `path`, with keys that are not identifiers quoted (`.["sip-headers"]`).
    public static func jq(_ pointer: String) -> String { jq(pointer, quoteAll: true) }

    private static func jq(_ pointer: String, quoteAll: Bool) -> String {
        guard pointer.hasPrefix("/") else { return "." }
        var out = ""
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = String(raw).replacing("~1", with: "/").replacing("~0", with: "~")
            if let index = Int(token), index >= 0, String(index) == token {
                out += "[\(index)]"
            } else if isIdentifier(token) || !quoteAll {
                out += "." + token
            } else {
                let escaped = token.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
                out += ".[\"" + escaped + "\"]"
            }
        }
        return out.isEmpty ? "." : out
    }

    static func isIdentifier(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first, !token.isEmpty else { return false }
        let letters = { (s: Unicode.Scalar) in (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" }
        return letters(first) && token.unicodeScalars.allSatisfy { letters($0) || ($0 >= "0" && $0 <= "9") }
    }
}
