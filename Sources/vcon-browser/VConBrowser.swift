import ArgumentParser
import VConModel

/// The `vcon-browser` command: subcommands for scripts, and (later) the interactive browser by default.
@main
struct VConBrowser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcon-browser",
        abstract: "Browse, summarise and check vCon conversation containers (IETF vCon, every draft generation).",
        discussion: """
            With files and no subcommand, prints the same summary as `show` for each file.
            Exit status: 0 success; 1 a file is JSON but not a vCon (show) or has errors (validate);
            2 a file cannot be read or is not JSON.
            """,
        subcommands: [
            ShowCommand.self, ValidateCommand.self, VerifySubcommand.self, TreeCommand.self, BundleSubcommand.self,
            LadderCommand.self, ConfigCommand.self, ListCommand.self, BrowseCommand.self, DemoCheckCommand.self,
            ManualCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
