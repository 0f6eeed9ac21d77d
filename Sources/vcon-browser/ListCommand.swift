import ArgumentParser
import Foundation
import VConBundle
import VConLibrary
import VConModel
import VConStore

/// `vcon-browser list SOURCE…`: one row per vCon (uuid, created, subject, parties, counts, form, verdict,
/// findings) for files, directories, bundles and stores, as text, CSV or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List vCons one per row (files, directories, bundles, PostgreSQL, a vcon-server API), as text, CSV or JSON.",
        discussion: """
            A store is a postgres:// or postgresql:// URL (libpq: PGHOST, PGUSER, PGPASSWORD, PGSERVICE, ~/.pgpass \
            and sslmode apply) or an https:// vcon-server API base (http:// on loopback only; the token comes from \
            VCON_SERVER_TOKEN). Stores list newest first, page by page; filters run on the store.

            --party matches a party exactly: tel:+15551234, mailto:alice@example.com, name:Alice, or a bare \
            value in any of the three. --subject matches a substring, case-insensitive.

            Exit status: 0 listed; 1 a file is JSON but not a vCon (listed with its problem); 2 a source or file \
            cannot be opened (bad URL, refused credentials, connection lost, missing file); 130 interrupted.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only vCons created at or after (YYYY-MM-DD or RFC 3339).", valueName: "TIME"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("Only vCons created at or before (YYYY-MM-DD is the whole day).", valueName: "TIME"))
    var until: String?
    @Option(name: .long, help: ArgumentHelp("Only vCons with this party (tel:, mailto:, name: or any).", valueName: "PARTY"))
    var party: String?
    @Option(name: .long, help: ArgumentHelp("Only vCons whose subject contains this text.", valueName: "TEXT"))
    var subject: String?
    @Option(name: .long, help: ArgumentHelp("At most this many rows.", valueName: "N"))
    var limit: Int?
    @Flag(name: .long, help: "Print a JSON array of row objects.")
    var json = false
    @Flag(name: .long, help: "Print CSV (RFC 4180, a header row; formula-like cells prefixed with ').")
    var csv = false

    @OptionGroup var asciiOption: ASCIIOption
    @OptionGroup var store: StoreOptions
    @OptionGroup var security: SecurityOptions

    @Argument(help: "Files, directories, .vconz bundles, or a store URL.")
    var sources: [String]

    func validate() throws {
        if json && csv { throw ValidationError("give --json or --csv, not both") }
        if let limit, limit < 1 { throw ValidationError("--limit expects a positive number") }
    }

    func run() throws {
        let filter = StoreFilter(since: since, until: until, party: party.map(PartyQuery.init(parsing:)), subject: subject)
        do { _ = try filter.validated() } catch { throw ValidationError(error.message) }
        let envelope = EnvelopeContext(crypto: try security.makeCrypto(), inflater: ZlibInflater())
        let opener = MemberOpener(loader: makeLoader(), envelope: envelope)
        var output = ListOutput(format: json ? .json : csv ? .csv : .text, ascii: !json && !csv && asciiOption.isOn)
        var remaining = limit ?? Int.max
        var status: Int32 = 0
        var fileStatus = ExitStatus.ok
        let interrupt = InterruptWatch()
        output.begin()
        var files: [String] = []
        for source in sources {
            if StoreOpening.isStore(source) {
                if !files.isEmpty {
                    fileStatus = max(
                        fileStatus,
                        StoreListing.listFiles(files, filter: filter, opener: opener, output: &output, remaining: &remaining))
                    files = []
                }
                do {
                    let opened = try StoreOpening.open(source, settings: store.settings)
                    interrupt.onInterrupt { opened.cancel() }
                    try StoreListing.listStore(
                        opened, filter: filter, opener: opener, output: &output, remaining: &remaining, interrupted: interrupt)
                } catch {
                    Output.error("\(TextSafety.line(StoreListing.masked(source))): \(error.message)")
                    status = error.kind == .cancelled ? 130 : 2
                    break
                }
            } else {
                files.append(source)
            }
        }
        if !files.isEmpty, status == 0 {
            fileStatus = max(
                fileStatus, StoreListing.listFiles(files, filter: filter, opener: opener, output: &output, remaining: &remaining))
        }
        output.end()
        if status != 0 { throw ExitCode(status) }
        if fileStatus != 0 { throw ExitCode(fileStatus) }
    }
}
