import ArgumentParser
import CursesBackend

/// `--ascii` for every command that prints text, and the one rule for ASCII mode (issue 12.3): the flag, or
/// a locale whose codeset is not UTF-8 (`LANG=C`). In ASCII mode nothing outside ASCII reaches the output:
/// text from a vCon is escaped (`\u9234`), our own punctuation transliterated (`→` as `->`).
struct ASCIIOption: ParsableArguments {
    @Flag(name: .long, help: "ASCII only: text outside ASCII shown as \\uXXXX (automatic when the locale is not UTF-8).")
    var ascii = false

    /// Whether output is in ASCII mode (sets the process locale from the environment to find out).
    var isOn: Bool { Self.isOn(flag: ascii) }

    /// The rule: `flag`, or a locale that is not UTF-8.
    static func isOn(flag: Bool) -> Bool { flag || !TerminalLocale.prepare() }
}
