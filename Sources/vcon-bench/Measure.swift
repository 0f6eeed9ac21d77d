import Foundation

/// Wall time and peak resident memory of one run of an external command.
struct RunMeasure {
    var seconds: Double
    var peakRSSBytes: Int
    var status: Int32

    /// Runs `argv` with output discarded and measures it through `wait4`'s rusage.
    static func run(_ argv: [String]) -> RunMeasure? {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let start = DispatchTime.now()
        guard posix_spawnp(&pid, argv[0], &actions, nil, cArgs, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return RunMeasure(seconds: seconds, peakRSSBytes: Int(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF)
    }

    /// The best (lowest time) of `count` runs.
    static func best(of count: Int, _ argv: [String]) -> RunMeasure? {
        (0..<count).compactMap { _ in run(argv) }.min { $0.seconds < $1.seconds }
    }

    /// `vcon-browser show` on `file` and its peers on the same file, one after the other in the same run (this
    /// machine's speed drifts between runs): python3 `json.load` and `jq empty`.
    static func showAndPeers(browser: String, file: String) -> [(String, RunMeasure?)] {
        [
            ("vcon-browser show", best(of: 3, [browser, "show", file])),
            ("python3 json.load", best(of: 3, ["python3", "-c", "import json,sys; json.load(open(sys.argv[1],'rb'))", file])),
            ("jq empty", best(of: 2, ["jq", "empty", file])),
        ]
    }
}

/// Peak resident memory of this process so far.
func selfPeakRSSBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }

/// The directory of this executable (where `vcon-browser` is built too).
func buildDirectory() -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
}
