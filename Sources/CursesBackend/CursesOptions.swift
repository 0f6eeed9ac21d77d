import Foundation
import TermUI

/// How the curses backend sets up the terminal.
public struct CursesOptions: Sendable, Hashable {
    /// Draw without colours (attributes stay): `--no-color`, or `NO_COLOR` set to anything non-empty.
    public var noColor: Bool
    /// Report mouse clicks and wheel (`--no-mouse` turns it off).
    public var mouse: Bool
    /// Force ASCII drawing (`--ascii`); it is also chosen when the locale is not UTF-8.
    public var ascii: Bool
    /// Ask the terminal for bracketed paste, so a paste arrives as one `.paste` event.
    public var bracketedPaste: Bool
    /// Terminal type to use instead of `$TERM`.
    public var terminalType: String?

    public init(
        noColor: Bool = false, mouse: Bool = true, ascii: Bool = false, bracketedPaste: Bool = true,
        terminalType: String? = nil
    ) {
        self.noColor = noColor
        self.mouse = mouse
        self.ascii = ascii
        self.bracketedPaste = bracketedPaste
        self.terminalType = terminalType
    }

    /// Defaults plus `NO_COLOR` from the environment (https://no-color.org: any non-empty value).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> CursesOptions
    {
        CursesOptions(noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
    }
}

/// Why the terminal could not be set up.
public enum CursesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `newterm` refused the terminal type (unknown to terminfo, or `TERM` unset).
    case unknownTerminal(String)
    /// Neither standard input/output nor `/dev/tty` is a terminal.
    case notATerminal
    /// Another `CursesBackend` is still open (curses has one screen per process here).
    case alreadyOpen

    public var description: String {
        switch self {
        case .unknownTerminal(let name):
            return name.isEmpty
                ? "cannot start the terminal UI: TERM is not set"
                : "cannot start the terminal UI: unknown terminal type '\(name)' (check TERM, or use --dump)"
        case .notATerminal:
            return "cannot start the terminal UI: not connected to a terminal (use --dump for batch output)"
        case .alreadyOpen:
            return "cannot start the terminal UI: it is already running"
        }
    }
}
