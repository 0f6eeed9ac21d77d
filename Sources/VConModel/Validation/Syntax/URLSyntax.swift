/// URL checks for external content: an absolute URL, and HTTPS as the draft requires.
public enum URLSyntax {
    public enum Problem: Sendable, Equatable {
        /// Not an absolute URL (no scheme, bad characters, no host).
        case invalid(String)
        /// An absolute URL whose scheme is not https (s3:, http:, file:…).
        case notHTTPS(scheme: String)
    }

    /// Checks one URL; nil for a well-formed https URL with a host.
    public static func problem(_ text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]),
            scalars[1..<colon].allSatisfy({ isLetter($0) || isDigit($0) || "+-.".unicodeScalars.contains($0) })
        else { return .invalid("it has no scheme (an absolute URL such as https://host/path is required)") }
        if let bad = scalars.first(where: { $0.value <= 0x20 || $0.value == 0x7F || "<>\"{}|\\^`".unicodeScalars.contains($0) }) {
            return .invalid(
                "it contains \(bad == " " ? "a space" : "the character " + TextSafety.line(String(bad))), which a URL must percent-encode")
        }
        let scheme = String(String.UnicodeScalarView(scalars[..<colon])).lowercased()
        let rest = String(String.UnicodeScalarView(scalars[(colon + 1)...]))
        if scheme == "https" || scheme == "http" {
            guard rest.hasPrefix("//"), rest.dropFirst(2).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" }).isEmpty == false else {
                return .invalid("an \(scheme) URL needs a host (\(scheme)://host/path)")
            }
        }
        return scheme == "https" ? nil : .notHTTPS(scheme: scheme)
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
}
