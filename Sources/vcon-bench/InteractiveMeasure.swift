import Foundation

/// The interactive first screen of the real executable, as a user sees it: `vcon-browser` started in a detached
/// tmux pane of a fixed size, the pane captured every few milliseconds until `ready` is on screen (first screen),
/// then until `busy` is gone (background work such as the list filling in has finished), then until `checking`
/// is gone (the findings checked after it). Peak RSS is read from `/proc/PID/status` (`VmHWM`) at the end.
/// After the first screen the pane is captured every 20 ms: each capture is a tmux process, and capturing every
/// 5 ms took a fifth of a core from the browser it measures.
struct InteractiveMeasure {
    var firstScreen: Double
    /// Seconds until `busy` left the screen (nil when it was still there at the timeout).
    var settled: Double?
    /// Seconds until `checking` left the screen too (the findings of every member shown).
    var checked: Double?
    var peakRSSBytes: Int

    /// The status line's words while findings are checked (`AppState.requestFindingsCheck`).
    static let checking = "checking findings"

    /// True when `screen` shows `ready` in a frame drawn to its last line (the hint bar's `q quit`): a capture can
    /// catch a frame half written, its top rows there and its status line not yet, and a `loading` still to come
    /// looked gone.
    static func drawn(_ screen: String, ready: String) -> Bool { screen.contains(ready) && screen.contains("q quit") }

    /// The run with the earliest first screen of `count` (on a shared machine a single run drifts by half).
    static func best(of count: Int, _ argv: [String], ready: String) -> InteractiveMeasure? {
        (0..<count).compactMap { _ in run(argv, ready: ready, busy: "loading") }.min { $0.firstScreen < $1.firstScreen }
    }

    static func run(
        _ argv: [String], ready: String, busy: String, checking: String = checking, timeout: Double = 600
    ) -> InteractiveMeasure? {
        let session = "vcon-bench-\(getpid())"
        let start = DispatchTime.now()
        // The server tmux forks keeps whatever output it inherits open: new-session's output is not captured.
        guard tmux(["new-session", "-d", "-s", session, "-x", "200", "-y", "60", "--"] + argv, capture: false) != nil
        else { return nil }
        defer { _ = tmux(["kill-session", "-t", session], capture: false) }
        let pid = tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).flatMap { Int32($0.trimmed) }
        var firstScreen: Double?
        var peak = 0
        // When each marker was first seen gone after it had shown (nil: never shown, or still showing).
        var (seenBusy, busyGone) = (false, nil as Double?)
        var (seenChecking, checkingGone) = (false, nil as Double?)
        var finished = false
        while elapsed(since: start) < timeout {
            guard let screen = tmux(["capture-pane", "-p", "-t", session]) else { break }
            let now = elapsed(since: start)
            if let pid { peak = max(peak, peakRSS(pid)) }
            if firstScreen == nil, drawn(screen, ready: ready) { firstScreen = now }
            let (working, checkingNow) = (screen.contains(busy), screen.contains(checking))
            seenBusy = seenBusy || working
            seenChecking = seenChecking || checkingNow
            busyGone = working ? nil : busyGone ?? (seenBusy ? now : nil)
            checkingGone = checkingNow ? nil : checkingGone ?? (seenChecking ? now : nil)
            // Done once both were seen and are gone, or did not show within a second of the first screen.
            if let firstScreen, !working, !checkingNow {
                let quiet = now - firstScreen > 1
                if (busyGone != nil || quiet && !seenBusy) && (checkingGone != nil || quiet && !seenChecking) {
                    finished = true
                    break
                }
            }
            usleep(firstScreen == nil ? 5_000 : 20_000)
        }
        guard let firstScreen else { return nil }
        let settled = finished ? busyGone ?? firstScreen : nil
        return InteractiveMeasure(
            firstScreen: firstScreen, settled: settled, checked: finished ? max(checkingGone ?? 0, settled ?? 0) : nil, peakRSSBytes: peak)
    }

    private static func elapsed(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// `VmHWM` of a running process, in bytes (0 when it is gone).
    private static func peakRSS(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes * 1024
    }

    /// Runs tmux and returns its output (nil when it failed; "" when not captured). posix_spawn and waitpid, not
    /// Foundation's Process: its waitUntilExit never returned for the client of `new-session -d`.
    static func tmux(_ arguments: [String], capture: Bool = true) -> String? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = ["tmux"] + arguments
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, cArgs, environ)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { return nil }
        var output: [UInt8] = []
        if capture {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(fds[0], &chunk, chunk.count)
                if count <= 0 { break }
                output += chunk[0..<count]
            }
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status == 0 ? String(decoding: output, as: UTF8.self) : nil
    }
}

/// A detached tmux session of a fixed size running one command, driven by keys and read by `capture-pane`.
struct TmuxPane {
    let name = "vcon-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let size: String

    func start(_ argv: [String]) -> Bool {
        let (width, height) = (size.split(separator: "x").first ?? "200", size.split(separator: "x").last ?? "60")
        return InteractiveMeasure.tmux(
            ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), "--"] + argv, capture: false) != nil
    }
    func capture() -> String? { InteractiveMeasure.tmux(["capture-pane", "-p", "-t", name]) }
    func send(literal text: String) { _ = InteractiveMeasure.tmux(["send-keys", "-t", name, "-l", text], capture: false) }
    func send(key: String) { _ = InteractiveMeasure.tmux(["send-keys", "-t", name, key], capture: false) }
    func stop() { _ = InteractiveMeasure.tmux(["kill-session", "-t", name], capture: false) }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
