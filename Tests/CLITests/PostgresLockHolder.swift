import Foundation

/// Holds `LOCK TABLE vcons IN ACCESS EXCLUSIVE MODE` in a `psql` session so a listing has to wait (for the
/// interrupt test); `release` ends the session.
final class PostgresLockHolder {
    private let process = Process()
    private let input = Pipe()

    /// Locks `table` in a transaction held open until `release`.
    convenience init(url: String, table: String = "vcons") throws {
        try self.init(url: url, sql: "BEGIN READ WRITE;\nLOCK TABLE \(table) IN ACCESS EXCLUSIVE MODE;\nSELECT 1;\n")
    }

    /// Runs `sql` in a psql session kept open until `release`.
    init(url: String, sql: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", url]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(sql.utf8))
        usleep(500_000)
    }

    func release() {
        guard process.isRunning else { return }
        try? input.fileHandleForWriting.write(contentsOf: Data("ROLLBACK;\n\\q\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
