import Foundation

/// The process locale as curses needs it (ncursesw drops non-ASCII text under the "C" locale).
public enum TerminalLocale {
    /// Calls `setlocale(LC_ALL, "")`, falling back to `C.UTF-8` when the environment's locale
    /// cannot be loaded; returns whether the resulting codeset is UTF-8.
    @discardableResult
    public static func prepare() -> Bool {
        if setlocale(LC_ALL, "") == nil {
            _ = setlocale(LC_ALL, "C.UTF-8")
        }
        return isUTF8Locale
    }

    /// True when the current `LC_CTYPE` codeset (`nl_langinfo(nl_item(CODESET))`) is UTF-8.
    public static var isUTF8Locale: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return isUTF8(codesetName: String(cString: codeset))
    }

    /// True for the spellings of UTF-8 that C libraries report.
    static func isUTF8(codesetName: String) -> Bool {
        let name = codesetName.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }
}
