import BrowserCore
import Foundation
import TermUI

/// The text of `vcon-browser config --print-defaults`: a complete config file at the defaults, every key
/// explained, the key table commented out (uncomment a line to rebind). Parsing it gives `Settings.defaults`.
public enum ConfigDefaults {
    /// The defaults as a config file.
    public static func text() -> String {
        var lines = [
            "# vcon-browser configuration: $XDG_CONFIG_HOME/vcon-browser/config.toml (or ~/.config/vcon-browser/config.toml).",
            "# Check it with `vcon-browser config --check`. Every value below is the default.",
            "",
            "# Colours: \"dark\" (bright colours for dark backgrounds), \"light\", or \"16-colour\" (readable on both).",
            "# NO_COLOR and --no-color turn colour off whatever the theme.",
            "theme = \"16-colour\"",
            "",
            "[time]",
            "# The time mode at start (T cycles it): utc, local, written, relative, delta, or a fixed offset like +02:00.",
            "mode = \"utc\"",
            "# What \"local\" means: \"system\" (TZ), an IANA zone such as \"Europe/Berlin\", or an offset like -05:00.",
            "zone = \"system\"",
            "",
            "[security]",
            "# Trust anchors (PEM certificates or directories of them) and keys (PEM private keys to decrypt,",
            "# public keys to pin), added to --trust / VCON_TRUST and --key. ~/ is your home directory.",
            "trust = []",
            "keys = []",
            "",
            "# Named sources, opened with `vcon-browser @NAME`: a URL or a path, as on the command line.",
            "# Never put a password here: PostgreSQL reads ~/.pgpass and PGPASSWORD.",
            "# [sources.prod]",
            "# url = \"postgres://reader@db.example.com/vcons\"",
            "",
            "[keys]",
            "# Rebind a command: name = [\"key\", …]. A key is j, C-d (Ctrl), M-x (Alt), S-Tab, Enter, Esc, Space, F1,",
            "# Up, PgDn, …, or a two-key sequence such as \"g g\". A key taken from another command moves to this one.",
        ]
        for command in CommandTable.all {
            let keys = command.keys.map { quoted($0.map { KeyScript.label(for: $0) }.joined(separator: " ")) }
            lines.append("# \(command.id.rawValue) = [\(keys.joined(separator: ", "))]  # \(command.help)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string: `\` and `"` escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
