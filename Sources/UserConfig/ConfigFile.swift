import Foundation

/// Where the config file is and reading it: `$XDG_CONFIG_HOME/vcon-browser/config.toml`, falling back to
/// `~/.config/vcon-browser/config.toml` (the XDG base-directory rule: a relative XDG_CONFIG_HOME is ignored).
public enum ConfigFile {
    /// The config path for an environment, or nil when neither `XDG_CONFIG_HOME` nor `HOME` is usable.
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("vcon-browser/config.toml")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return (home as NSString).appendingPathComponent(".config/vcon-browser/config.toml")
    }

    /// What loading found: the path looked at, the settings (defaults when there is no file) and the problems.
    public struct Loaded: Sendable {
        /// The path looked at (nil without `HOME`).
        public var path: String?
        /// Whether a file was there.
        public var exists: Bool
        /// The settings, `~` expanded in paths.
        public var settings: Settings
        /// Problems, each one line with line:column.
        public var problems: [ConfigProblem]
    }

    /// Reads the config of `environment`; no file means the defaults and no problem.
    public static func load(environment: [String: String]) -> Loaded {
        guard let path = path(environment: environment) else {
            return Loaded(path: nil, exists: false, settings: .defaults, problems: [])
        }
        return load(path: path, home: environment["HOME"])
    }

    /// Reads the config at `path`, expanding `~/` in paths against `home`.
    public static func load(path: String, home: String?) -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(path: path, exists: false, settings: .defaults, problems: [])
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            let problem = ConfigProblem(
                file: path, line: nil, column: nil, message: "cannot be read as UTF-8 text; starting with the defaults")
            return Loaded(path: path, exists: true, settings: .defaults, problems: [problem])
        }
        var (settings, problems) = ConfigParser.parse(text, file: path)
        settings.trust = settings.trust.map { expandingTilde($0, home: home) }
        settings.keys = settings.keys.map { expandingTilde($0, home: home) }
        for (name, source) in settings.sources where source.url.hasPrefix("~/") {
            settings.sources[name]?.url = expandingTilde(source.url, home: home)
        }
        problems = problems.map { problem in
            var problem = problem
            problem.file = path
            return problem
        }
        return Loaded(path: path, exists: true, settings: settings, problems: problems)
    }

    /// `~/x` → `HOME/x`; anything else unchanged.
    public static func expandingTilde(_ path: String, home: String?) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }
}
