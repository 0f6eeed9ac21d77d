import ArgumentParser
import VConCommands
import VConLibrary
import VConModel

/// `vcon-browser validate FILE...`: conformance findings against the newest draft, per generation.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check vCons against the core draft: file:line:column: severity: message [rule §section] (pointer).",
        discussion: """
            Profiles: 0.4.0 files are checked against draft-ietf-vcon-vcon-core-04 unless --profile core-03 is given; \
            older files against their own generation's rules unless a profile is named. --json names the profile per file.

            Exit status: 0 when no file has errors; 1 when any finding is an error (a file that is JSON \
            but not a vCon counts as one); 2 when a file cannot be read or is not JSON at all.
            """
    )

    @Flag(name: .long, help: "Print an array of {file, findings} as JSON.")
    var json = false

    @OptionGroup var profileOption: ProfileOption

    @OptionGroup var asciiOption: ASCIIOption

    @OptionGroup(title: "Stores") var store: StoreOptions

    @Argument(help: "vCon files (- for standard input), or store members (SOURCE#<uuid>).")
    var files: [String]

    func run() throws {
        let status = Self.validate(
            paths: files, json: json, ascii: asciiOption.isOn, loader: makeLoader(), profile: try profileOption.resolved(),
            store: store.settings)
        if status != 0 { throw ExitCode(status) }
    }

    /// Validates each path; prints findings; returns the exit status.
    static func validate(
        paths: [String], json: Bool, ascii: Bool = false, loader: FileLoader, profile: Profile? = nil,
        store: StoreSettings = StoreSettings()
    ) -> Int32 {
        var entries: [FindingsReport.Entry] = []
        var unreadable = false
        let catalog = PathCatalog.files(paths, opener: MemberOpener(loader: loader, profile: profile), store: store)
        for entry in catalog.entries {
            let path = StoreListing.masked(paths[entry.id])
            let opened = try? catalog.open(entry.id)
            if let opened, let file = opened.file {
                let applied = file.vcon.map { profile ?? Profile.automatic(for: $0) }
                entries.append(FindingsReport.Entry(source: path, file: file, findings: opened.findings, profile: applied))
            } else if let error = opened?.error, error.kind == .notVCon {
                entries.append(FindingsReport.Entry(source: path, file: nil, findings: FindingsReport.findings(for: error)))
            } else {
                unreadable = true
                Output.error(opened?.error?.description ?? "\(TextSafety.line(path)): cannot be opened")
            }
        }
        if json {
            Output.out(FindingsReport.json(entries).render(indent: 2) + "\n")
        } else {
            Output.text(FindingsReport.text(entries), ascii: ascii)
        }
        if unreadable { return 2 }
        return entries.contains { $0.findings.contains { $0.severity == .error } } ? 1 : 0
    }
}
