import TermUI

/// The prompt line: `/` search, `\` filter (live, "N hidden"), `:` command line with completion, save path.
extension AppState {
    mutating func openPrompt(_ kind: PromptKind, text: String = "", payload: [UInt8] = []) {
        let filter = mode == .library ? libraryCursor.filter : cursor.filter
        let history = kind == .search || kind == .helpSearch ? searchHistory : []
        prompt = ActivePrompt(
            kind: kind, editor: PromptState(text: kind == .filter ? filter : text, history: history),
            previousFilter: filter, payload: payload)
    }

    /// Words `:` completes with Tab.
    static let commandWords = [
        "set tz=utc", "set tz=local", "set tz=offset", "set tz=relative", "set tz=delta", "set number", "set nonumber",
        "pane summary", "pane parties", "pane dialog", "pane analysis", "pane attachments",
        "pane links", "pane security", "pane json", "findings", "help", "hex", "quit", "ladder",
        "trust ", "key ",
    ]

    mutating func promptInput(_ event: InputEvent) -> [Effect] {
        guard var active = prompt else { return [] }
        if active.kind == .command, case .key(let press) = event, press == KeyPress(.tab) {
            let text = active.editor.text
            if let match = Self.commandWords.first(where: { $0.hasPrefix(text) && $0 != text }) {
                active.editor.setText(match)
            }
            prompt = active
            return []
        }
        switch active.editor.handle(event) {
        case .editing:
            prompt = active
            if active.kind == .filter { setFilter(active.editor.text) }
            if active.kind == .helpSearch, case .help(var help) = overlay {
                help.filter = active.editor.text
                help.offset = 0
                overlay = .help(help)
            }
            return []
        case .cancelled:
            prompt = nil
            if active.kind == .filter { setFilter(active.previousFilter) }
            return []
        case .submitted(let text):
            prompt = nil
            return submit(active, text: text)
        }
    }

    mutating func submit(_ active: ActivePrompt, text: String) -> [Effect] {
        switch active.kind {
        case .search:
            guard !text.isEmpty else { return [] }
            if searchHistory.last != text { searchHistory.append(text) }
            runSearch(text)
        case .filter:
            if mode == .library, session.paged != nil { return submitStoreFilter(text) }
            setFilter(text)
            message = text.isEmpty ? "filter cleared" : nil
        case .command:
            return runCommandLine(text)
        case .save:
            guard !text.isEmpty else { return [] }
            return [.save(SaveRequest(path: text, bytes: active.payload, overwrite: false))]
        case .helpSearch:
            if case .help(var help) = overlay {
                help.filter = text
                overlay = .help(help)
            }
        }
        return []
    }

    mutating func setFilter(_ text: String) {
        if mode == .library {
            libraryCursor.filter = text
            libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
        } else if pane.hasList {
            var current = cursor
            let before = current.selected
            current.filter = text
            current.clamp(rows: itemRows, height: layout.list.height)
            cursor = current
            if current.selected != before { rebuildDetail(keepCursor: false) }
        }
    }

    /// `:42`, `:set tz=local`, `:pane dialog`, `:3`… , `:findings`, `:help`, `:hex`, `:q`.
    mutating func runCommandLine(_ raw: String) -> [Effect] {
        let text = raw.trimmingCharacters(in: " ")
        if let number = Int(text) {
            goToRow(number)
            return pageAhead()
        }
        let words = text.split(separator: " ").map(String.init)
        switch words.first ?? "" {
        case "q", "quit", "q!", "qa":
            return [.quit]
        case "set":
            set(words.dropFirst().joined(separator: " "))
        case "pane":
            let name = words.dropFirst().first?.lowercased() ?? ""
            if let target = Pane.allCases.first(where: { $0.title.lowercased() == name || String($0.rawValue + 1) == name }) {
                select(pane: target)
            } else {
                message = "no pane \(name)"
            }
        case "ladder":
            let dialog = words.dropFirst().first.flatMap { Int($0) }
            if words.count > 1, dialog == nil {
                message = "usage: :ladder [DIALOG]"
            } else {
                openLadder(dialog: dialog)
            }
        case "trust", "key":
            let path = String(text.dropFirst(words[0].count)).trimmingCharacters(in: " ")
            return addSecurity(words[0] == "trust" ? .trust(path) : .key(path))
        case "findings": _ = run(.findings, key: .char("!"))
        case "help": overlay = .help(HelpState())
        case "hex": _ = run(.hexView, key: .char("x"))
        case "":
            break
        default:
            message = "unknown command :\(text) (Tab completes)"
        }
        return []
    }

    /// `:N`: row N of the focused list, tree, detail or ladder, counting from 1 as `:set number` shows
    /// (a ladder message goes by the `#N` it is labelled with).
    mutating func goToRow(_ number: Int) {
        switch mode {
        case .library: goToListRow(number)
        case .ladder: selectLadderMessage(number)
        case .document: goToPaneRow(number)
        }
    }

    /// `:N` on the vCon's panes: the tree's node, the list's row or the detail's line N.
    mutating func goToPaneRow(_ number: Int) {
        let index = number - 1
        if pane == .json, let tree {
            syncTreeViewport()
            treeState.reveal(min(max(0, index), tree.nodeCount - 1), in: tree)
        } else if pane.hasList, focus == .list {
            guard index >= 0, index < items.count else {
                message = items.isEmpty ? "no rows here" : "no row \(number): the list has \(items.count)"
                return
            }
            remember()
            var current = cursor
            current.select(index, rows: itemRows, height: layout.list.height)
            cursor = current
            rebuildDetail(keepCursor: false)
        } else {
            detail.cursor = min(max(0, index), max(0, detail.lines.count - 1))
            scrollDetailToCursor()
        }
    }

    /// The settings `:set` knows, as its error lists them.
    static let settings = "tz=…, number, nonumber"

    /// `:set tz=…`, `:set number` / `:set nu`, `:set nonumber` / `:set nonu`, `:set number!` (toggle).
    mutating func set(_ setting: String) {
        switch setting {
        case "number", "nu":
            showNumbers = true
        case "nonumber", "nonu":
            showNumbers = false
        case "number!", "nu!", "invnumber", "invnu":
            showNumbers.toggle()
        default:
            guard setting.hasPrefix("tz=") else {
                message = "unknown setting \(setting.isEmpty ? "(none)" : setting): :set \(Self.settings)"
                return
            }
            switch TimeMode.parseSetting(String(setting.dropFirst(3))) {
            case .success(let mode): setTime(mode)
            case .failure(let error): message = error.message
            }
            return
        }
        rebuildLibraryRows(prepared: libraryRowData)
        message = showNumbers ? "row numbers on" : "row numbers off"
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
