import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// The shared run loop on a `BatchBackend`: effects reach the backend and the file system.
@Suite struct RunLoopTests {
    final class FakeFiles: FileSaving {
        var files: [String: [UInt8]] = ["taken.txt": [1]]
        func exists(_ path: String) -> Bool { files[path] != nil }
        func write(_ bytes: [UInt8], to path: String) throws { files[path] = bytes }
        func resolved(_ path: String) -> String { path.hasPrefix("./") ? String(path.dropFirst(2)) : path }
    }

    func run(_ keys: String, files: FakeFiles = FakeFiles()) throws -> (AppState, BatchBackend) {
        let backend = try BatchBackend(size: TerminalSize(width: 80, height: 24), keys: keys)
        let state = AppState(session: BrowserSession(files: [try loadFixture()]), size: backend.size)
        return (BrowserApp.run(state, on: backend, files: files), backend)
    }

    @Test func copyMouseSuspendAndRedrawReachTheBackend() throws {
        let (state, backend) = try run("ypM<C-z><C-l>")
        #expect(backend.clipboard == ["/subject"])
        #expect(!backend.mouseEnabled)
        #expect(backend.suspendCount == 1)
        #expect(!state.mouseEnabled)
        #expect(backend.lastFrame?.plainText.contains("Refund") == true)
    }

    @Test func saveAsksBeforeOverwritingAndNeverWritesInputs() throws {
        let files = FakeFiles()
        _ = try run("3js<C-u>new.txt<Enter>", files: files)
        #expect(files.files["new.txt"] == Array("Sure, the meter reading is done.".utf8))

        let (asked, _) = try run("3js<C-u>taken.txt<Enter>", files: files)
        #expect(
            asked.overlay
                == .confirm(
                    SaveRequest(
                        path: "taken.txt", bytes: files.files["new.txt"] ?? [],
                        overwrite: false)))
        #expect(files.files["taken.txt"] == [1])
        _ = try run("3js<C-u>taken.txt<Enter>y", files: files)
        #expect(files.files["taken.txt"] == files.files["new.txt"])

        let (refused, _) = try run("3js<C-u>./fixture.vcon.json<Enter>", files: files)
        #expect(refused.message?.hasPrefix("refused") == true)
        #expect(files.files["fixture.vcon.json"] == nil)
    }

    @Test func quitEndsTheLoopBeforeTheScriptDoes() throws {
        let (_, backend) = try run("Qjjjj")
        #expect(!backend.isFinished)
    }
}
