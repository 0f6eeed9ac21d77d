import Foundation
import TermUI
import Testing
import VConLibrary
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

    @Test func saveRefusesTheFilesOfAnInputDirectory() throws {
        let files = FakeFiles()
        files.files["tree/2025/01/01/a.json"] = [2]
        let backend = try BatchBackend(size: TerminalSize(width: 80, height: 24), keys: "")
        var session = BrowserSession(files: [try loadFixture()])
        session.inputPaths = ["tree"]
        let state = AppState(session: session, size: backend.size)
        for path in ["tree/2025/01/01/a.json", "tree/new.json", "./tree/b.json"] {
            let action = BrowserApp.save(SaveRequest(path: path, bytes: [9], overwrite: true), state: state, files: files)
            #expect(action == .saveFailed("refused: \(path) is inside the input directory tree (the browser never changes its inputs)"))
        }
        #expect(files.files["tree/2025/01/01/a.json"] == [2] && files.files["tree/new.json"] == nil)
        // A sibling whose name only starts like the directory's is not inside it.
        #expect(
            BrowserApp.save(SaveRequest(path: "tree2.json", bytes: [9], overwrite: false), state: state, files: files)
                == .saved(path: "tree2.json", bytes: 1))
    }

    /// A terminal that is slow to draw (an SSH link), waits as long as asked for a key that never comes, and quits
    /// once the findings are all shown.
    final class SlowTerminal: TerminalBackend {
        let size = TerminalSize(width: 100, height: 20)
        let glyphs = Glyphs.unicode
        let colorsEnabled = false
        var mouseEnabled = false
        var isFinished: Bool { false }
        var done = false
        var frames = 0
        func present(_ buffer: CellBuffer) {
            frames += 1
            usleep(50_000)
            done = !buffer.plainText.contains("checking findings") && buffer.plainText.contains("1 error")
        }
        func nextEvent(timeout: Duration?) -> InputEvent? {
            if done { return .key(.char("Q")) }
            if let timeout {
                Thread.sleep(forTimeInterval: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
            }
            return nil
        }
        func invalidate() {}
        func suspend() {}
        func copyToClipboard(_ text: String) {}
    }

    /// A background answer that came while a frame was drawn is taken at once: the loop used to wait for a key
    /// for the whole file-watch interval (a second for the browser, ten here) before every background step.
    @Test func anAnswerThatCameWhileDrawingIsTakenWithoutWaitingForAKey() {
        let catalog = Catalog(sources: [FindingsCheckTests.Source(count: 6)], opener: MemberOpener(validates: false))
        let terminal = SlowTerminal()
        let start = ContinuousClock.now
        let state = BrowserApp.run(
            AppState(session: BrowserSession(catalog: catalog, checkLater: true), size: terminal.size), on: terminal, background: true,
            watchInterval: .seconds(10))
        #expect(state.session.unchecked == 0)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(terminal.frames < 20, "frames are drawn when something changed, not at every 20 ms poll")
    }

    @Test func quitEndsTheLoopBeforeTheScriptDoes() throws {
        let (_, backend) = try run("Qjjjj")
        #expect(!backend.isFinished)
    }
}
