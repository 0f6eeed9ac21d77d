internal import CNCurses
import Foundation
import TermUI

/// The interactive backend: ncursesw on the controlling terminal.
///
/// Sets up with `newterm` (a bad `TERM` is a thrown `CursesError`, not an exit), the
/// locale (`C.UTF-8` fallback; ASCII glyphs when it is not UTF-8), raw mode, 25 ms
/// escape delay, default colours, mouse and bracketed paste. Only cells that changed
/// since the last frame are handed to curses. The terminal is restored by `close()`,
/// `deinit`, `exit()`, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT and crash signals.
///
/// Raw mode: Ctrl-C and Ctrl-Z arrive as keys (`.ctrl("c")`, `.ctrl("z")`); the
/// application decides (quit; call `suspend()`).
public final class CursesBackend: TerminalBackend {
    public let glyphs: Glyphs
    public let colorsEnabled: Bool
    /// True when the locale's codeset is UTF-8 (else drawing is ASCII and non-ASCII text shows as `?`).
    public let isUTF8Locale: Bool
    public private(set) var size: TerminalSize
    public var isFinished: Bool { false }

    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let options: CursesOptions
    private let styles: StyleMapping
    private var pairs: ColorPairTable
    private let encoding: CellEncoding
    /// Key codes of terminfo's extended keys (Ctrl/Alt arrows…) on this terminal.
    let extendedKeys: [Int32: KeyPress]
    private var lastFrame: CellBuffer?
    /// A key code read while looking for an Alt combination that was not one (a resize, say): handled next.
    var pendingKeyCode: Int32?
    private var isOpen = true
    private var mouseOn = false

    /// Codes given to the bracketed-paste brackets with `define_key`.
    static let pasteStartCode: Int32 = 0x7F00
    static let pasteEndCode: Int32 = 0x7F01

    /// Takes over the terminal. Throws when there is no terminal or `TERM` is unknown.
    public init(options: CursesOptions = .fromEnvironment()) throws(CursesError) {
        guard !TerminalRestore.active else { throw .alreadyOpen }
        let utf8 = TerminalLocale.prepare()
        let (input, output) = try Self.openTerminalFiles()
        let term = options.terminalType ?? ProcessInfo.processInfo.environment["TERM"] ?? ""
        // Our handlers go in first: curses then leaves SIGINT/SIGTERM alone (its own would exit(1)),
        // and what we chain to is what the process had before.
        TerminalRestore.outputDescriptor = fileno(output)
        TerminalRestore.install()
        guard !term.isEmpty, let screen = newterm(term, output, input) else {
            TerminalRestore.uninstall()
            fclose(input)
            fclose(output)
            throw .unknownTerminal(term)
        }
        set_term(screen)
        guard let window = cnc_stdscr() else {
            endwin()
            delscreen(screen)
            TerminalRestore.uninstall()
            fclose(input)
            fclose(output)
            throw .unknownTerminal(term)
        }
        self.screen = screen
        self.window = window
        self.input = input
        self.output = output
        self.options = options
        isUTF8Locale = utf8
        glyphs = Glyphs.forTerminal(utf8: utf8 && !options.ascii)

        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        var colorCount = 0
        if !options.noColor, has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(cnc_colors())
        }
        colorsEnabled = colorCount > 0
        styles = StyleMapping(colors: colorCount)
        // init_pair takes a short: never hand out more than Int16.max pairs.
        pairs = ColorPairTable(limit: min(Int32(Int16.max), max(0, cnc_color_pairs() - 1)))
        encoding = CellEncoding(
            systemWidth: { Int(cnc_wcwidth(wchar_t(bitPattern: $0))) }, ascii: !utf8,
            maxScalars: Int(cnc_ccharw_max()))
        extendedKeys = Self.readExtendedKeys()
        size = TerminalSize(width: Int(cnc_cols()), height: Int(cnc_lines()))

        TerminalRestore.active = true
        if options.bracketedPaste {
            define_key("\u{1B}[200~", Self.pasteStartCode)
            define_key("\u{1B}[201~", Self.pasteEndCode)
            TerminalRestore.pasteEnabled = true
            writeSequence("\u{1B}[?2004h")
        }
        mouseEnabled = options.mouse
    }

    deinit { close() }

    /// A function asked first when a crash signal arrives; it returns true when it repaired the fault (the
    /// executable passes the file-mapping guard, `MappingGuard.repair`), and the program then goes on.
    public typealias FaultFilter = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?) -> Bool

    /// Sets the crash path's fault filter (once, before the first backend opens).
    public static func setFaultFilter(_ filter: FaultFilter?) { TerminalRestore.faultFilter = filter }

    /// Gives the terminal back (idempotent); `deinit` calls it too.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if mouseOn { mousemask(0, nil) }
        TerminalRestore.leaveScreen()
        TerminalRestore.pasteEnabled = false
        TerminalRestore.uninstall()
        delscreen(screen)
        fclose(input)
        fclose(output)
    }

    public var mouseEnabled: Bool {
        get { mouseOn }
        set {
            guard isOpen else { return }
            var mask: mmask_t = 0
            for button in Int32(1)...5 { mask |= cnc_button_pressed(button) | cnc_button_released(button) }
            mask |= cnc_button_shift() | cnc_button_ctrl() | cnc_button_alt()
            mousemask(newValue ? mask : 0, nil)
            mouseinterval(0)
            mouseOn = newValue
        }
    }

    public func present(_ buffer: CellBuffer) {
        guard isOpen else { return }
        for run in FrameDiff.changes(from: lastFrame, to: buffer) {
            var x = run.x
            for cell in run.cells {
                draw(cell, x: x, y: run.y)
                x += 1
            }
        }
        lastFrame = buffer
        if let cursor = buffer.cursor, cursor.x < size.width, cursor.y < size.height {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func invalidate() {
        lastFrame = nil
        guard isOpen else { return }
        clearok(window, true)
    }

    public func suspend() {
        guard isOpen else { return }
        leaveForShell()
        // Stop with the default action even if curses installed its own SIGTSTP handler.
        var stop = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        var saved = sigaction()
        sigaction(SIGTSTP, &stop, &saved)
        raise(SIGTSTP)
        // Continued (SIGCONT): back to curses mode with a full repaint.
        sigaction(SIGTSTP, &saved, nil)
        returnFromShell()
    }

    /// Leaves curses mode while another program (`o`'s opener) runs in the terminal, then repaints.
    public func runOutside(_ body: () -> Void) {
        guard isOpen else { return body() }
        leaveForShell()
        body()
        returnFromShell()
    }

    /// `endwin` and a plain terminal: no mouse reports, no paste brackets, a cursor.
    private func leaveForShell() {
        endwin()
        writeSequence(String(describing: TerminalRestore.resetSequence))
    }

    /// Back to curses mode: paste brackets and mouse as they were, the size read again, the last frame repainted.
    private func returnFromShell() {
        if TerminalRestore.pasteEnabled { writeSequence("\u{1B}[?2004h") }
        if mouseOn { mouseEnabled = true }
        let frame = lastFrame
        invalidate()
        wrefresh(window)
        updateSize()
        if let frame, frame.width == size.width, frame.height == size.height { present(frame) }
    }

    public func copyToClipboard(_ text: String) {
        writeSequence(OSC52.sequence(copying: text))
    }

    /// Reads the size curses currently believes in.
    func updateSize() {
        size = TerminalSize(width: Int(cnc_cols()), height: Int(cnc_lines()))
    }

    /// Writes a sequence to the terminal after curses' pending output.
    private func writeSequence(_ sequence: String) {
        fflush(output)
        fputs(sequence, output)
        fflush(output)
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let pieces = encoding.pieces(for: cell)
        guard !pieces.isEmpty else { return }
        let attrs = styles.attributes(for: cell.style)
        var pair: Int32 = 0
        if let key = styles.pairKey(for: cell.style) {
            let (number, isNew) = pairs.pair(for: key)
            if isNew { init_pair(Int16(number), Int16(key.foreground), Int16(key.background)) }
            pair = number
        }
        for piece in pieces {
            var chars = piece.scalars.map { wchar_t(bitPattern: $0) } + [0]
            var cchar = cchar_t()
            setcchar(&cchar, &chars, attrs, Int16(pair), nil)
            mvwadd_wch(window, Int32(y), Int32(x + piece.offset), &cchar)
        }
    }

    /// Standard input/output when both are terminals, else `/dev/tty` (so `... | vcon-browser -` works).
    private static func openTerminalFiles() throws(CursesError)
        -> (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>)
    {
        if isatty(0) == 1, isatty(1) == 1, let input = fdopen(dup(0), "r"), let output = fdopen(dup(1), "w") {
            return (input, output)
        }
        guard let input = fopen("/dev/tty", "r") else { throw .notATerminal }
        guard let output = fopen("/dev/tty", "w") else {
            fclose(input)
            throw .notATerminal
        }
        return (input, output)
    }

    /// Finds the key codes curses gave terminfo's modified-key capabilities (`kLFT5` = Ctrl-Left…).
    private static func readExtendedKeys() -> [Int32: KeyPress] {
        var keys: [Int32: KeyPress] = [:]
        for (name, key) in KeyMapping.extendedKeyNames {
            for suffix in 2...8 {
                guard let modifiers = KeyMapping.modifiers(forSuffix: suffix),
                    let capability = tigetstr(name + String(suffix)), cnc_is_string_cap(capability) != 0
                else { continue }
                let code = key_defined(capability)
                if code > 0 { keys[code] = KeyPress(key, modifiers) }
            }
        }
        return keys
    }
}
