import Foundation
import TestSupport
import Testing

/// The config file through the binary: `config --path|--check|--print-defaults`, key overrides in
/// `--dump-keys`, the help overlay and the hint bar, themes and time, named sources, a broken file.
@Suite struct ConfigCLITests {
    /// A fresh XDG_CONFIG_HOME holding `text` as vcon-browser/config.toml.
    static func configHome(_ text: String) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-xdg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("vcon-browser"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: home.appendingPathComponent("vcon-browser/config.toml"))
        return home.path
    }

    static let demo = PackagePaths.path("Tests/Fixtures/Demo/vcons/02-support-call.vcon.json")

    @Test func pathFollowsXDGConfigHomeThenHome() throws {
        let xdg = try CLIRunner.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"])
        #expect(xdg.status == 0)
        #expect(xdg.stdout == "/x/cfg/vcon-browser/config.toml\n")
        let home = try CLIRunner.run(["config", "--path"], environment: ["HOME": "/home/u"])
        #expect(home.stdout == "/home/u/.config/vcon-browser/config.toml\n")
        let none = try CLIRunner.run(["config"])
        #expect(none.status == 64)
        #expect(none.stderr.contains("give one of --path, --check, --print-defaults"))
    }

    @Test func printDefaultsIsAFileThatChecksClean() throws {
        let defaults = try CLIRunner.run(["config", "--print-defaults"])
        #expect(defaults.status == 0)
        #expect(defaults.stdout.contains("theme = \"16-colour\""))
        #expect(defaults.stdout.contains("# moveDown = [\"j\", \"Down\"]  # move down"))
        let home = try Self.configHome(defaults.stdout)
        let check = try CLIRunner.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": home])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty)
        #expect(check.stdout.hasPrefix(home + "/vcon-browser/config.toml: ok\n"))
    }

    @Test func checkReportsEachProblemOnOneLineAndExitsOne() throws {
        let home = try Self.configHome("theme = \"dark\"\nfrobnicate = true\n[sources.prod]\nurl = \"postgres://me:hunter2@db/v\"\n")
        let check = try CLIRunner.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": home])
        let file = home + "/vcon-browser/config.toml"
        #expect(check.status == 1)
        #expect(
            check.stderr.split(separator: "\n").map(String.init) == [
                "\(file):2:1: unknown key \"frobnicate\" ignored (known here: theme, time, keys, security, sources)",
                "\(file):4:1: sources.prod.url carries a password: keep it out of the file (~/.pgpass, PGPASSWORD or the server's own login)",
            ])
        #expect(check.stdout.contains("  theme     dark\n"))
        #expect(check.stdout.contains("  source    @prod = postgres://me:***@db/v\n"))
        #expect(!(check.stdout + check.stderr).contains("hunter2"))
    }

    @Test func keyOverridesReachDumpKeysHelpAndHints() throws {
        let home = try Self.configHome("[keys]\nmoveDown = [\"n\", \"Down\"]\nhelp = \"F2\"\n")
        let environment = ["XDG_CONFIG_HOME": home]
        let dump = try CLIRunner.run(["--dump-keys"], environment: environment)
        #expect(dump.status == 0)
        let lines = dump.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("n  Down") && $0.hasSuffix("move down") })
        #expect(lines.contains { $0.hasPrefix("F2") && $0.hasSuffix("help (searchable with /; Tab switches keys / legend)") })
        #expect(!lines.contains { $0.hasPrefix("j  Down") })
        let markdown = try CLIRunner.run(["--dump-keys", "--markdown"], environment: environment)
        #expect(markdown.stdout.contains("| Move | `n` `Down` | move down |"))
        // The standard table is untouched without a config.
        #expect(try CLIRunner.run(["--dump-keys", "--markdown"]).stdout.contains("| Move | `j` `Down` | move down |"))

        let help = try CLIRunner.run([Self.demo, "--keys", "<F2>", "--size", "100x80"], environment: environment)
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("n  Down"))
        #expect(help.stdout.contains("│ F2          help (searchable with /; Tab switches keys / legend)"))
        let hints = try CLIRunner.run([Self.demo, "--keys", "", "--size", "120x30"], environment: environment)
        #expect(hints.stdout.contains("n/k move"))
        // `?` no longer opens the help: the user moved it.
        let question = try CLIRunner.run([Self.demo, "--keys", "?", "--size", "100x40"], environment: environment)
        #expect(question.stdout.contains("? does nothing here"))
    }

    @Test func aBrokenConfigIsOneLineAndTheBrowserStartsWithTheDefaults() throws {
        let home = try Self.configHome("[keys]\nmoveDown = [\"n\"\n")  // the array is never closed
        let result = try CLIRunner.run([Self.demo, "--keys", "", "--size", "120x30"], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.status == 0)
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(home + "/vcon-browser/config.toml:2:17: not valid TOML: ") == true, "\(result.stderr)")
        #expect(result.stdout.contains("j/k move"))
    }

    @Test func themeAndTimeModeApplyAtStart() throws {
        let home = try Self.configHome("theme = \"light\"\n[time]\nmode = \"+05:30\"\n")
        let result = try CLIRunner.run(
            [Self.demo, "--keys", "", "--size", "120x30", "--dump", "ansi"], environment: ["XDG_CONFIG_HOME": home])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("+05:30"))
        let standard = try CLIRunner.run([Self.demo, "--keys", "", "--size", "120x30", "--dump", "ansi"])
        #expect(standard.stdout.contains("UTC"))
        // Light draws borders in black where the standard palette uses cyan.
        #expect(result.stdout.contains("\u{1B}[0;30m") && !result.stdout.contains("\u{1B}[0;36m"))
        #expect(standard.stdout.contains("\u{1B}[0;36m"))
    }

    @Test func aNamedSourceOpensLikeItsPath() throws {
        let home = try Self.configHome("[sources.demo]\nurl = \"\(Self.demo)\"\n")
        let environment = ["XDG_CONFIG_HOME": home]
        let named = try CLIRunner.run(["@demo", "--keys", "", "--size", "100x30"], environment: environment)
        let direct = try CLIRunner.run([Self.demo, "--keys", "", "--size", "100x30"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout == direct.stdout)
        let unknown = try CLIRunner.run(["@prod", "--keys", "", "--size", "100x30"], environment: environment)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no source @prod in \(home)/vcon-browser/config.toml (it names @demo)"))
    }
}
