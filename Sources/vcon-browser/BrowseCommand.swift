import ArgumentParser
import BrowserCore
import Foundation
import TermUI
import UserConfig
import VConModel

/// `vcon-browser [FILE|DIR|-]...`: the interactive browser on a terminal, or batch mode with `--keys/--dump`.
///
/// With no file on a terminal (or with `--demo`), it opens the built-in demo bundle. When standard output is
/// not a terminal and no batch flag is given, it prints the `show` summary of each file (for pipes and
/// scripts), and the help when no file is given.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open vCon files, directories and bundles in the terminal browser.",
        shouldDisplay: false
    )

    @Flag(name: .long, help: "Not on a terminal: print the show summary as stable JSON.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Batch mode: a key script to replay (e.g. \"3jj<Enter>/bob<Enter>\").",
            valueName: "KEYS"))
    var keys: String?

    @Option(name: .long, help: ArgumentHelp("Batch mode: the screen size.", valueName: "WxH"))
    var size: String = "80x24"

    @Option(name: .long, help: ArgumentHelp("Batch mode: print the final screen as text or ansi.", valueName: "FORMAT"))
    var dump: DumpFormat?

    @Flag(name: .long, help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colours (also NO_COLOR); bold, reverse and underline stay.")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Do not turn on mouse reporting.")
    var noMouse = false

    @Flag(name: .long, help: "Open the built-in demo bundle (every form, generation, relation, a SIP call with STIR).")
    var demo = false

    @Flag(name: .customLong("dump-keys"), help: "Print the key table and exit.")
    var dumpKeys = false

    @Flag(name: .long, help: "With --dump-keys: print the README's Markdown table.")
    var markdown = false

    @OptionGroup var security: SecurityOptions

    @OptionGroup(title: "Stores") var store: StoreOptions

    @Argument(help: "vCon files, directories or .vconz bundles (- for standard input).")
    var files: [String] = []

    enum DumpFormat: String, ExpressibleByArgument {
        case text, ansi
    }

    func run() throws {
        let config = ConfigFile.load(environment: ProcessInfo.processInfo.environment)
        for problem in config.problems { Output.error(problem.description) }
        let settings = config.settings
        if dumpKeys {
            Output.out(markdown ? settings.keymap.markdown() : settings.keymap.plainText())
            return
        }
        let files: [String]
        do { files = try settings.resolvingSources(self.files, configPath: config.path) } catch { throw ValidationError(error.description) }
        var security = self.security
        security.trust += settings.trust
        security.key += settings.keys
        let batch = keys != nil || dump != nil
        if demo && !files.isEmpty { throw ValidationError("--demo opens the built-in demo; give either --demo or files") }
        if !batch, !demo, isatty(STDOUT_FILENO) == 0 {
            guard !files.isEmpty else {
                Output.out(VConBrowser.helpMessage() + "\n")
                return
            }
            let status = ShowCommand.show(paths: files, json: json, ascii: ASCIIOption.isOn(flag: ascii), loader: makeLoader())
            if status != 0 { throw ExitCode(status) }
            return
        }
        // No files on a terminal, or --demo: the demo (the sessions treat no paths as the demo).
        let options = BrowserOptions(ascii: ascii, noColor: noColor, noMouse: noMouse, settings: settings, store: store.settings)
        if batch {
            let text = try Interactive.batch(
                files, keys: keys ?? "", size: try parseSize(), dump: dump ?? .text,
                options: options, security: security)
            Output.out(text)
        } else {
            try Interactive.run(files, options: options, security: security)
        }
    }

    func parseSize() throws -> TerminalSize {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw ValidationError("--size expects WxH, e.g. 80x24 (got \(TextSafety.line(size)))")
        }
        return TerminalSize(width: parts[0], height: parts[1])
    }
}

/// The display flags and the user's settings, shared by the interactive and batch paths.
struct BrowserOptions {
    var ascii: Bool
    var noColor: Bool
    var noMouse: Bool
    var settings: Settings
    /// How stores are read (`--table`, the column options, `--store-timeout`).
    var store = StoreSettings()

    /// The local zone's offset now (read once at start-up; rendering never reads the clock): the config's
    /// `time.zone`, else the system's zone.
    var localOffset: Int {
        switch settings.zone {
        case .system: TimeZone.current.secondsFromGMT()
        case .named(let name): (TimeZone(identifier: name) ?? .current).secondsFromGMT()
        case .offset(let seconds): seconds
        }
    }
}
