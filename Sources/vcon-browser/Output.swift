import CursesBackend
import Foundation
import TermUI

/// Standard output and error for the commands (text already made terminal-safe by the renderers).
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Text for a terminal in ASCII mode (`--ascii`, or a locale that is not UTF-8) gets every
    /// character outside ASCII escaped (`\u9234`, issue 12.3): never raw UTF-8 bytes.
    static func text(_ text: String, ascii: Bool) {
        out(ascii ? Sanitizer.asciiOnly(text) : text)
    }

    /// One message on standard error; under a locale that is not UTF-8 (`LANG=C`) escaped to ASCII like the
    /// output (a file name or a message quoting a vCon is never raw UTF-8 there).
    static func error(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data((TerminalLocale.prepare() ? line : Sanitizer.asciiOnly(line)).utf8))
    }
}
