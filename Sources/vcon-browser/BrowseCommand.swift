import ArgumentParser
import VConModel

/// What `vcon-browser FILE...` does with no subcommand. The interactive browser will live here;
/// for now it prints the `show` summary of each file, and the help when no file is given.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open vCon files (for now: the show summary of each).",
        shouldDisplay: false
    )

    @Flag(name: .long, help: "Print the summary as stable JSON.")
    var json = false

    @Argument(help: "vCon files (- for standard input).")
    var files: [String] = []

    func run() throws {
        guard !files.isEmpty else {
            Output.out(VConBrowser.helpMessage() + "\n")
            return
        }
        let status = ShowCommand.show(paths: files, json: json, loader: makeLoader())
        if status != 0 { throw ExitCode(status) }
    }
}
