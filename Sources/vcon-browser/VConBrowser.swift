import ArgumentParser
import VConModel

/// The `vcon-browser` command: the terminal browser by default, and subcommands for scripts.
@main
struct VConBrowser: ParsableCommand {
    /// The program's version (`--version`, the man page).
    static let version = "0.12.0"

    static let configuration = CommandConfiguration(
        commandName: "vcon-browser",
        abstract: "Browse vCon conversation containers (IETF vCon, every draft generation) in the terminal.",
        usage: """
            vcon-browser [FILE|DIR|BUNDLE|-|@NAME]...   open them in the browser
            vcon-browser --demo                         the built-in demo bundle (also: no file, on a terminal)
            vcon-browser <subcommand> [<options>]       show, validate, verify, tree, ladder, list, bundle, config
            """,
        discussion: VConBrowser.discussion,
        version: VConBrowser.version,
        subcommands: [
            ShowCommand.self, ValidateCommand.self, VerifySubcommand.self, TreeCommand.self, BundleSubcommand.self,
            LadderCommand.self, ConfigCommand.self, ListCommand.self, BrowseCommand.self, DemoCheckCommand.self,
            ManualCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// What `--help` says after the usage: the browser first (its keys and options), then scripts, then the
    /// exit-status table every command follows.
    static let discussion = """
        The browser opens files, directories, .vconz bundles, - (standard input) or @NAME (a source named in the \
        config file); with no file on a terminal, or with --demo, the built-in demo bundle.

        Keys: ? in the browser lists them all (q quits, 1-8 and Tab switch panes, / searches, : opens the command \
        line); `vcon-browser --dump-keys` prints the table and `man vcon-browser` has the whole manual.

        Browser options: --demo, --ascii, --no-color, --no-mouse, --trust/--key/--files, and batch runs \
        (--keys "3jj" --size 80x24 --dump text); `vcon-browser browse --help` lists them. When standard output \
        is not a terminal, files get the `show` summary instead.

        \(ExitStatus.table)
        """
}
