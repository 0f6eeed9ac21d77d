import TermUI
import Testing

@testable import CursesBackend

/// The demo loop on a batch backend: same code path as in a terminal, minus curses.
@Suite struct DemoTests {
    @Test func demoRunsOnABatchBackendAndEscapesHostileText() throws {
        let backend = try BatchBackend(size: TerminalSize(width: 60, height: 12), keys: "jj<Tab>")
        CursesDemo.run(on: backend)
        let frame = try #require(backend.lastFrame)
        #expect(frame.lines[1] == " 1 List │ 2 Tree │ 3 Text")
        #expect(frame.lines[0].contains("last: <Tab>"))
        #expect(frame.lines[3] == "│▾ vcon                                                    │")
        #expect(backend.frameCount == 4)
    }

    @Test func demoListShowsEscapesNotControls() throws {
        let backend = try BatchBackend(size: TerminalSize(width: 60, height: 12), keys: "", glyphs: .ascii)
        CursesDemo.run(on: backend)
        let frame = try #require(backend.lastFrame)
        #expect(frame.lines[3] == "|> Alice \\u001b]0;pwned title\\u0007                        |")
        #expect(!AnsiRenderer().render(frame).contains("\u{1B}]"))
    }

    @Test func demoQuitsOnQAndSuspendsOnCtrlZ() throws {
        let backend = try BatchBackend(size: TerminalSize(width: 40, height: 10), keys: "<C-z>?q<Esc>qjjj")
        CursesDemo.run(on: backend)
        #expect(backend.suspendCount == 1)
        #expect(!backend.isFinished)
    }
}
