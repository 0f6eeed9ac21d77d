import ArgumentParser
import VConCommands
import VConModel

/// `vcon-browser tree PATH...`: the group / redacted / appended / amended graph of everything opened.
struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Show how vCons link to each other (group, redacted, appended/amended) as a forest.",
        discussion: """
            Opens files, directories (recursively), .vconz bundles and - (standard input) into one library. \
            Each node shows its status (here / inline / encrypted / external, not available offline / \
            missing / hash mismatch) and its envelope badge. URLs are never fetched: external copies come \
            from bundle files/ or --files DIR, with their content_hash checked.

            Exit status: the table of `vcon-browser --help` (the worst over the inputs).
            """
    )

    @OptionGroup var security: SecurityOptions

    @OptionGroup(title: "Stores") var store: StoreOptions

    @Flag(name: .long, help: "Print {nodes, edges} as JSON.")
    var json = false

    @OptionGroup var asciiOption: ASCIIOption

    @Argument(help: "Files, directories or bundles (- for standard input), stores (the newest 50) or SOURCE#<uuid>.")
    var paths: [String]

    func run() throws {
        let ascii = asciiOption.isOn
        let opening = try OpenedLibrary.open(paths, security: security, ascii: ascii || json, store: store.settings)
        for problem in opening.notes + opening.problems { Output.error(problem) }
        if json {
            Output.out(TreeReport.json(opening.graph).render(indent: 2) + "\n")
        } else {
            Output.text(TreeReport.text(opening.graph, ascii: ascii), ascii: ascii)
        }
        if opening.status != ExitStatus.ok { throw ExitCode(opening.status) }
    }
}
