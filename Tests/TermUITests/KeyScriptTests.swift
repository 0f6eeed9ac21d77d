import Testing

@testable import TermUI

@Suite struct KeyScriptTests {
    @Test func parsesTheDocumentedExample() throws {
        let events = try KeyScript.parse("jjj<Enter>/foo<Enter>n<Tab>2<C-d><Esc>q")
        let expected: [KeyPress] = [
            .char("j"), .char("j"), .char("j"), KeyPress(.enter), .char("/"), .char("f"),
            .char("o"), .char("o"), KeyPress(.enter), .char("n"), KeyPress(.tab), .char("2"), .ctrl("d"),
            KeyPress(.escape), .char("q"),
        ]
        #expect(events == expected.map { .key($0) })
    }

    @Test(
        arguments: [
            ("<S-Tab>", KeyPress.backTab), ("<BackTab>", .backTab), ("<Up>", KeyPress(.up)), ("<down>", KeyPress(.down)),
            ("<Left>", KeyPress(.left)), ("<Right>", KeyPress(.right)), ("<PgUp>", KeyPress(.pageUp)),
            ("<PgDn>", KeyPress(.pageDown)), ("<Home>", KeyPress(.home)), ("<End>", KeyPress(.end)),
            ("<F1>", KeyPress(.function(1))), ("<F12>", KeyPress(.function(12))), ("<C-x>", .ctrl("x")),
            ("<C-X>", .ctrl("x")), ("<M-x>", .alt("x")), ("<A-x>", .alt("x")), ("<Space>", .char(" ")),
            ("<BS>", KeyPress(.backspace)), ("<Del>", KeyPress(.delete)), ("<lt>", .char("<")),
            ("<S-Up>", KeyPress(.up, .shift)), ("<C-Left>", KeyPress(.left, .ctrl)),
            ("<C-M-x>", KeyPress(.character("x"), [.ctrl, .alt])), ("<M-Left>", KeyPress(.left, .alt)),
            ("<C-->", .ctrl("-")), ("<Esc>", KeyPress(.escape)), ("<Enter>", KeyPress(.enter)),
        ] as [(String, KeyPress)])
    func parsesNamedKeys(script: String, press: KeyPress) throws {
        #expect(try KeyScript.parse(script) == [.key(press)])
    }

    @Test func parsesResizeMouseAndPaste() throws {
        #expect(try KeyScript.parse("<resize 80x24>") == [.resize(width: 80, height: 24)])
        #expect(
            try KeyScript.parse("<click 3,4>") == [
                .mouse(MouseEvent(.press(.left), x: 3, y: 4)), .mouse(MouseEvent(.release(.left), x: 3, y: 4)),
            ])
        #expect(try KeyScript.parse("<wheeldown 0,9>") == [.mouse(MouseEvent(.wheelDown, x: 0, y: 9))])
        #expect(try KeyScript.parse("<paste a b>") == [.paste("a b")])
    }

    @Test(arguments: ["<Nope>", "a<Enter", "<resize 80>", "<resize 0x10>", "<X-a>", "<click a,b>"])
    func rejectsBadScripts(script: String) {
        #expect(throws: KeyScriptError.self) { try KeyScript.parse(script) }
    }

    @Test func errorsSayWhere() {
        do {
            _ = try KeyScript.parse("abc<Bogus>")
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 3)
            #expect(error.description.contains("Bogus"))
        }
    }

    @Test func notationRoundTrips() throws {
        let presses: [KeyPress] = [
            .char("j"), .char("<"), .char(" "), .ctrl("d"), .alt("x"), .backTab,
            KeyPress(.function(5)), KeyPress(.pageDown), KeyPress(.left, .alt), KeyPress(.enter),
        ]
        let script = presses.map(\.description).joined()
        #expect(script == "j<lt><Space><C-d><M-x><S-Tab><F5><PgDn><M-Left><Enter>")
        #expect(try KeyScript.parse(script) == presses.map { .key($0) })
        #expect(KeyScript.label(for: .ctrl("d")) == "C-d")
    }

    @Test func batchBackendReplaysAndTracksSize() throws {
        let backend = try BatchBackend(size: TerminalSize(width: 80, height: 24), keys: "j<resize 100x30>")
        #expect(backend.nextEvent(timeout: nil) == .key(.char("j")))
        #expect(!backend.isFinished)
        #expect(backend.nextEvent(timeout: nil) == .resize(width: 100, height: 30))
        #expect(backend.size == TerminalSize(width: 100, height: 30))
        #expect(backend.isFinished)
        #expect(backend.nextEvent(timeout: nil) == nil)
        backend.present(CellBuffer(width: 100, height: 30))
        backend.copyToClipboard("x")
        #expect(backend.frameCount == 1 && backend.lastFrame?.width == 100 && backend.clipboard == ["x"])
    }
}
