import Foundation
import TermUI
import VConModel

/// Carries out `Effect.openWith` for the run loop: finds the program (`$VCON_OPENER`, else mailcap's
/// `run-mailcap` or `see` on `PATH`), writes the private copy, hands the terminal to the program (the backend
/// leaves curses mode and restores the screen after) and says how it went. Copies live until the browser quits
/// (`removeAll`), since an opener such as `xdg-open` returns before the program it starts has read the file.
final class OpenWithRunner {
    private var copies: [PrivateCopy] = []
    private let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Removes every copy made so far.
    func removeAll() {
        for copy in copies { copy.remove() }
        copies.removeAll()
    }

    /// Opens `request` for `state`'s session on `backend`; the answer is the status line's message.
    func open(_ request: OpenRequest, inputs: [String], backend: some TerminalBackend) -> Action {
        guard let program = program(for: request) else {
            return .openFinished(
                "nothing to open it with: set VCON_OPENER (for example xdg-open) or install mailcap's run-mailcap")
        }
        let copy: PrivateCopy
        do {
            copy = try PrivateCopy.make(
                request.bytes, fileName: request.fileName, avoiding: inputs, roots: PrivateCopy.roots(environment: environment))
        } catch {
            return .openFinished("cannot open: \(error.description)")
        }
        copies.append(copy)
        let arguments = program.arguments(copy.path)
        var outcome: ProgramOutcome = .failed(0)
        backend.runOutside { outcome = Self.run(arguments) }
        let label = TextSafety.line(program.label)
        switch outcome {
        case .exited(0): return .openFinished("opened \(request.fileName) with \(label) (the copy is removed on quit)")
        case .exited(let status): return .openFinished("\(label) exited with status \(status) on \(request.fileName)")
        case .signalled(let signal): return .openFinished("\(label) was ended by signal \(signal) on \(request.fileName)")
        case .failed(let error): return .openFinished("cannot run \(label): \(String(cString: strerror(error)))")
        }
    }

    /// The program: `$VCON_OPENER` through `/bin/sh` (the path is its last argument, never spliced into the
    /// command text), else `run-mailcap --action=view TYPE:PATH` (or `see`), else nil.
    func program(for request: OpenRequest) -> OpenProgram? {
        if let opener = request.opener {
            let first = opener.split(separator: " ").first.map(String.init) ?? opener
            return OpenProgram(label: first) { ["/bin/sh", "-c", opener + " \"$1\"", "vcon-opener", $0] }
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["run-mailcap", "see"] {
            guard let found = path.map({ $0 + "/" + name }).first(where: FileManager.default.isExecutableFile) else { continue }
            let type = request.mediatype
            return OpenProgram(label: name) { copy in
                [found] + (name == "run-mailcap" ? ["--action=view"] : []) + [type.map { "\($0):\(copy)" } ?? copy]
            }
        }
        return nil
    }

    /// Runs `arguments` with the terminal, waits for it, and returns how it ended. While it runs, Ctrl-C and
    /// Ctrl-\ go to the program only (the browser ignores them; the child gets default dispositions back).
    static func run(_ arguments: [String]) -> ProgramOutcome {
        let ignored: [Int32] = [SIGINT, SIGQUIT]
        var saved: [sigaction] = Array(repeating: sigaction(), count: ignored.count)
        for (index, signal) in ignored.enumerated() {
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&ignore.sa_mask)
            sigaction(signal, &ignore, &saved[index])
        }
        defer {
            for (index, signal) in ignored.enumerated() { sigaction(signal, &saved[index], nil) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ)
        guard spawned == 0 else { return .failed(spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failed(errno) }
        }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}

/// How to run the opener on a copy's path, and its name for the status line.
struct OpenProgram {
    var label: String
    var arguments: (String) -> [String]
}

/// How the program ended.
enum ProgramOutcome: Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// It could not be started or waited for (an `errno`).
    case failed(Int32)
}
