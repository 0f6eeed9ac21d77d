import ArgumentParser
import Foundation

/// `vcon-browser manual`: the man page (roff), generated from the argument definitions, so it cannot drift
/// from `--help`. `install` writes it to `share/man/man1/vcon-browser.1`; a test keeps `Docs/vcon-browser.1` equal.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the man page (roff) generated from the argument definitions.",
        shouldDisplay: false)

    /// The subcommands the page documents, in order (the browser first).
    static let sections: [(name: String, command: any ParsableCommand.Type)] = [
        ("vcon-browser [FILE|DIR|BUNDLE|-|@NAME]...", BrowseCommand.self), ("show", ShowCommand.self),
        ("validate", ValidateCommand.self), ("verify", VerifySubcommand.self), ("tree", TreeCommand.self),
        ("bundle", BundleSubcommand.self), ("ladder", LadderCommand.self), ("config", ConfigCommand.self),
    ]

    func run() {
        Output.out(Self.page())
    }

    /// The whole page.
    static func page() -> String {
        var lines = [
            ".TH VCON-BROWSER 1", ".SH NAME", "vcon-browser \\- " + roff(VConBrowser.configuration.abstract),
            ".SH SYNOPSIS", ".B vcon-browser", "[\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIFILE\\fR...]",
            ".SH DESCRIPTION", roff(VConBrowser.configuration.discussion),
        ]
        for (name, command) in sections {
            lines += [".SH " + roff(name.hasPrefix("vcon-browser") ? name : "vcon-browser " + name), ".nf"]
            lines += VConBrowser.helpMessage(for: command, columns: 100).split(separator: "\n", omittingEmptySubsequences: false)
                .map { roff(String($0)) }
            lines.append(".fi")
        }
        lines += [
            ".SH FILES", "$XDG_CONFIG_HOME/vcon-browser/config.toml (or ~/.config/vcon-browser/config.toml): see",
            ".B vcon-browser config --print-defaults", ".SH ENVIRONMENT",
            "NO_COLOR, VCON_TRUST, XDG_CONFIG_HOME, HOME, TZ;",
            "VCON_OPENER (the program the o key hands a body to; else run-mailcap), SSH_CONNECTION and SSH_TTY (o is refused),",
            "TMPDIR (where o's private copy goes).",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text made safe for roff: backslashes escaped, a leading `.` or `'` guarded.
    static func roff(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = line.replacingOccurrences(of: "\\", with: "\\e")
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }.joined(separator: "\n")
    }
}
