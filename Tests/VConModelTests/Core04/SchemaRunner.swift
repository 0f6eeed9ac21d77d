import Foundation
import TestSupport

/// Runs `Tests/Schema/schema_errors.py` (Python jsonschema over the core-04 Appendix B schema).
/// Python is `VCON_PYTHON` or `python3` on PATH; `VCON_REQUIRE_JSONSCHEMA=1` (set by CI) turns a
/// missing jsonschema into a failure instead of a skip.
enum SchemaRunner {
    struct SchemaError: Sendable {
        var file: String
        var pointer: String
        var validator: String
        var members: [String]
        var message: String
    }

    static let directory = PackagePaths.root.appendingPathComponent("Tests/Schema")
    static let schema = directory.appendingPathComponent("core04-appendix-b.schema.json").path
    static let script = directory.appendingPathComponent("schema_errors.py").path

    static var python: String { ProcessInfo.processInfo.environment["VCON_PYTHON"] ?? "python3" }
    static var required: Bool { ProcessInfo.processInfo.environment["VCON_REQUIRE_JSONSCHEMA"] == "1" }

    /// True when Python can import jsonschema.
    static let available: Bool = (try? run(["-c", "import jsonschema"]))?.status == 0

    /// Runs Python with `arguments`; stdout and status (stdout goes to a file: no pipe to stall on).
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text)
    }

    /// Every schema error for `files`, and the formats the checker checks.
    static func errors(for files: [String]) throws -> (errors: [SchemaError], formats: [String]) {
        let result = try run([script, schema] + files)
        var errors: [SchemaError] = []
        var formats: [String] = []
        for line in result.stdout.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if let list = object["formats"] as? [String] { formats = list }
            guard let file = object["file"] as? String, let pointer = object["pointer"] as? String else { continue }
            errors.append(
                SchemaError(
                    file: file, pointer: pointer, validator: object["validator"] as? String ?? "",
                    members: object["members"] as? [String] ?? [], message: object["message"] as? String ?? ""))
        }
        return (errors, formats)
    }

    /// The demo bundle's vCon members, extracted by Python's zipfile into `directory`.
    static func extractDemo(into directory: URL) throws -> [String] {
        let bundle = PackagePaths.root.appendingPathComponent("Tests/Fixtures/Demo/demo.vconz").path
        let result = try run([script, "--extract", bundle, directory.path])
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
