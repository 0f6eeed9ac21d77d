import TermUI

/// A small interactive screen that exercises the backend and the widgets end to end.
///
///      TermUI demo · 80x24 · UTF-8 · colour · mouse                 last: <C-d>
///      1 List │ 2 Tree │ 3 Text
///     ┌──────────────────────────────────────────────────────────────────────────┐
///     │ (the selected tab's widget; hostile strings shown escaped)               │
///     └──────────────────────────────────────────────────────────────────────────┘
///      j/k move  Tab next  / search  ? help  M mouse  C-z suspend  q quit
///
/// For the lead to hook up (`vcon-browser --termui-demo`, say) and for tmux checks;
/// it runs on any `TerminalBackend`, so tests drive it with a `BatchBackend`.
public enum CursesDemo {
    /// Opens the terminal and runs the demo until `q`/Ctrl-C; the terminal is restored on return.
    public static func run(options: CursesOptions = .fromEnvironment()) throws(CursesError) {
        let backend = try CursesBackend(options: options)
        defer { backend.close() }
        run(on: backend)
    }

    /// Runs the demo loop on any backend until `q`, Ctrl-C or the end of a batch script.
    public static func run(on backend: some TerminalBackend) {
        var state = DemoState()
        while true {
            backend.present(state.render(size: backend.size, glyphs: backend.glyphs, backend: backend))
            guard let event = backend.nextEvent(timeout: nil) else {
                if backend.isFinished { return }
                continue
            }
            switch state.apply(event) {
            case .quit: return
            case .suspend: backend.suspend()
            case .toggleMouse: backend.mouseEnabled.toggle()
            case .redraw: backend.invalidate()
            case .none: break
            }
        }
    }
}

/// What the demo asks the loop to do after an event.
enum DemoAction {
    case none, quit, suspend, toggleMouse, redraw
}

/// The demo's whole state; rendering is a pure function of it.
struct DemoState {
    static let hostile = [
        "Alice \u{1B}]0;pwned title\u{07}", "Bob \u{1B}[31mred\u{1B}[0m", "Carol \u{202E}txet desrever",
        "Dan 中文 名前", "Eve 👨‍👩‍👧 🇺🇸 e\u{301}", "Frank \u{1B}]52;c;ZXZpbA==\u{07} clipboard", "Grace\tTab\u{7F}",
    ]
    static let text = """
        This pane wraps text by words and highlights search hits. Press / to search, n for the next hit.
        Untrusted text: \u{1B}[2J\u{1B}[H cleared? No: it is shown escaped. Bidi: \u{2067}abc\u{2069}.
        中文字符 take two cells each; emoji 😀 too; combining: Cafe\u{301}.
        """

    var tab = 0
    var list = ListViewState()
    var tree = TreeViewState()
    var textState = TextPaneState()
    var prompt: PromptState?
    var help: HelpOverlayState?
    var lastEvent = "none"

    mutating func apply(_ event: InputEvent) -> DemoAction {
        lastEvent = Self.describe(event)
        if var editing = prompt {
            switch editing.handle(event) {
            case .editing: prompt = editing
            case .submitted(let query):
                prompt = nil
                textState.query = query
                textState.currentHit = nil
            case .cancelled: prompt = nil
            }
            return .none
        }
        guard case .key(let press) = event else {
            if case .mouse(let mouse) = event, mouse.kind == .wheelDown { scroll(.down(3)) }
            if case .mouse(let mouse) = event, mouse.kind == .wheelUp { scroll(.up(3)) }
            return .none
        }
        if help != nil {
            switch press {
            case .char("q"), .char("?"), KeyPress(.escape): help = nil
            case .char("j"), KeyPress(.down): help?.scroll(.down(1))
            case .char("k"), KeyPress(.up): help?.scroll(.up(1))
            default: break
            }
            return .none
        }
        switch press {
        case .char("q"), .ctrl("c"): return .quit
        case .ctrl("z"): return .suspend
        case .ctrl("l"): return .redraw
        case .char("M"): return .toggleMouse
        case .char("?"), KeyPress(.function(1)): help = HelpOverlayState()
        case KeyPress(.tab): tab = (tab + 1) % 3
        case .backTab: tab = (tab + 2) % 3
        case .char("1"): tab = 0
        case .char("2"): tab = 1
        case .char("3"): tab = 2
        case .char("j"), KeyPress(.down): scroll(.down(1))
        case .char("k"), KeyPress(.up): scroll(.up(1))
        case .ctrl("d"), KeyPress(.pageDown): scroll(.pageDown)
        case .ctrl("u"), KeyPress(.pageUp): scroll(.pageUp)
        case .char("/"): prompt = PromptState()
        case .char("n"):
            tab = 2
            textState.jumpToHit(forward: true, in: textPane, width: lastTextWidth)
        case .char("h"), KeyPress(.left): tree.collapseOrParent(in: treeModel)
        case .char("l"), KeyPress(.right): tree.expandOrChild(in: treeModel)
        default: break
        }
        return .none
    }

    var lastTextWidth = 80
    var listView: ListView { ListView(items: Self.hostile.map { SafeText($0) }, glyphs: .unicode) }
    var textPane: TextPane { TextPane(text: SafeText(Self.text, sanitizer: .multiLine)) }
    var treeModel: TreeModel {
        TreeModel(rows: [
            (0, "vcon"), (1, "parties"), (2, "[0] Alice"), (2, "[1] Bob \u{1B}[5m"), (1, "dialog"),
            (2, "[0] recording"), (3, "body (base64url, 1.2 MB)"), (2, "[1] text"), (1, "attachments"),
        ])
    }

    private mutating func scroll(_ movement: Movement) {
        switch tab {
        case 0: list.move(movement, in: listView)
        case 1: tree.move(movement, in: treeModel)
        default: textState.scroll(movement)
        }
    }

    static func describe(_ event: InputEvent) -> String {
        switch event {
        case .key(let press): return press.description
        case .mouse(let mouse):
            let what: String
            switch mouse.kind {
            case .press(let button): what = "press \(button)"
            case .release(let button): what = "release \(button)"
            case .wheelUp: what = "wheel up"
            case .wheelDown: what = "wheel down"
            }
            return "mouse \(what) \(mouse.x),\(mouse.y)"
        case .resize(let width, let height): return "resize \(width)x\(height)"
        case .paste(let text): return "paste \(text.count) characters"
        }
    }

    mutating func render(size: TerminalSize, glyphs: Glyphs, backend: some TerminalBackend) -> CellBuffer {
        var buffer = CellBuffer(width: size.width, height: size.height)
        guard size.width > 4, size.height > 5 else { return buffer }
        let rows = buffer.area.split(.vertical, sizes: [1, 1, size.height - 3, 1])
        let dot = glyphs.separator
        let mode =
            "\(size) \(dot) \(glyphs.isASCII ? "ASCII" : "UTF-8") \(dot) "
            + "\(backend.colorsEnabled ? "colour" : "no colour") \(dot) mouse \(backend.mouseEnabled ? "on" : "off")"
        StatusBar(
            left: SafeText("TermUI demo \(glyphs.separator) " + mode), right: SafeText("last: " + lastEvent),
            glyphs: glyphs
        ).render(into: &buffer, area: rows[0])
        TabsBar(titles: ["1 List", "2 Tree", "3 Text"], selected: tab, glyphs: glyphs)
            .render(into: &buffer, area: rows[1])
        let inner = buffer.drawBox(rows[2], glyphs: glyphs, style: Theme.standard.border)
        lastTextWidth = inner.width
        switch tab {
        case 0:
            ListView(items: Self.hostile.map { SafeText($0) }, glyphs: glyphs)
                .render(into: &buffer, area: inner, state: &list)
        case 1:
            TreeView(source: treeModel, glyphs: glyphs).render(into: &buffer, area: inner, state: &tree)
        default:
            textPane.render(into: &buffer, area: inner, state: &textState)
        }
        if let prompt {
            PromptLine(prefix: "/", state: prompt, glyphs: glyphs).render(into: &buffer, area: rows[3])
        } else {
            KeyHintBar([
                ("j/k", "move"), ("Tab", "next"), ("/", "search"), ("?", "help"), ("M", "mouse"),
                ("C-z", "suspend"), ("q", "quit"),
            ]).render(into: &buffer, area: rows[3])
        }
        if var helpState = help {
            let lines: [SafeText] = [
                "j/k, arrows   move", "Tab, S-Tab    next/previous tab", "h/l           fold/unfold",
                "/  n          search, next hit", "M             toggle mouse", "C-z           suspend (fg to resume)",
                "C-l           redraw", "q, C-c        quit",
            ]
            HelpOverlay(title: "Help", lines: lines, glyphs: glyphs)
                .render(into: &buffer, area: buffer.area, state: &helpState)
            help = helpState
        }
        return buffer
    }
}
