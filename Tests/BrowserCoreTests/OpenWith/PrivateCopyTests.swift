import Foundation
import Testing

@testable import BrowserCore

/// The copy `o` hands over: decoded bytes, mode 0600 in a new 0700 folder, never in an input's folder; and the
/// program gets its path as one argument, never spliced into a command line.
@Suite struct PrivateCopyTests {
    /// A scratch folder for one test.
    static func scratch(_ name: String) throws -> String {
        let path = NSTemporaryDirectory() + "private-copy-\(name)-\(getpid())-\(UUID().uuidString.prefix(6))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_mode & 0o777) : -1
    }

    @Test func theCopyHoldsTheBytesPrivatelyAndNeverBesideAnInput() throws {
        let inputs = try Self.scratch("inputs")
        let other = try Self.scratch("other")
        defer { for folder in [inputs, other] { try? FileManager.default.removeItem(atPath: folder) } }
        let input = inputs + "/call.vcon.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: input))
        let bytes: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0xFF, 0x0A, 0x0D]
        // The input's folder comes first among the roots (as when TMPDIR is it): it is skipped.
        let copy = try PrivateCopy.make(bytes, fileName: "notes.txt.gz", avoiding: [input], roots: [inputs, other])
        #expect((copy.folder as NSString).deletingLastPathComponent == other)
        #expect(copy.path == copy.folder + "/notes.txt.gz")
        #expect(!copy.path.hasPrefix(inputs + "/"))
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: copy.path))) == bytes)
        #expect(Self.mode(copy.path) == 0o600)
        #expect(Self.mode(copy.folder) == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inputs) == ["call.vcon.json"])
        copy.remove()
        #expect(!FileManager.default.fileExists(atPath: copy.folder))
    }

    @Test func anInputDirectoryAndEverythingUnderItIsSkipped() throws {
        let tree = try Self.scratch("tree")
        defer { try? FileManager.default.removeItem(atPath: tree) }
        try FileManager.default.createDirectory(atPath: tree + "/sub", withIntermediateDirectories: true)
        #expect(PrivateCopy.root(among: [tree, tree + "/sub", "/nonexistent"], avoiding: [tree]) == nil)
        #expect(throws: PrivateCopyError.self) {
            try PrivateCopy.make([1], fileName: "x", avoiding: [tree], roots: [tree + "/sub"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree + "/sub").isEmpty)
    }

    @Test func tmpdirComesFirst() {
        #expect(PrivateCopy.roots(environment: ["TMPDIR": "/scratch"]) == ["/scratch", "/tmp", "/var/tmp"])
        #expect(PrivateCopy.roots(environment: ["TMPDIR": ""]) == ["/tmp", "/var/tmp"])
    }

    @Test func theOpenerGetsThePathAsOneArgumentAndItsStatusIsReported() throws {
        let folder = try Self.scratch("runner")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let record = folder + "/argument"
        let runner = OpenWithRunner(environment: ["PATH": "/usr/bin:/bin"])
        let request = OpenRequest(bytes: [], name: "x", mediatype: nil, opener: "printf '%s' > '\(record)'")
        let program = try #require(runner.program(for: request))
        let hostile = folder + "/a b'$(touch pwned)\".txt"
        #expect(OpenWithRunner.run(program.arguments(hostile)) == .exited(0))
        #expect(try String(contentsOfFile: record, encoding: .utf8) == hostile)
        #expect(!FileManager.default.fileExists(atPath: "pwned") && !FileManager.default.fileExists(atPath: folder + "/pwned"))
        #expect(OpenWithRunner.run(["/bin/sh", "-c", "exit 3"]) == .exited(3))
        #expect(OpenWithRunner.run(["/bin/sh", "-c", "kill -TERM $$"]) == .signalled(SIGTERM))
        #expect(OpenWithRunner.run(["/nonexistent/opener"]) == .failed(ENOENT))
    }

    @Test func withoutAnOpenerMailcapIsAskedWithASafeType() throws {
        let bin = try Self.scratch("bin")
        defer { try? FileManager.default.removeItem(atPath: bin) }
        let runner = OpenWithRunner(environment: ["PATH": bin])
        let request = OpenRequest(bytes: [], name: "x", mediatype: "audio/x-wav", opener: nil)
        #expect(runner.program(for: request) == nil, "nothing on PATH")
        let see = bin + "/run-mailcap"
        #expect(FileManager.default.createFile(atPath: see, contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755]))
        let program = try #require(runner.program(for: request))
        #expect(program.label == "run-mailcap")
        #expect(program.arguments("/tmp/d/x") == [see, "--action=view", "audio/x-wav:/tmp/d/x"])
        let untyped = OpenRequest(bytes: [], name: "x", mediatype: "audio/x-wav;$(id)x/y", opener: nil)
        #expect(untyped.mediatype == "audio/x-wav")
    }
}
