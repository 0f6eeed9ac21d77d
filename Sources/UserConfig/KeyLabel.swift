import TermUI

/// Key names as the config file writes them: the labels of `--dump-keys` (`j`, `C-d`, `S-Tab`, `Space`, `F1`),
/// a two-key sequence as two labels with a space (`g g`), and the `--keys` notation (`<C-d>`) too.
enum KeyLabel {
    /// The presses of one binding, or nil when a name is unknown or there are more than two presses.
    static func parse(_ text: String) -> [KeyPress]? {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard (1...2).contains(tokens.count) else { return nil }
        var presses: [KeyPress] = []
        for token in tokens {
            guard let press = press(token) else { return nil }
            presses.append(press)
        }
        return presses
    }

    private static func press(_ token: String) -> KeyPress? {
        if token.count == 1, let character = token.first { return .char(character) }
        let name = token.hasPrefix("<") && token.hasSuffix(">") ? String(token.dropFirst().dropLast()) : token
        guard let events = try? KeyScript.parse("<" + name + ">"), events.count == 1, case .key(let press) = events[0] else {
            return nil
        }
        return press
    }
}
