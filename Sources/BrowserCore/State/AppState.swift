import TermUI
import VConModel

/// The whole browser state; changed only by `apply(_:)` (actions from commands, prompts, resize, mouse).
///
/// Derived content (a pane's rows, the selected item's detail lines wrapped to the pane) is rebuilt by the
/// reducer when its inputs change, so rendering only reads and never decodes a body.
public struct AppState: Sendable {
    /// Replaced only when `:trust` / `:key` re-judge the library.
    public internal(set) var session: BrowserSession
    public internal(set) var size: TerminalSize
    public let glyphs: Glyphs
    public let theme: Theme

    /// What the screen shows: the vCon list, the open vCon's panes or its ladder. Leaving `.ladder` drops
    /// `ladder`, so no ladder outlives its mode.
    public internal(set) var mode: Mode {
        didSet { if mode != .ladder { ladder = nil } }
    }
    public internal(set) var libraryCursor = ListCursor()
    public internal(set) var libraryRows = ListRows([])
    /// The vCon list's rows before they are fitted to the width: kept so a list that only grew builds only its
    /// new rows.
    var libraryRowData = LibraryRowData()
    /// What `/` matches in each row of the list, made when a search first asks (`listSearchTexts(_:filter:)`).
    var listSearchTexts = RowTexts.none
    /// The open vCon (index into `session.documents`).
    public internal(set) var document: Int
    public internal(set) var pane: Pane = .summary
    public internal(set) var focus: Focus = .list
    /// One list cursor per pane.
    public internal(set) var cursors = Array(repeating: ListCursor(), count: Pane.allCases.count)
    public internal(set) var items: [PaneItem] = []
    public internal(set) var detail = DetailState()
    public internal(set) var tree: JSONTree?
    public internal(set) var treeState = TreeViewState()

    public internal(set) var time: TimeFormatter
    public internal(set) var hex = false
    /// Transcript words shown under each turn (`w`).
    public internal(set) var words = false
    /// Inline body hashes checked so far (the selected item's, when first shown).
    public internal(set) var hashChecks = InlineHashChecks()
    public internal(set) var search: SearchState?
    /// The search still running, advanced on idle ticks (nil when none).
    public internal(set) var pendingSearch: PendingSearch?
    /// Work the run loop carries out off the UI loop for this state (`:trust`/`:key` judging), nil when none.
    public internal(set) var work: BackgroundWork?
    /// `:N` past the store rows listed so far: the row (from 0) the list pages towards.
    var pendingRow: Int?
    /// Members whose Security checks (`Effect.checkSecurity`) were asked for and have not answered yet.
    var securityRequested: Set<Int> = []
    /// True while an `Effect.checkFindings` has not answered yet.
    public internal(set) var checkingFindings = false
    public internal(set) var searchHistory: [String] = []
    /// The last `/` in the vCon list (kept while a vCon is open, so going back still shows it).
    public internal(set) var listSearch: ListSearch?
    /// `:set number`: lists show each row's number (from 1, as `:N` counts).
    public internal(set) var showNumbers = false
    public internal(set) var prompt: ActivePrompt?
    public internal(set) var overlay: Overlay?
    public internal(set) var keys = KeyResolver()
    public internal(set) var history: [Location] = []
    public internal(set) var future: [Location] = []
    /// A one-shot note for the status line (cleared by the next key).
    public internal(set) var message: String?
    /// Inputs that changed on disk since they were opened, shown in the status line until `R` reloads.
    public internal(set) var changedOnDisk: [FileChange] = []
    public internal(set) var mouseEnabled: Bool
    /// The SIP ladder over the current pane while `mode` is `.ladder` (`L`), nil in the other modes.
    public internal(set) var ladder: LadderPane?
    /// Ladder settings kept between ladders (collapse, colour, follow mode).
    public internal(set) var ladderSettings = LadderSettings()
    /// Where `o` may open a body: `$VCON_OPENER` and whether this is an SSH session (read at start).
    public let openWithSettings: OpenWithSettings

    /// Opens the session: the vCon list when several are listed, else the single vCon's Summary.
    public init(
        session: BrowserSession, size: TerminalSize, glyphs: Glyphs = .unicode, theme: Theme = .standard,
        timeMode: TimeMode = .utc, localOffset: Int = 0, mouse: Bool = true, keymap: Keymap = .standard,
        openWith: OpenWithSettings = OpenWithSettings()
    ) {
        self.session = session
        openWithSettings = openWith
        self.size = size
        self.glyphs = glyphs
        self.theme = theme
        mouseEnabled = mouse
        keys = KeyResolver(keymap: keymap)
        time = TimeFormatter(
            mode: timeMode, localOffsetSeconds: localOffset,
            invalidMarker: TimeFormatter.invalidMarker(ascii: glyphs.isASCII),
            deltaMarker: TimeFormatter.deltaMarker(ascii: glyphs.isASCII))
        document = session.document(atRow: 0) ?? 0
        mode = session.hasList ? .library : .document
        rebuildLibraryRows()
        message = session.notes.first
        if mode == .library {
            libraryCursor.clamp(rows: libraryRows, height: layout.list.height)
        } else if !session.documents.isEmpty {
            open(document: document)
        }
    }

    /// The layout at the current size.
    public var layout: ScreenLayout {
        ScreenLayout.make(size: size, document: mode != .library, pane: pane, focus: focus, listRows: listRowsToShow)
    }

    /// Rows the pane's list needs: its visible items, plus the filter's line (at least one, for "no items").
    var listRowsToShow: Int? {
        guard mode != .library, pane.hasList else { return nil }
        let filter = cursor.filter
        guard !filter.isEmpty else { return max(1, items.count) }
        return max(1, ListCursor.visible(itemRows, filter: filter).count + 1)
    }

    /// The open document, if any.
    public var currentDocument: BrowserDocument? {
        mode == .library || session.documents.isEmpty ? nil : session.documents[document]
    }

    /// The file on screen (the open vCon, or the list's selected row) when it is a file of its own on disk, with
    /// the identity it was read with: the run loop watches it for changes (`FileWatch.include`).
    public var fileOnScreen: (path: String, identity: FileIdentity?)? {
        let shown = mode == .library ? session.document(atRow: libraryCursor.selected) : session.documents.isEmpty ? nil : document
        guard let shown, session.documents.indices.contains(shown), let members = session.graph?.library.members else { return nil }
        let index = session.documents[shown].memberIndex
        guard members.indices.contains(index), case .file(let path) = members[index].source, path != "-" else { return nil }
        return (path, session.documents[shown].file?.buffer.identity)
    }

    var context: ContentContext {
        var format = time
        format.start = session.documents.isEmpty ? nil : session.documents[document].start
        return ContentContext(
            session: session, documentIndex: document, time: format, glyphs: glyphs, theme: theme,
            hex: hex, words: words, hashChecks: hashChecks)
    }

    var cursor: ListCursor {
        get { cursors[pane.rawValue] }
        set { cursors[pane.rawValue] = newValue }
    }

    var itemRows: [SafeText] { items.map(\.row) }

    /// The selected item of a list pane, if the list is not empty.
    public var selectedItem: Int? {
        guard pane.hasList, !items.isEmpty else { return nil }
        return min(cursor.selected, items.count - 1)
    }

    // MARK: - Rebuilding derived content

    /// Shows `document`: its Summary, fresh cursors, the JSON tree built when first needed.
    mutating func open(document index: Int) {
        guard index >= 0, index < session.documents.count else { return }
        document = index
        mode = .document
        pane = .summary
        focus = .list
        cursors = Array(repeating: ListCursor(), count: Pane.allCases.count)
        tree = nil
        treeState = TreeViewState()
        hex = false
        rebuildItems()
        // Say at once why a 0.4.0 file valid under core-03 fails core-04 (the header says only that it does).
        if let note = session.documents[index].profileNote { message = note }
    }

    /// Rebuilds the current pane's rows, then the detail.
    mutating func rebuildItems() {
        items = PaneContent.items(pane, context: context)
        if pane == .json, tree == nil, let root = session.documents[document].root {
            let built = JSONTree(document: root.document, options: JSONPreviewOptions(glyphs: glyphs, theme: theme))
            treeState = built.initialFoldState()
            tree = built
        }
        var current = cursor
        current.clamp(rows: itemRows, height: layout.list.height)
        cursor = current
        rebuildDetail(keepCursor: false)
    }

    /// Rebuilds the selected item's detail lines and wraps them to the detail width.
    mutating func rebuildDetail(keepCursor: Bool) {
        checkSelectedInlineHashes()
        let lines = PaneContent.detail(pane, item: selectedItem, context: context)
        let previous = detail.cursor
        detail = DetailState()
        detail.lines = lines
        detail.cursor = keepCursor ? min(previous, max(0, lines.count - 1)) : 0
        rewrap()
    }

    /// Re-wraps the detail rows for the current detail width and keeps the cursor line in view.
    mutating func rewrap() {
        let width = layout.detail.width
        if width != detail.width || detail.rows.isEmpty {
            detail.rows = detail.lines.wrappedRows(width: max(1, width), ascii: glyphs.isASCII)
            detail.width = width
        }
        scrollDetailToCursor()
    }

    mutating func scrollDetailToCursor() {
        let height = max(1, layout.detail.height)
        guard let first = detail.firstRow(of: detail.cursor) else {
            detail.offset = 0
            return
        }
        var last = first
        while last + 1 < detail.rows.count, detail.rows[last + 1].line == detail.cursor { last += 1 }
        if first < detail.offset { detail.offset = first }
        if last >= detail.offset + height { detail.offset = min(first, last - height + 1) }
        detail.offset = min(max(0, detail.offset), max(0, detail.rows.count - height))
        if first < detail.offset { detail.offset = first }
    }

    /// Keeps the tree's scroll consistent with the tree viewport height (pure: no drawing to learn it).
    mutating func syncTreeViewport() {
        guard let tree else { return }
        treeState.fit(height: layout.detail.height, in: tree)
    }

    // MARK: - Focus and paths

    /// The JSON Pointer of the focused node (list item, detail line or tree node).
    public var focusedPointer: String? {
        switch mode {
        case .library: return nil
        case .ladder: return ladder?.focusedPointer
        case .document: break
        }
        if pane == .json, let tree {
            return tree.path(ofRow: min(treeState.selected, max(0, tree.nodeCount - 1))).pointer
        }
        if focus == .detail || !pane.hasList {
            if detail.cursor < detail.lines.count, let pointer = detail.lines[detail.cursor].pointer {
                return pointer
            }
        }
        guard let item = selectedItem else { return nil }
        let pointer = items[item].pointer
        return pointer.isEmpty ? nil : pointer
    }
}
