/// The editable text of a prompt line (`/`, `\`, `:`): cursor, editing keys and optional history.
///
/// Keys: characters insert; ←/→, Home/End, C-a/C-e move; BS/Del, C-h, C-w (word), C-u (to start),
/// C-k (to end) delete; ↑/↓ walk the history; Enter submits; Esc or C-c cancels; a paste inserts
/// its text with newlines turned into spaces.
public struct PromptState: Sendable, Hashable {
    /// What a key did.
    public enum Outcome: Sendable, Hashable {
        /// The text changed or the cursor moved (or nothing happened): keep editing.
        case editing
        /// Enter: here is the text (also added to the history when not empty).
        case submitted(String)
        /// Esc or Ctrl-C.
        case cancelled
    }

    /// The text, one element per grapheme cluster.
    public private(set) var characters: [Character]
    /// Cursor position in `characters` (0...count).
    public private(set) var cursor: Int
    /// Earlier submissions, oldest first.
    public private(set) var history: [String]
    private var historyIndex: Int?
    private var draft: [Character] = []

    public init(text: String = "", history: [String] = []) {
        characters = Array(text)
        cursor = characters.count
        self.history = history
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Replaces the text (e.g. a completion), cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Clears the text for a new prompt, keeping the history.
    public mutating func reset() {
        setText("")
        historyIndex = nil
    }

    /// Applies one event.
    public mutating func handle(_ event: InputEvent) -> Outcome {
        switch event {
        case .paste(let pasted):
            insert(pasted.map { $0.isNewline ? " " : $0 })
            return .editing
        case .key(let press):
            return handle(press)
        case .mouse, .resize:
            return .editing
        }
    }

    private mutating func handle(_ press: KeyPress) -> Outcome {
        let ctrl = press.modifiers.contains(.ctrl)
        // Emacs-style control keys act as the keys they stand for.
        let emacs: [Character: Key] = ["b": .left, "f": .right, "a": .home, "e": .end, "h": .backspace, "d": .delete]
        var key = press.key
        if ctrl, case .character(let c) = key, let mapped = emacs[c] { key = mapped }
        switch key {
        case .enter:
            let submitted = text
            if !submitted.isEmpty, history.last != submitted { history.append(submitted) }
            historyIndex = nil
            return .submitted(submitted)
        case .escape:
            return .cancelled
        case .character("c") where ctrl:
            return .cancelled
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home:
            cursor = 0
        case .end:
            cursor = characters.count
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .character("u") where ctrl:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .character("k") where ctrl:
            characters.removeSubrange(cursor...)
        case .character("w") where ctrl:
            deleteWordBackwards()
        case .up:
            recall(older: true)
        case .down:
            recall(older: false)
        case .character(let c) where press.modifiers.isDisjoint(with: [.ctrl, .alt]):
            insert([c])
        default:
            break
        }
        return .editing
    }

    private mutating func insert(_ new: [Character]) {
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    private mutating func deleteWordBackwards() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        let current = historyIndex ?? history.count
        if historyIndex == nil { draft = characters }
        let next = older ? max(0, current - 1) : current + 1
        if next >= history.count {
            historyIndex = nil
            characters = draft
        } else {
            historyIndex = next
            characters = Array(history[next])
        }
        cursor = characters.count
    }
}
