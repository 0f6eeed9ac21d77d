import TermUI
import VConModel
import VConSIP

/// The ladder view of one dialog: its layout, the geometry at the current width, what is selected and
/// marked, and the message panel beside or under it.
///
/// ```
///  ┌ Ladder · dialog 0 · a84b4c76e66710@pc33.example.com · 9 messages ───────────────┐
///  │ 2026-01-15 UTC  Δ       [0] Alice        [1] Bob  │ #3 200 OK (SDP)            │
///  │                         ─────┬─────      ─────┬───│ SIP/2.0 200 OK             │
///  │▶14:30:05.200  +4.000s        │◀── 200 OK ───│    │ Via: SIP/2.0/UDP …         │
///  └─────────────────────────────────────────────────────────────────────────────────┘
/// ```
///
/// Geometry and panel rows are computed by the reducer (`AppState+Ladder`) whenever their inputs change
/// (open, resize, collapse, time mode, panel toggle), so drawing only copies.
public struct LadderPane: Sendable {
    /// What the panel beside or under the ladder shows.
    public enum Panel: Sendable, Hashable {
        /// No panel: the ladder takes the whole box.
        case none
        /// The full message (or event) of a row of `LadderLayout.rows`.
        case message(Int)
        /// The header diff of two rows (the mark first).
        case diff(Int, Int)
    }

    /// The dialog shown, or nil for the whole vCon (signaling that names no dialog).
    public let dialog: Int?
    public let layout: LadderLayout
    public internal(set) var geometry: LadderGeometry
    public internal(set) var view = LadderViewState()
    public internal(set) var panel: Panel = .none
    /// Whether the message panel shows SDP bodies line by line (`l`) or as one summary line (`h`).
    public internal(set) var sdpUnfolded = false
    /// The panel's lines and their rows wrapped at `panelWidth`.
    public internal(set) var panelLines: [DetailLine] = []
    public internal(set) var panelRows: [DetailRow] = []
    public internal(set) var panelOffset = 0
    var panelWidth = 0
    /// Columns the ladder needs at most (gutter and every lane), when they fit the box.
    var preferredWidth: Int?
    /// Dialog spans and transcript turn times, read the first time follow mode needs them.
    var followIndex: LadderFollowIndex?

    init(dialog: Int?, layout: LadderLayout, geometry: LadderGeometry) {
        self.dialog = dialog
        self.layout = layout
        self.geometry = geometry
    }

    /// The message index of a row of `layout.rows`, if it is a message.
    public func message(ofRow row: Int) -> Int? {
        guard row >= 0, row < layout.rows.count, case .message(let index) = layout.rows[row] else { return nil }
        return index
    }

    /// The row of `layout.rows` that shows message `index`.
    func row(ofMessage index: Int) -> Int? {
        layout.rows.firstIndex { $0 == .message(index) }
    }

    /// The JSON Pointer of the selected row's first source (`/attachments/0/body/3`).
    public var focusedPointer: String? {
        guard let row = view.selectedRow, row < layout.rows.count else { return nil }
        switch layout.rows[row] {
        case .message(let index): return layout.messages[index].sources.first
        case .event(let index): return layout.events[index].event.source
        }
    }

    /// Where history comes back to.
    var location: LadderLocation {
        LadderLocation(dialog: dialog, selectedRow: view.selectedRow, markedRow: view.markedRow)
    }

    /// `dialog 0 · call-id · 9 messages`.
    func title(glyphs: Glyphs, collapsed: Bool, follow: Bool) -> String {
        let dot = " \(glyphs.separator) "
        var text = "Ladder" + dot + (dialog.map { "dialog \($0)" } ?? "all dialogs")
        if !layout.callIDs.isEmpty { text += dot + layout.callIDs.joined(separator: ", ") }
        text += dot + "\(layout.messages.count) message" + (layout.messages.count == 1 ? "" : "s")
        if collapsed { text += dot + "retransmissions collapsed" }
        if follow { text += dot + "follow" }
        return text
    }
}

/// The ladder part of a history entry: which dialog, and the selected and marked rows.
public struct LadderLocation: Sendable, Hashable {
    public var dialog: Int?
    public var selectedRow: Int?
    public var markedRow: Int?
}

/// Ladder settings that outlive one ladder: collapsing, colouring, follow mode; and where follow mode
/// left the Analysis pane's detail cursor (applied when that pane is next shown).
public struct LadderSettings: Sendable, Hashable {
    public var collapse = false
    public var colour = LadderColouring.none
    public var follow = false
    /// The transcript turn (a JSON Pointer) follow mode chose, shown when the Analysis pane opens.
    public var pendingTurn: String?

    public init() {}
}

/// How arrows are coloured (`c` cycles).
public enum LadderColouring: String, Sendable, Hashable, CaseIterable {
    case none
    /// Requests, 1xx, 2xx, 3xx, errors.
    case messageClass = "class"
    /// By Call-ID group.
    case call
    /// By transaction (CSeq / branch).
    case transaction

    var next: LadderColouring {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
