import TermUI

/// What a command does; the reducer maps each to state changes.
public enum CommandID: String, Sendable, Hashable, CaseIterable {
    case moveDown, moveUp, top, bottom, halfPageDown, halfPageUp, pageDown, pageUp
    case openOrUnfold, foldOrLeave, toggleFold, follow, historyBack, historyForward
    case nextPane, previousPane, jumpToPane
    case search, nextHit, previousHit, filter, commandLine
    case timeMode, hexView, transcriptWords, explain, findings, help
    case copyValue, copyPath, copyJQPath, copyUUID, save, openWith
    case back, quit, redraw, suspend, toggleMouse, reload
    case openLadder, ladderMessage, ladderMark, ladderLanesLeft, ladderLanesRight, ladderPreviousError, ladderNextError
    case ladderCollapse, ladderColour, ladderFollow, ladderScrollMessageDown, ladderScrollMessageUp
    case diff
}

/// Which part of the help a command is listed under.
public enum CommandGroup: String, Sendable, Hashable, CaseIterable {
    case move = "Move"
    case panes = "Panes and references"
    case find = "Search and filter"
    case view = "View"
    case copy = "Copy and save"
    case app = "Application"
    case ladder = "Ladder"
}

/// One entry of the command table: the keys that run it, its group, its help text and its hint-bar label.
///
/// A key sequence of two presses (`g g`, `y p`) is written as two `KeyPress`es; the first one
/// makes the next key complete the sequence (and the hint bar shows the follow-ups).
public struct Command: Sendable, Hashable {
    public var id: CommandID
    /// Each element is one way to run the command: one key, or a two-key sequence.
    public var keys: [[KeyPress]]
    public var group: CommandGroup
    /// One line for the help overlay, `--dump-keys` and the README.
    public var help: String
    /// A one-word label for the hint bar, when the command appears there.
    public var hint: String?
    /// Where the keys work: everywhere, or only in the ladder (where they shadow global keys).
    public var scope: CommandScope

    public init(
        _ id: CommandID, keys: [[KeyPress]], group: CommandGroup, help: String, hint: String? = nil,
        scope: CommandScope = .global
    ) {
        self.id = id
        self.keys = keys
        self.group = group
        self.help = help
        self.hint = hint
        self.scope = scope
    }

    /// The keys as shown in help and hints: `j Down`, `g g`, `C-d`.
    public var keyLabel: String {
        if keys.count > 4, keys.allSatisfy({ $0.count == 1 }), let first = keys.first, let last = keys.last {
            return Self.label(first[0]) + "…" + Self.label(last[0])
        }
        return keys.map { sequence in sequence.map(Self.label).joined(separator: " ") }.joined(separator: "  ")
    }

    /// The first key only (for the hint bar): `j`, `Enter`.
    public var shortKeyLabel: String {
        keys.first.map { $0.map(Self.label).joined(separator: " ") } ?? ""
    }

    /// How a key is written in help: `KeyScript.label`, with `Space` and arrows spelt out.
    static func label(_ press: KeyPress) -> String { KeyScript.label(for: press) }
}
