import BrowserCore
import TermUI
import Testing

@testable import UserConfig

/// The config file: a good one applies everything, a broken one is one located line and the defaults,
/// unknown keys and bad values are located and the rest still applies.
@Suite struct ConfigParserTests {
    static let good = """
        # mine
        theme = "light"

        [time]
        mode = "local"
        zone = "Europe/Berlin"

        [keys]
        moveDown = ["n", "Down"]
        top = "g t"

        [security]
        trust = ["~/pki/root.pem", "/etc/vcon/anchors"]
        keys = "~/.keys/me.pem"

        [sources.prod]
        url = "postgres://reader@db.example.com/vcons"

        [sources.archive]
        url = "/srv/vcons"
        """

    @Test func aGoodFileSetsEverything() {
        let (settings, problems) = ConfigParser.parse(Self.good, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings.theme == .light)
        #expect(settings.timeMode == .local)
        #expect(settings.zone == .named("Europe/Berlin"))
        #expect(settings.trust == ["~/pki/root.pem", "/etc/vcon/anchors"])
        #expect(settings.keys == ["~/.keys/me.pem"])
        #expect(settings.sources["prod"]?.url == "postgres://reader@db.example.com/vcons")
        #expect(settings.sources["archive"]?.url == "/srv/vcons")
        #expect(settings.keymap.command(.moveDown)?.keys == [[.char("n")], [KeyPress(.down)]])
        #expect(settings.keymap.command(.top)?.keys == [[.char("g"), .char("t")]])
        // `n` moved from "next search hit" to moveDown: the user's binding wins.
        #expect(settings.keymap.command(.nextHit)?.keys == [])
    }

    @Test func aSyntaxErrorIsOneLineWithLineAndColumnAndTheDefaults() {
        let text = "theme = \"dark\"\n[time]\nmode = utc\n"
        let (settings, problems) = ConfigParser.parse(text, file: "/home/u/.config/vcon-browser/config.toml")
        #expect(settings == .defaults)
        #expect(problems.count == 1)
        let line = problems.first?.description ?? ""
        #expect(line.hasPrefix("/home/u/.config/vcon-browser/config.toml:3:8: not valid TOML: "), "\(line)")
        #expect(line.hasSuffix("; starting with the defaults"))
        #expect(!line.contains("\n"))
    }

    @Test func unknownKeysAreReportedWhereTheyAreAndTheRestApplies() {
        let text = """
            theme = "dark"
            colour = "red"

            [time]
              mode = "delta"
              zone2 = "UTC"

            [sources.prod]
            url = "postgres://db/vcons"
            user = "me"
            """
        let (settings, problems) = ConfigParser.parse(text, file: "c.toml")
        #expect(
            problems.map(\.description) == [
                "c.toml:2:1: unknown key \"colour\" ignored (known here: theme, time, keys, security, sources)",
                "c.toml:6:3: unknown key \"time.zone2\" ignored (known here: mode, zone)",
                "c.toml:10:1: unknown key \"sources.prod.user\" ignored (known here: url)",
            ])
        #expect(settings.theme == .dark)
        #expect(settings.timeMode == .delta)
        #expect(settings.sources["prod"]?.url == "postgres://db/vcons")
    }

    @Test func badValuesKeepTheirDefaultAndSayWhy() {
        let text = """
            theme = "solarized"
            [time]
            mode = 3
            zone = "Mars/Olympus"
            [keys]
            fly = "f"
            quit = ["C-q", "<nope>"]
            [security]
            trust = [1, 2]
            """
        let (settings, problems) = ConfigParser.parse(text, file: "c.toml")
        #expect(
            problems.map(\.description) == [
                "c.toml:1:1: theme must be \"dark\", \"light\" or \"16-colour\" (got \"solarized\"); using 16-colour",
                "c.toml:3:1: time.mode must be a string (got a integer)",
                "c.toml:4:1: time.zone must be \"system\", an IANA zone such as \"Europe/Berlin\" or ±hh:mm (got \"Mars/Olympus\")",
                "c.toml:6:1: no command \"fly\" to bind (the names are listed by --print-defaults)",
                "c.toml:7:1: keys.quit: unknown key \"<nope>\" (write j, C-d, S-Tab, Enter, F1, or g g)",
                "c.toml:9:1: security.trust must be a path or a list of paths (got a array)",
            ])
        #expect(settings == .defaults)
    }

    @Test func aKeyThatWouldShadowASequenceIsRefused() {
        let (settings, problems) = ConfigParser.parse("[keys]\nhelp = \"g\"\n", file: "c.toml")
        #expect(
            problems.map(\.description) == [
                "c.toml:2:1: keys.help: g would be both a key of help and the first key of a two-key sequence; keeping the standard keys"
            ])
        #expect(settings.keymap == .standard)
    }

    @Test func aPasswordInASourceURLIsReportedAndNeverShown() {
        let text = "[sources.prod]\nurl = \"postgres://reader:s3cret@db/vcons\"\n"
        let (settings, problems) = ConfigParser.parse(text, file: "c.toml")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.contains("carries a password") == true)
        #expect(problems.allSatisfy { !$0.description.contains("s3cret") })
        #expect(settings.sources["prod"]?.url == "postgres://reader:s3cret@db/vcons")
        #expect(ConfigSummary.redacted("postgres://reader:s3cret@db/vcons") == "postgres://reader:***@db/vcons")
    }

    @Test func hostileTextInTheFileNeverReachesTheTerminalRaw() {
        let (_, problems) = ConfigParser.parse("theme = \"\\u001b]0;pwned\\u0007\"\n", file: "c.toml")
        #expect(problems.count == 1)
        #expect(problems.allSatisfy { !$0.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
    }

    @Test func thePrintedDefaultsParseBackToTheDefaults() {
        let (settings, problems) = ConfigParser.parse(ConfigDefaults.text(), file: "defaults.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings == .defaults)
    }

    @Test func everyCommentedKeyLineOfTheDefaultsParsesToTheStandardBinding() {
        // Uncommenting any `[keys]` line must be valid TOML that rebinds nothing.
        let lines = ConfigDefaults.text().split(separator: "\n").filter { line in
            line.hasPrefix("# ") && CommandID(rawValue: String(line.dropFirst(2).prefix { $0 != " " })) != nil
        }
        #expect(lines.count == CommandTable.all.count)
        for line in lines {
            let entry = line.dropFirst(2).components(separatedBy: "  # ")[0]
            let (settings, problems) = ConfigParser.parse("[keys]\n" + entry + "\n", file: "k.toml")
            #expect(problems.isEmpty, "\(entry): \(problems)")
            #expect(settings.keymap == .standard, "\(entry)")
        }
    }
}
