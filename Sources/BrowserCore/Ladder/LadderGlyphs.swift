import TermUI

/// The symbols a ladder draws, Unicode or plain ASCII, derived from a TermUI `Glyphs` set.
///
/// ```
///  Unicode   │── INVITE (SDP) ──▶│   │◀── 200 OK ×3 ⚠ ──│   ├─↺ MESSAGE   ◆ join   ┄ dialog start ┄┄
///  ASCII     |-- INVITE (SDP) -->|   |<-- 200 OK x3 ! --|   +-@ MESSAGE   o join   = dialog start ==
/// ```
public struct LadderGlyphs: Sendable, Hashable {
    /// Lane line.
    public var vertical: String
    /// Arrow shaft and header bar.
    public var horizontal: String
    /// Where a lane leaves its header bar.
    public var teeDown: String
    /// Where a self-arrow leaves its lane.
    public var teeRight: String
    /// Arrow heads.
    public var headRight: String
    public var headLeft: String
    /// A self-message (sent and received by the same party).
    public var selfLoop: String
    /// Before a retransmission count (`×3`).
    public var times: String
    /// After a label with warnings.
    public var warning: String
    /// Next to an endpoint that was only weakly inferred (From/To URI, Call-ID).
    public var weakInference: String
    /// Selected row, marked row.
    public var selection: String
    public var mark: String
    /// An event on one lane, and the rule of an event across all lanes.
    public var laneEvent: String
    public var eventRule: String
    /// Between the two ends in list mode (`[0] Alice → [1] Bob`).
    public var listArrow: String
    /// Separates an event name from its detail.
    public var separator: String
    /// Marks shortened text.
    public var ellipsis: String
    /// True for the ASCII set.
    public var isASCII: Bool

    /// Box lines, triangles and symbols.
    public static let unicode = LadderGlyphs(
        vertical: "│", horizontal: "─", teeDown: "┬", teeRight: "├", headRight: "▶", headLeft: "◀", selfLoop: "↺",
        times: "×", warning: "⚠", weakInference: "?", selection: "▶", mark: "●", laneEvent: "◆", eventRule: "┄",
        listArrow: "→", separator: "·", ellipsis: "…", isASCII: false)

    /// Plain ASCII only (`|`, `-->`, `<--`, `x3`, `!`).
    public static let ascii = LadderGlyphs(
        vertical: "|", horizontal: "-", teeDown: "+", teeRight: "+", headRight: ">", headLeft: "<", selfLoop: "@",
        times: "x", warning: "!", weakInference: "?", selection: ">", mark: "*", laneEvent: "o", eventRule: "=",
        listArrow: "->", separator: "-", ellipsis: "~", isASCII: true)

    /// The ladder set matching a TermUI glyph set (ASCII for `Glyphs.ascii`).
    public init(_ glyphs: Glyphs) { self = glyphs.isASCII ? .ascii : .unicode }

    init(
        vertical: String, horizontal: String, teeDown: String, teeRight: String, headRight: String,
        headLeft: String, selfLoop: String, times: String, warning: String, weakInference: String,
        selection: String, mark: String, laneEvent: String, eventRule: String, listArrow: String,
        separator: String, ellipsis: String, isASCII: Bool
    ) {
        self.vertical = vertical
        self.horizontal = horizontal
        self.teeDown = teeDown
        self.teeRight = teeRight
        self.headRight = headRight
        self.headLeft = headLeft
        self.selfLoop = selfLoop
        self.times = times
        self.warning = warning
        self.weakInference = weakInference
        self.selection = selection
        self.mark = mark
        self.laneEvent = laneEvent
        self.eventRule = eventRule
        self.listArrow = listArrow
        self.separator = separator
        self.ellipsis = ellipsis
        self.isASCII = isASCII
    }
}
