/// Media type syntax (RFC 6838 §4.2 names, RFC 2045 §5.1 parameters), as the draft's Mediatype requires.
public enum MediaTypeSyntax {
    /// What is wrong with a media type string.
    public enum Problem: Sendable, Equatable {
        /// Not `type/subtype` (the reason says why).
        case invalid(String)
        /// Valid, but carries folded header text (line breaks or tabs), as the email examples do.
        case folded
    }

    /// Checks one media type; nil when it is well formed.
    public static func problem(_ text: String) -> Problem? {
        let parts = text.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        let essence = parts[0].trimmingTrailingSpace
        let names = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2 else { return .invalid("it is not of the form type/subtype") }
        guard isRestrictedName(names[0]) else { return .invalid("\"\(TextSafety.line(String(names[0])))\" is not a valid type name") }
        guard isRestrictedName(names[1]) else { return .invalid("\"\(TextSafety.line(String(names[1])))\" is not a valid subtype name") }
        if parts.count == 2 {
            let parameters = parts[1]
            if parameters.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) { return .folded }
            for parameter in parameters.split(separator: ";") where !parameter.allSatisfy({ $0 == " " }) {
                guard parameter.contains("=") else {
                    return .invalid("the parameter \"\(TextSafety.line(String(parameter)))\" is not name=value")
                }
            }
        }
        return nil
    }

    /// RFC 6838 restricted-name: 1 to 127 characters, first alphanumeric.
    static func isRestrictedName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 127, isAlphanumeric(first) else { return false }
        return name.unicodeScalars.allSatisfy { isAlphanumeric($0) || "!#$&-^_.+".unicodeScalars.contains($0) }
    }

    private static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpace: Substring {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
