import ArgumentParser
import VConBundle
import VConCommands
import VConLibrary
import VConModel

/// `vcon-browser show FILE|-`: a readable summary of one vCon in any form.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Summarise a vCon: generation, form, parties, dialog, analysis, attachments, relations, findings.",
        discussion: """
            Exit status: 0 for a vCon in any form (signed and encrypted ones too); 1 when the file is JSON \
            but not a vCon; 2 when it cannot be read or is not JSON. Errors go to standard error as \
            file:line:column: message.
            """
    )

    @Flag(name: .long, help: "Print the summary as stable JSON.")
    var json = false

    @OptionGroup var security: SecurityOptions

    @OptionGroup var profileOption: ProfileOption

    @OptionGroup var asciiOption: ASCIIOption

    @OptionGroup(title: "Stores") var store: StoreOptions

    @Argument(help: "The vCon file (- for standard input), or a store member (SOURCE#<uuid>).")
    var file: String

    func run() throws {
        let context = EnvelopeContext(crypto: try security.makeCrypto(), inflater: ZlibInflater())
        let status = Self.show(
            paths: [file], json: json, ascii: asciiOption.isOn, loader: makeLoader(), envelope: context,
            profile: try profileOption.resolved(), store: store.settings)
        if status != 0 { throw ExitCode(status) }
    }

    /// Shows each path in turn, each opened once through a catalog; returns the exit status (the worst over all
    /// paths). With `envelope`, signatures and encryption are checked too, and a key given opens an encrypted vCon.
    /// With `ascii` the text (not the JSON) is ASCII only.
    static func show(
        paths: [String], json: Bool, ascii: Bool = false, loader: FileLoader, envelope: EnvelopeContext? = nil,
        profile: Profile? = nil, store: StoreSettings = StoreSettings()
    ) -> Int32 {
        var status: Int32 = 0
        var jsonItems: [JSONOutput] = []
        let catalog = PathCatalog.files(paths, opener: MemberOpener(loader: loader, envelope: envelope, profile: profile), store: store)
        for entry in catalog.entries {
            let opened = try? catalog.open(entry.id)
            guard let opened, let file = opened.readable else {
                let error = opened?.error
                Output.error(error?.description ?? "\(TextSafety.line(entry.displayName)): cannot be opened")
                status = max(status, error?.kind == .notVCon ? 1 : 2)
                continue
            }
            // Unsigned files have no envelope to show.
            let report = ShowReport(
                file: file, findings: opened.findings, security: file.isEnveloped ? opened.envelope : nil, profile: profile)
            if json {
                jsonItems.append(report.json())
            } else {
                Output.text((entry.id > 0 ? "\n" : "") + report.text(), ascii: ascii)
            }
        }
        if json {
            let value: JSONOutput = paths.count == 1 ? (jsonItems.first ?? .null) : .array(jsonItems)
            if paths.count > 1 || !jsonItems.isEmpty { Output.out(value.render(indent: 2) + "\n") }
        }
        return status
    }
}
