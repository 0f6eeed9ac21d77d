internal import CNCurses
import Foundation

/// Puts the terminal back on every way out: signals, crashes and `exit()`.
///
/// Stop requests (SIGINT, SIGTERM, SIGHUP, SIGQUIT) leave curses mode and end the process with the default
/// action, so the exit status names the signal. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
/// SIGTRAP) first ask `faultFilter` (the file-mapping guard repairs a SIGBUS from a truncated file and the
/// program goes on), then restore the terminal, write a report under the XDG state folder (`CrashReport`),
/// print one short notice with its path, and die with the signal's default action (a core dump where one is
/// due). Swift's interactive backtracer is not run unless `SWIFT_BACKTRACE` was set by the user, in which
/// case it gets the crash after the terminal is restored. `endwin` is not strictly async-signal-safe; every
/// curses program does this because the alternative (a raw terminal over SSH) is worse.
enum TerminalRestore {
    /// Requests to stop: after restoring, the default action (the process ends with that signal).
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes: after restoring, a report, then the default action.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    /// Signals that end the process and must leave a usable terminal.
    static let fatalSignals = stopSignals + crashSignals
    /// Mouse reporting off (every mode curses may have switched on), bracketed paste off, cursor visible.
    static let resetSequence: StaticString = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?2004l\u{1B}[?25h"

    /// Set while a curses screen is active; read by the handlers (a plain word, fine from a signal handler).
    nonisolated(unsafe) static var active = false
    /// File descriptor curses writes to, for the raw reset sequences.
    nonisolated(unsafe) static var outputDescriptor: Int32 = 1
    nonisolated(unsafe) static var pasteEnabled = false
    /// Asked first on a crash signal; true means the fault was repaired and the program goes on.
    nonisolated(unsafe) static var faultFilter: CursesBackend.FaultFilter?
    /// True when the user set `SWIFT_BACKTRACE`: the runtime's backtracer then gets crashes after the restore.
    nonisolated(unsafe) private static var chainToBacktracer = false
    /// Dispositions replaced by `install`, indexed by signal number (an array: no hashing inside a handler).
    nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    nonisolated(unsafe) private static var replaced = [Bool](repeating: false, count: 65)
    nonisolated(unsafe) private static var atexitInstalled = false

    /// Installs the handlers (once per open screen) and the atexit hook (once per process).
    ///
    /// A signal the process ignores (`nohup` ignores SIGHUP) stays ignored.
    static func install() {
        CrashReport.prepare()
        chainToBacktracer = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] != nil
        for signal in fatalSignals {
            var old = sigaction()
            sigaction(signal, nil, &old)
            // The handler union holds SIG_IGN as the address 1.
            let ignored = withUnsafeBytes(of: old.__sigaction_handler) { $0.load(as: UInt.self) } == 1
            guard !ignored else { continue }
            var action = sigaction()
            if crashSignals.contains(signal) {
                action.__sigaction_handler.sa_sigaction = { signal, info, _ in TerminalRestore.crashed(signal, info) }
                action.sa_flags = SA_SIGINFO
            } else {
                action.__sigaction_handler.sa_handler = { signal in TerminalRestore.stopped(signal) }
                action.sa_flags = 0
            }
            sigemptyset(&action.sa_mask)
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

    /// Leaves curses mode if it is on (idempotent): `endwin`, then mouse and paste off and the cursor shown.
    static func leaveScreen() {
        guard active else { return }
        active = false
        endwin()
        writeRaw(resetSequence)
    }

    /// Writes bytes straight to the terminal (async-signal-safe `write(2)`).
    static func writeRaw(_ text: StaticString) {
        _ = write(outputDescriptor, text.utf8Start, text.utf8CodeUnitCount)
    }

    /// A stop request: restore the terminal, then end with the default action.
    private static func stopped(_ signal: Int32) {
        leaveScreen()
        die(signal)
    }

    /// A crash: let the fault filter repair it, else restore the terminal, write the report and die.
    private static func crashed(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        if let faultFilter, faultFilter(signal, info) { return }
        let wasActive = active
        leaveScreen()
        let address = info.map { UInt(bitPattern: $0.pointee._sifields._sigfault.si_addr) } ?? 0
        let written = CrashReport.write(signal: signal, address: address)
        CrashReport.notice(signal: signal, written: written, to: wasActive ? outputDescriptor : 2)
        let index = Int(signal)
        if chainToBacktracer, index < previous.count, replaced[index] {
            replaced[index] = false
            sigaction(signal, &previous[index], nil)
            raise(signal)
            return
        }
        die(signal)
    }

    /// Ends the process with `signal`'s default action (delivered when the handler returns).
    private static func die(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
    }
}
