import Foundation
import TestSupport

/// Runs the built `vcon-browser` binary and captures what it prints.
struct CLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLIRunner {
    /// The binary: next to the test bundle (`.build/debug/`), else under the package's `.build/debug`.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(PackagePaths.url(".build/debug"))
        return candidates.map { $0.appendingPathComponent("vcon-browser") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs with `arguments`, optional standard input, TZ pinned to UTC, a fixed locale and `extra` environment.
    ///
    /// Why files and `posix_spawn` + `waitpid`, not `Process` and pipes: tests run in parallel, and a process
    /// spawned by another test at the same moment (a tmux server, which lives on) inherits our pipe's write
    /// end, so reading to end-of-file would wait for that process. Files and the child's exit status cannot
    /// be held open that way.
    ///
    /// `environment` adds variables (a store token); `interruptAfter` sends SIGINT after that many seconds.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:], interruptAfter: Double? = nil
    ) throws -> CLIResult {
        guard let binary else { throw CLIError.noBinary }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inPath = dir.appendingPathComponent("in").path
        let outPath = dir.appendingPathComponent("out").path
        let errPath = dir.appendingPathComponent("err").path
        try (stdin ?? Data()).write(to: URL(fileURLWithPath: inPath))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
        // No HOME and no XDG_CONFIG_HOME unless a test gives them: the user's own config file is never read.
        // `extra` overrides the defaults (a test's `LANG=C` must be the only LANG the child sees).
        let base = ["TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": "80"]
        let environment = base.merging(extra) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The child starts with no blocked signals (a test thread's mask would otherwise block SIGINT in it).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw CLIError.spawn(spawned) }
        var status: Int32 = 0
        if let interruptAfter {
            let deadline = Date().addingTimeInterval(interruptAfter)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date() >= deadline {
                    kill(pid, SIGINT)
                    break
                }
                usleep(20_000)
            }
        }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return CLIResult(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// Writes a fixture into a fresh temporary directory and returns its path.
    static func fixture(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    enum CLIError: Error { case noBinary, spawn(Int32) }
}
