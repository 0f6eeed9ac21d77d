import ArgumentParser
import Foundation
import UserConfig

/// `vcon-browser config --path|--check|--print-defaults`: where the config file is, what is wrong with it, and
/// a complete file at the defaults to start from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the config file is, check it, or print one at the defaults.",
        discussion: """
            The file is $XDG_CONFIG_HOME/vcon-browser/config.toml (or ~/.config/vcon-browser/config.toml).

            --check exits 0 when the file is fine or absent, 1 when it has problems (each printed as \
            file:line:column: message; the browser then starts with the defaults for what is wrong).
            """
    )

    @Flag(name: .long, help: "Print the config file's path.")
    var path = false

    @Flag(name: .long, help: "Check the config file and summarise what it sets.")
    var check = false

    @Flag(name: .customLong("print-defaults"), help: "Print a complete config file at the defaults.")
    var printDefaults = false

    func validate() throws {
        if [path, check, printDefaults].filter({ $0 }).count != 1 {
            throw ValidationError("give one of --path, --check, --print-defaults")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if printDefaults {
            Output.out(ConfigDefaults.text())
        } else if path {
            guard let path = ConfigFile.path(environment: environment) else {
                throw ValidationError("no config path: neither XDG_CONFIG_HOME nor HOME is an absolute path")
            }
            Output.out(path + "\n")
        } else {
            let loaded = ConfigFile.load(environment: environment)
            for problem in loaded.problems { Output.error(problem.description) }
            Output.out(ConfigSummary.lines(loaded).joined(separator: "\n") + "\n")
            if !loaded.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
