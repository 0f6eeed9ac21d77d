import Foundation

/// Holds `LOCK TABLE vcons IN ACCESS EXCLUSIVE MODE` in a `psql` session so a listing has to wait (for the
/// interrupt test); `release` ends the session.
final class PostgresLockHolder {
    private let process = Process()
    private let input = Pipe()

    init(url: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", url]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN READ WRITE;\nLOCK TABLE vcons IN ACCESS EXCLUSIVE MODE;\nSELECT 1;\n".utf8))
        usleep(500_000)
    }

    func release() {
        try? input.fileHandleForWriting.write(contentsOf: Data("ROLLBACK;\n\\q\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
