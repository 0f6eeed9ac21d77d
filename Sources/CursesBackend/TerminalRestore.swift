internal import CNCurses
import Foundation

/// Puts the terminal back on every way out: signals, crashes and `exit()`.
///
/// Handlers call `endwin()` (and switch off bracketed paste), restore the previous
/// disposition and re-raise, so the process still dies with the right status and
/// a core dump where one was due. `endwin` is not strictly async-signal-safe; every
/// curses program does this because the alternative (a raw terminal) is worse.
enum TerminalRestore {
    /// Requests to stop: after restoring, the default action (the process ends with that signal).
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes: after restoring, the previous handler (Swift's backtracer prints where it crashed).
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    /// Signals that end the process and must leave a usable terminal.
    static let fatalSignals = stopSignals + crashSignals

    /// Set while a curses screen is active; read by the handlers (a plain word, fine from a signal handler).
    nonisolated(unsafe) static var active = false
    /// File descriptor curses writes to, for the raw "paste off" sequence.
    nonisolated(unsafe) static var outputDescriptor: Int32 = 1
    nonisolated(unsafe) static var pasteEnabled = false
    /// Dispositions replaced by `install`, indexed by signal number (an array: no hashing inside a handler).
    nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    nonisolated(unsafe) private static var replaced = [Bool](repeating: false, count: 65)
    nonisolated(unsafe) private static var atexitInstalled = false

    /// Installs the handlers (once per open screen) and the atexit hook (once per process).
    ///
    /// A signal the process ignores (`nohup` ignores SIGHUP) stays ignored.
    static func install() {
        for signal in fatalSignals {
            var old = sigaction()
            sigaction(signal, nil, &old)
            // The handler union holds SIG_IGN as the address 1.
            let ignored = withUnsafeBytes(of: old.__sigaction_handler) { $0.load(as: UInt.self) } == 1
            guard !ignored else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in TerminalRestore.handle(signal) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
            previous[Int(signal)] = old
            replaced[Int(signal)] = true
        }
        if !atexitInstalled {
            atexitInstalled = true
            atexit { TerminalRestore.leaveScreen() }
        }
    }

    /// Restores the handlers that were there before `install`.
    static func uninstall() {
        for signal in fatalSignals where replaced[Int(signal)] {
            sigaction(signal, &previous[Int(signal)], nil)
            replaced[Int(signal)] = false
        }
    }

    /// Leaves curses mode if it is on (idempotent).
    static func leaveScreen() {
        guard active else { return }
        active = false
        if pasteEnabled { writeRaw("\u{1B}[?2004l") }
        endwin()
    }

    /// Writes bytes straight to the terminal (async-signal-safe `write(2)`).
    static func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(outputDescriptor, $0.baseAddress, $0.count) }
    }

    /// Restores the terminal, then re-raises: a crash goes to the previous handler (Swift's
    /// backtracer), a stop request to the default action, so the exit status names the signal.
    private static func handle(_ signal: Int32) {
        leaveScreen()
        let index = Int(signal)
        if crashSignals.contains(signal), index < previous.count, replaced[index] {
            replaced[index] = false
            sigaction(signal, &previous[index], nil)
        } else {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_DFL
            sigaction(signal, &action, nil)
        }
        raise(signal)
    }
}
