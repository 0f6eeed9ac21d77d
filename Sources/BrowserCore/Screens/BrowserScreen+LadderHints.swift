import TermUI

/// The hint bar while the ladder shows, labels from the command table.
extension BrowserScreen {
    static func ladderHints(_ state: AppState) -> [KeyHintBar.Hint] {
        func hint(_ id: CommandID, _ label: String? = nil) -> KeyHintBar.Hint? {
            guard let command = state.keys.keymap.command(id) else { return nil }
            return KeyHintBar.Hint(key: command.shortKeyLabel, label: label ?? command.hint ?? command.help)
        }
        let panel = state.ladder.map { $0.panel != .none } ?? false
        // Help and back come early so they still show at 80 columns.
        var list: [KeyHintBar.Hint?] = [
            KeyHintBar.Hint(key: "j/k", label: "move"), hint(.ladderMessage),
            hint(.ladderMark), hint(.help), hint(.back, panel ? "close" : "back"),
            KeyHintBar.Hint(key: "{/}", label: "error"),
        ]
        if panel { list.append(KeyHintBar.Hint(key: "J/K", label: "scroll msg")) }
        list += [
            KeyHintBar.Hint(key: "H/L", label: "lanes"), hint(.ladderCollapse, "retrans"),
            hint(.ladderFollow), hint(.ladderColour, "colour"),
        ]
        return list.compactMap { $0 }
    }
}
