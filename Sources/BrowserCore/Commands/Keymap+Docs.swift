import Foundation
import TermUI

/// Text generated from the keymap: `--dump-keys` (plain and Markdown) and the help overlay.
extension Keymap {
    /// `--dump-keys`: one line per command under its group, keys padded to a column.
    public func plainText() -> String {
        let width = (commands.map { $0.keyLabel.count }.max() ?? 0) + 2
        var lines: [String] = []
        for group in CommandGroup.allCases {
            let grouped = commands.filter { $0.group == group }
            guard !grouped.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(group.rawValue)
            for command in grouped {
                let keys = command.keyLabel
                lines.append("  " + keys + String(repeating: " ", count: max(1, width - keys.count)) + command.help)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `--dump-keys --markdown`: the README's key table (between `<!-- keys:begin -->` and `<!-- keys:end -->`).
    public func markdown() -> String {
        var lines = ["| group | keys | action |", "|---|---|---|"]
        for group in CommandGroup.allCases {
            for command in commands where command.group == group {
                let keys = command.keys.map { sequence in
                    "`" + sequence.map(Command.label).joined(separator: " ") + "`"
                }.joined(separator: " ")
                lines.append(
                    "| \(group.rawValue) | \(keys.replacingOccurrences(of: "|", with: "\\|")) | "
                        + command.help.replacingOccurrences(of: "|", with: "\\|") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The help overlay's "keys" tab: group headings, then `keys  help` rows.
    public func helpLines(theme: Theme) -> [SafeText] {
        let width = min(22, (commands.map { $0.keyLabel.count }.max() ?? 0) + 2)
        var lines: [SafeText] = []
        for group in CommandGroup.allCases {
            let grouped = commands.filter { $0.group == group }
            guard !grouped.isEmpty else { continue }
            if !lines.isEmpty { lines.append(SafeText()) }
            lines.append(SafeText(group.rawValue, style: theme.accent))
            for command in grouped {
                var line = SafeText(
                    command.keyLabel.padding(
                        toLength: max(width, command.keyLabel.count + 1),
                        withPad: " ", startingAt: 0), style: theme.accent)
                line.append(command.help)
                lines.append(line)
            }
        }
        return lines
    }
}
