import ArgumentParser
import BrowserCore
import CursesBackend
import Foundation
import TermUI
import VConModel

/// `vcon-browser ladder FILE`: the SIP call-flow ladder of each dialog with signaling, as text or JSON.
struct LadderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ladder",
        abstract: "Print the SIP call-flow ladder of a vCon's signaling (sip-message-trace, sip-* attachments).",
        discussion: """
            Lanes are parties; one row per message with time and delta; events (dialog start/end, joins, \
            drops, transfers) on the same time line. Lines never exceed the width; when not every lane fits, \
            a list (time from → to message) is printed instead.

            Exit status: 0 ladders printed; 1 no SIP signaling (or no such dialog, or JSON that is not a vCon); \
            2 the file cannot be read, is not JSON, or is encrypted.
            """
    )

    @Option(name: .long, help: "Only this dialog (index in dialog[]).")
    var dialog: Int?

    @Option(name: .long, help: "Columns (default: the terminal's width, 100 when not a terminal).")
    var width: Int?

    @OptionGroup var asciiOption: ASCIIOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Time zone of the times: utc, local or ±hh:mm (write --tz=-05:00 for a negative offset).", valueName: "utc|local|±hh:mm"))
    var tz = "utc"

    @Flag(name: .long, help: "Print the layout as JSON (lanes, messages with party indices, events).")
    var json = false

    @Argument(help: "The vCon file (- for standard input), or a store member (SOURCE#<uuid>).")
    var file: String

    @OptionGroup(title: "Stores") var store: StoreOptions

    func validate() throws {
        if LadderTimeZone.parse(tz) == nil { throw ValidationError("--tz expects utc, local or ±hh:mm, got \(TextSafety.line(tz))") }
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let status = printLadders()
        if status != 0 { throw ExitCode(status) }
    }

    /// Loads, lays out and prints; returns the exit status.
    private func printLadders() -> Int32 {
        let loaded: LoadedFile
        do {
            loaded = try StoreMember.load(file, loader: makeLoader(), settings: store.settings)
        } catch {
            Output.error(error.description)
            return error.kind == .notVCon ? 1 : 2
        }
        guard let vcon = loaded.vcon else {
            Output.error(TextSafety.line(StoreListing.masked(file)) + ": " + (loaded.innerNote ?? "no readable vCon inside"))
            return 2
        }
        switch LadderPrintout.ladders(of: vcon, dialog: dialog) {
        case .failure(let failure):
            Output.error(TextSafety.line(StoreListing.masked(file)) + ": " + failure.description)
            return 1
        case .success(let ladders):
            if json {
                Output.out(LadderPrintout.json(ladders))
            } else {
                let ascii = asciiOption.isOn
                let metrics = LadderMetrics(
                    width: width ?? Self.terminalWidth(), glyphs: ascii ? .ascii : .unicode, allowsLaneScrolling: false)
                let options = LadderOptions(timeZone: LadderTimeZone.parse(tz) ?? .utc)
                Output.text(LadderPrintout.text(ladders, metrics: metrics, options: options), ascii: ascii)
            }
            return 0
        }
    }

    /// Columns of the terminal on standard output (`TIOCGWINSZ`, else `COLUMNS`), 100 when it is not a terminal.
    static func terminalWidth() -> Int {
        guard isatty(STDOUT_FILENO) != 0 else { return 100 }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 100
    }
}
