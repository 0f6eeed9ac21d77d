internal import CNCurses

/// Facts about the linked ncursesw library.
public enum CursesInfo {
    /// ncurses' version text, from `curses_version()`.
    public static var version: String {
        guard let text = curses_version() else { return "unknown" }
        return String(cString: text)
    }
}
