import ArgumentParser
import VConModel

/// `vcon-browser tree PATH...`: the group / redacted / appended / amended graph of everything opened.
struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Show how vCons link to each other (group, redacted, appended/amended) as a forest.",
        discussion: """
            Opens files, directories (recursively), .vconz bundles and - (standard input) into one library.
            Each node shows its status (here / inline / encrypted / external, not available offline /
            missing / hash mismatch) and its envelope badge. URLs are never fetched: external copies come
            from bundle files/ or --files DIR, with their content_hash checked.
            Exit status: 0; 2 when nothing could be opened.
            """
    )

    @OptionGroup var security: SecurityOptions

    @Flag(name: .long, help: "Print {nodes, edges} as JSON.")
    var json = false

    @Flag(name: .long, help: "ASCII only (no box drawing or symbols).")
    var ascii = false

    @Argument(help: "Files, directories or bundles (- for standard input).")
    var paths: [String]

    func run() throws {
        let opening = try OpenedLibrary.open(paths, security: security, ascii: ascii || json)
        for problem in opening.problems { Output.error(problem) }
        Output.out(json ? TreeReport.json(opening.graph).render(indent: 2) + "\n" : TreeReport.text(opening.graph, ascii: ascii))
        if opening.library.members.isEmpty { throw ExitCode(2) }
    }
}
