import Foundation

/// The clipboard escape sequence (OSC 52): `ESC ] 52 ; c ; <base64> BEL`.
///
/// The copied text travels base64-encoded, so whatever it holds (escape sequences, bidi controls, tags) reaches
/// the terminal only as the 65 letters of the base64 alphabet and lands on the clipboard byte-exact.
public enum OSC52 {
    /// The whole sequence that puts `text` on the clipboard.
    public static func sequence(copying text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
