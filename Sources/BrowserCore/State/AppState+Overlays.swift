import TermUI
import VConModel

/// Keys inside the help, findings, explain and confirm overlays, and opening them.
extension AppState {
    mutating func overlayKey(_ press: KeyPress) -> [Effect] {
        guard let current = overlay else { return [] }
        let closing: Set<KeyPress> = [.char("q"), KeyPress(.escape)]
        switch current {
        case .help(var help):
            if closing.contains(press) || press == .char("?") || press == KeyPress(.function(1)) {
                if press == KeyPress(.escape), !help.filter.isEmpty {
                    help.filter = ""
                    overlay = .help(help)
                } else {
                    overlay = nil
                }
            } else if press == KeyPress(.tab) || press == .backTab {
                help.tab = 1 - help.tab
                help.offset = 0
                overlay = .help(help)
            } else if press == .char("/") {
                openPrompt(.helpSearch, text: help.filter)
            } else if let movement = Self.scrollMovement(press) {
                help.offset = max(
                    0,
                    min(
                        help.offset + movement.delta(viewport: layout.box.height - 4),
                        max(0, helpLines(help).count - (layout.box.height - 4))))
                overlay = .help(help)
            }
        case .findings(var list):
            if closing.contains(press) || press == .char("!") {
                overlay = nil
            } else if press == KeyPress(.enter) {
                jumpToFinding(list.selected)
            } else if let movement = Self.scrollMovement(press) {
                list.move(movement, rows: findingRows, height: findingsLayout.list.height)
                overlay = .findings(list)
            }
        case .explain(let title, let lines, var offset):
            if closing.contains(press) || press == .char("X") {
                overlay = nil
            } else if let movement = Self.scrollMovement(press) {
                let height = max(1, layout.box.height - 2)
                offset = max(0, min(offset + movement.delta(viewport: height), max(0, lines.count - height)))
                overlay = .explain(title: title, lines: lines, offset: offset)
            }
        case .diff(let view):
            diffKey(press, view: view)
        case .confirm(var request):
            overlay = nil
            if press == .char("y") || press == .char("Y") {
                request.overwrite = true
                return [.save(request)]
            }
            message = "not saved"
        }
        return []
    }

    static func scrollMovement(_ press: KeyPress) -> Movement? {
        switch press {
        case .char("j"), KeyPress(.down): .down(1)
        case .char("k"), KeyPress(.up): .up(1)
        case .ctrl("d"): .halfPageDown
        case .ctrl("u"): .halfPageUp
        case KeyPress(.pageDown), .char(" "), .ctrl("f"): .pageDown
        case KeyPress(.pageUp), .ctrl("b"): .pageUp
        case .char("g"), KeyPress(.home): .top
        case .char("G"), KeyPress(.end): .bottom
        default: nil
        }
    }

    // MARK: - Explain

    mutating func explain() {
        guard let document = currentDocument else { return }
        guard let pointer = focusedPointer else {
            message = "nothing to explain here (move to a field)"
            return
        }
        let form = document.vcon != nil ? ExplainForm.vcon : ExplainForm(document.file?.form ?? .unsigned)
        let vcon = document.vcon
        guard
            let match = Explain.entry(
                forPointer: pointer, inForm: form,
                purpose: { index in
                    vcon.flatMap { VConItems.attachment($0, index) }?.purpose
                })
        else {
            message = "cannot explain \(pointer)"
            return
        }
        let width = max(20, min(90, size.width - 8))
        overlay = .explain(
            title: "Explain " + PointerText.path(pointer), lines: Explain.text(for: match, width: width),
            offset: 0)
    }

    // MARK: - Help

    /// The help's lines for a tab: keys (from the command table) or the legend; filtered by `/`.
    func helpLines(_ help: HelpState) -> [SafeText] {
        let all = help.tab == 0 ? keys.keymap.helpLines(theme: theme) : Legend.lines(glyphs: glyphs, theme: theme)
        guard !help.filter.isEmpty else { return all }
        let needle = help.filter.lowercased()
        return all.filter { $0.plainText.lowercased().contains(needle) }
    }
}
