import Foundation
import Testing

@testable import UserConfig

/// Where the file is looked for, `~` expansion, and `@NAME` resolution.
@Suite struct ConfigFileTests {
    @Test func xdgConfigHomeFirstThenHomeDotConfig() {
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]) == "/x/cfg/vcon-browser/config.toml")
        #expect(ConfigFile.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/vcon-browser/config.toml")
        // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
        #expect(
            ConfigFile.path(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/u"])
                == "/home/u/.config/vcon-browser/config.toml")
        #expect(ConfigFile.path(environment: [:]) == nil)
    }

    @Test func noFileMeansTheDefaultsAndNoProblem() throws {
        let loaded = ConfigFile.load(environment: ["XDG_CONFIG_HOME": "/nonexistent-\(UUID().uuidString)"])
        #expect(!loaded.exists)
        #expect(loaded.settings == .defaults)
        #expect(loaded.problems.isEmpty)
    }

    @Test func pathsExpandTildeAgainstHome() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("vcon-browser"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "[security]\ntrust = [\"~/root.pem\"]\nkeys = [\"/abs/k.pem\"]\n[sources.local]\nurl = \"~/vcons\"\n"
        try Data(text.utf8).write(to: directory.appendingPathComponent("vcon-browser/config.toml"))
        let loaded = ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory.path, "HOME": "/home/u"])
        #expect(loaded.exists)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.settings.trust == ["/home/u/root.pem"])
        #expect(loaded.settings.keys == ["/abs/k.pem"])
        #expect(loaded.settings.sources["local"]?.url == "/home/u/vcons")
    }

    @Test func namedSourcesResolveToTheirURLAndUnknownNamesSaySo() throws {
        let (settings, _) = ConfigParser.parse(
            "[sources.prod]\nurl = \"postgres://reader@db/vcons\"\n[sources.box]\nurl = \"/srv/box\"\n", file: "c.toml")
        #expect(
            try settings.resolvingSources(["@prod", "a.vcon", "@box", "@"], configPath: "c.toml")
                == ["postgres://reader@db/vcons", "a.vcon", "/srv/box", "@"])
        #expect(throws: UnknownSourceError.self) { try settings.resolvingSources(["@nope"], configPath: "c.toml") }
        do {
            _ = try settings.resolvingSources(["@nope"], configPath: "c.toml")
        } catch {
            #expect(
                error.description
                    == "no source @nope in c.toml (it names @box, @prod); add [sources.nope] url = \"…\"")
        }
    }
}
