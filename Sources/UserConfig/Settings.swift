import BrowserCore
import TermUI

/// What the user's config file sets; every field has a default, so a missing or broken file means `defaults`.
public struct Settings: Sendable, Hashable {
    /// The colour theme.
    public var theme: ThemeChoice = .sixteenColour
    /// The time mode the browser starts in (`T` and `:set tz=` change it).
    public var timeMode: TimeMode = .utc
    /// What "local" means: the system's zone (`TZ`), an IANA zone or a fixed offset.
    public var zone: ZoneChoice = .system
    /// The bindings: the standard table with the user's `[keys]` applied.
    public var keymap: Keymap = .standard
    /// The `[keys]` entries that were applied, by command (for `config --check`).
    public var keyOverrides: [CommandID: [[KeyPress]]] = [:]
    /// Trust anchors (PEM files or directories), added to `--trust` and `VCON_TRUST`; `~` is expanded.
    public var trust: [String] = []
    /// Key files (PEM), added to `--key`; `~` is expanded.
    public var keys: [String] = []
    /// Named sources (`[sources.NAME] url = …`), opened as `vcon-browser @NAME`.
    public var sources: [String: NamedSource] = [:]

    /// Everything at its default.
    public static let defaults = Settings()

    /// A settings value at its defaults.
    public init() {}
}

/// The colour themes. All use the 16 ANSI colours, so they work on every colour terminal; `NO_COLOR` and
/// `--no-color` still turn colour off whatever the theme.
public enum ThemeChoice: String, Sendable, Hashable, CaseIterable {
    /// Bright colours for dark backgrounds.
    case dark
    /// Darker colours for light backgrounds (no yellow, no bright colours).
    case light
    /// The standard palette, readable on dark and light backgrounds (the default).
    case sixteenColour = "16-colour"

    /// The config spellings: `16-colour`, also `16-color` and `16`.
    public init?(configValue: String) {
        switch configValue.lowercased() {
        case "dark": self = .dark
        case "light": self = .light
        case "16-colour", "16-color", "16", "default": self = .sixteenColour
        default: return nil
        }
    }

    /// The theme's styles.
    public var theme: Theme {
        switch self {
        case .dark: .dark
        case .light: .light
        case .sixteenColour: .standard
        }
    }
}

/// What "local" time means in the browser.
public enum ZoneChoice: Sendable, Hashable {
    /// The system's zone (`TZ`, `/etc/localtime`).
    case system
    /// An IANA zone such as `Europe/Berlin`.
    case named(String)
    /// A fixed offset east of UTC, in seconds.
    case offset(seconds: Int)
}

/// A store the user named in the config file: `[sources.prod] url = "postgres://…"`.
///
/// The URL goes to the same opening path as a URL given on the command line. Passwords never need to be
/// in the file (libpq reads `~/.pgpass` and `PGPASSWORD`); a URL that carries one is reported.
public struct NamedSource: Sendable, Hashable {
    /// The name after `@`.
    public var name: String
    /// A URL or path, as it would be given on the command line.
    public var url: String

    /// A named source.
    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}
