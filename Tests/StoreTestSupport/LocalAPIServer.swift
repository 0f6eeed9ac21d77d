import Foundation

/// The local vcon-server contract server (`Tests/StoreFixtures/vcon_server.py`), started for one test and
/// stopped (by its pid) when released.
public final class LocalAPIServer: @unchecked Sendable {
    public let port: Int
    public let token: String
    private let process: Process
    private let logPath: String

    /// Starts the server over the corpus with `token` and extra arguments (`--fault UUID=stall`, `--generate N`).
    public init(token: String = "test-token-\(UInt32.random(in: 1000...999_999))", arguments: [String] = [], corpus: Bool = true)
        throws
    {
        guard let python = TestStores.python else { throw ServerError.noPython }
        let script = TestStores.packageRoot.appendingPathComponent("Tests/StoreFixtures/vcon_server.py").path
        var args = [script, "--token", token] + arguments
        if corpus, let path = TestStores.corpus { args += ["--corpus", path] }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-api-\(UUID().uuidString).log").path
        FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = args
        // A file, not a pipe: processes started by parallel tests must not inherit a pipe end.
        process.standardOutput = FileHandle(forWritingAtPath: log)
        process.standardError = FileHandle(forWritingAtPath: log)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        self.token = token
        self.logPath = log
        var found: Int?
        let deadline = Date().addingTimeInterval(60)
        while found == nil, Date() < deadline, process.isRunning {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) {
                found = Int(line.dropFirst("listening on ".count))
            } else {
                usleep(50_000)
            }
        }
        guard let found else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw ServerError.notStarted(text)
        }
        port = found
    }

    deinit {
        // SIGKILL by pid: a child of a test thread may have SIGTERM blocked.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: logPath)
    }

    /// The API base URL (`http://127.0.0.1:PORT/api`).
    public var base: String { "http://127.0.0.1:\(port)/api" }

    public enum ServerError: Error { case noPython, notStarted(String) }
}
