import TermUI

/// The one command table: help overlay, hint bar, `--dump-keys` and the README's key table come from it
/// (through `Keymap`, which applies the user's key overrides).
public enum CommandTable {
    private static func k(_ c: Character) -> [KeyPress] { [.char(c)] }
    private static func key(_ key: Key, _ modifiers: Modifiers = []) -> [KeyPress] { [KeyPress(key, modifiers)] }

    /// Every command, in help order.
    public static let all: [Command] = [
        Command(.moveDown, keys: [k("j"), key(.down)], group: .move, help: "move down", hint: "move"),
        Command(.moveUp, keys: [k("k"), key(.up)], group: .move, help: "move up"),
        Command(.top, keys: [[.char("g"), .char("g")], key(.home)], group: .move, help: "go to the first row"),
        Command(.bottom, keys: [k("G"), key(.end)], group: .move, help: "go to the last row"),
        Command(.halfPageDown, keys: [[.ctrl("d")]], group: .move, help: "half a page down"),
        Command(.halfPageUp, keys: [[.ctrl("u")]], group: .move, help: "half a page up"),
        Command(.pageDown, keys: [key(.pageDown), [.ctrl("f")]], group: .move, help: "a page down"),
        Command(.pageUp, keys: [key(.pageUp), [.ctrl("b")]], group: .move, help: "a page up"),
        Command(
            .openOrUnfold, keys: [k("l"), key(.right)], group: .move,
            help: "unfold a tree node, or move into the detail"),
        Command(
            .foldOrLeave, keys: [k("h"), key(.left)], group: .move,
            help: "fold a tree node (or go to its parent), or back to the list"),
        Command(.toggleFold, keys: [k(" ")], group: .move, help: "fold / unfold the tree node"),

        Command(
            .follow, keys: [key(.enter)], group: .panes,
            help: "open the vCon / follow the reference under the cursor", hint: "follow"),
        Command(.historyBack, keys: [k("["), key(.left, .alt)], group: .panes, help: "back in location history"),
        Command(
            .historyForward, keys: [k("]"), key(.right, .alt)], group: .panes,
            help: "forward in location history"),
        Command(
            .diff, keys: [k("d")], group: .panes,
            help: "diff the vCon against the version it links to (redacted/amended); l there: line diff"),
        Command(.nextPane, keys: [key(.tab)], group: .panes, help: "next pane", hint: "pane"),
        Command(.previousPane, keys: [[.backTab]], group: .panes, help: "previous pane"),
        Command(
            .jumpToPane, keys: (1...8).map { k(Character(String($0))) }, group: .panes,
            help: "jump to pane 1 Summary … 8 JSON"),

        Command(
            .search, keys: [k("/")], group: .find,
            help: "search the whole vCon (decoded bodies included), showing each hit's path; in the vCon list, its rows",
            hint: "search"),
        Command(.nextHit, keys: [k("n")], group: .find, help: "next search hit"),
        Command(.previousHit, keys: [k("N")], group: .find, help: "previous search hit"),
        Command(
            .filter, keys: [k("\\")], group: .find, help: "filter the current list (shows \"N hidden\")",
            hint: "filter"),
        Command(
            .commandLine, keys: [k(":")], group: .find,
            help:
                "command line: :42 row (from 1), :set tz=local|utc|offset|relative|delta, :set number, :pane N, :trust FILE, :key FILE, :q"),

        Command(
            .timeMode, keys: [k("T")], group: .view,
            help: "time mode: UTC → local → offset → relative to start → delta", hint: "time"),
        Command(.hexView, keys: [k("x")], group: .view, help: "hex view of the selected body on/off"),
        Command(
            .transcriptWords, keys: [k("w")], group: .view,
            help: "transcript words (WTF) under each turn on/off"),
        Command(
            .explain, keys: [k("X")], group: .view,
            help: "explain the focused field: meaning, spec section, spellings by generation", hint: "explain"),
        Command(
            .findings, keys: [k("!")], group: .view,
            help: "findings list, errors first; Enter jumps to the location (in the vCon list: files not opened)"),
        Command(
            .help, keys: [k("?"), key(.function(1))], group: .view,
            help: "help (searchable with /; Tab switches keys / legend)", hint: "help"),

        Command(
            .copyValue, keys: [[.char("y"), .char("y")]], group: .copy, help: "copy the focused value (OSC 52)",
            hint: "value"),
        Command(.copyPath, keys: [[.char("y"), .char("p")]], group: .copy, help: "copy the JSON Pointer path", hint: "path"),
        Command(.copyJQPath, keys: [[.char("y"), .char("j")]], group: .copy, help: "copy the jq path", hint: "jq path"),
        Command(
            .copyUUID, keys: [[.char("y"), .char("u")]], group: .copy, help: "copy the vCon's uuid (in the vCon list: the selected row's)",
            hint: "uuid"),
        Command(
            .save, keys: [k("s"), [.ctrl("s")]], group: .copy,
            help: "save the selected body or attachment to a file (asks before overwriting)"),
        Command(
            .openWith, keys: [k("o")], group: .copy,
            help: "open the selected body or attachment with $VCON_OPENER or mailcap (private temporary copy; not over SSH)",
            hint: "open with"),

        Command(
            .back, keys: [k("q"), key(.escape)], group: .app,
            help: "back: clears a filter, then (Esc) a search, then goes back a step; q quits at the top, Esc never",
            hint: "back"),
        Command(.quit, keys: [k("Q"), [.ctrl("c")]], group: .app, help: "quit at once"),
        Command(.redraw, keys: [[.ctrl("l")]], group: .app, help: "redraw the screen"),
        Command(.suspend, keys: [[.ctrl("z")]], group: .app, help: "suspend (fg to resume)"),
        Command(.toggleMouse, keys: [k("M")], group: .app, help: "mouse on / off"),
        Command(
            .reload, keys: [k("R")], group: .app,
            help: "reload every input from disk (the status line says when one changed on disk)", hint: "reload"),

        Command(
            .openLadder, keys: [k("L")], group: .ladder,
            help: "SIP ladder of the focused dialog (also Enter on a sip-* attachment, :ladder)", hint: "ladder"),
        Command(
            .ladderMessage, keys: [key(.enter)], group: .ladder,
            help: "in the ladder: full message beside or under it (headers, SDP folded: l/h unfold/fold)",
            hint: "message", scope: .ladder),
        Command(
            .ladderMark, keys: [k(" ")], group: .ladder,
            help: "in the ladder: mark (the cursor shows the time since it); on a second message, diff the headers",
            hint: "mark", scope: .ladder),
        Command(
            .ladderPreviousError, keys: [k("{")], group: .ladder, help: "in the ladder: previous error (4xx-6xx)",
            scope: .ladder),
        Command(
            .ladderNextError, keys: [k("}")], group: .ladder, help: "in the ladder: next error (4xx-6xx)",
            hint: "error", scope: .ladder),
        Command(
            .ladderLanesLeft, keys: [k("H")], group: .ladder,
            help: "in the ladder: scroll lanes left (the time gutter stays)", scope: .ladder),
        Command(
            .ladderLanesRight, keys: [k("L")], group: .ladder,
            help: "in the ladder: scroll lanes right (the time gutter stays)", scope: .ladder),
        Command(
            .ladderCollapse, keys: [k("r")], group: .ladder,
            help: "in the ladder: collapse retransmissions into one row with ×N", scope: .ladder),
        Command(
            .ladderColour, keys: [k("c")], group: .ladder,
            help: "in the ladder: colour arrows by class → call (Call-ID) → transaction → none", scope: .ladder),
        Command(
            .ladderFollow, keys: [k("F")], group: .ladder,
            help: "in the ladder: follow mode, Dialog and Analysis panes move to the selected message's time",
            hint: "follow", scope: .ladder),
        Command(
            .ladderScrollMessageDown, keys: [k("J")], group: .ladder,
            help: "in the ladder: scroll the message panel down", scope: .ladder),
        Command(
            .ladderScrollMessageUp, keys: [k("K")], group: .ladder,
            help: "in the ladder: scroll the message panel up", scope: .ladder),
    ]

    /// The command with this id in the standard table (every id has exactly one entry; a test checks it).
    public static func command(_ id: CommandID) -> Command? { all.first { $0.id == id } }
}
