import TermUI

/// Width rules for drawing a ladder; injected so the CLI, the browser pane and tests each pick their own.
///
/// ```
///  |<------------------------------- width ------------------------------->|
///  |<------- gutter -------->|<- lane ->|<- lane ->|<- lane ->|
///    14:30:00.001   +49ms    ●     │◀──── 100 Trying ────│
/// ```
public struct LadderMetrics: Sendable, Hashable {
    /// Total columns; no drawn line is wider.
    public var width: Int
    /// Gutter columns (time, delta, selection and mark); nil picks the full gutter (29) when the lanes
    /// still fit, else the compact one without the delta (18). Values under 18 are raised to 18.
    public var gutterWidth: Int?
    /// The narrowest a lane may get before lanes scroll or the ladder falls back to a list.
    public var minLaneWidth: Int
    /// The widest a lane gets, however long its labels.
    public var maxLaneWidth: Int
    /// Unicode or ASCII symbols.
    public var glyphs: Glyphs
    /// True (the browser pane): lanes that do not fit are scrolled sideways with `H`/`L`.
    /// False (text for a ticket): when not every lane fits, the list fallback is used instead.
    public var allowsLaneScrolling: Bool

    /// Metrics for a width; the other values default to what the browser uses.
    public init(
        width: Int, gutterWidth: Int? = nil, minLaneWidth: Int = 10, maxLaneWidth: Int = 32,
        glyphs: Glyphs = .unicode, allowsLaneScrolling: Bool = true
    ) {
        self.width = max(0, width)
        self.gutterWidth = gutterWidth
        self.minLaneWidth = max(4, minLaneWidth)
        self.maxLaneWidth = max(self.minLaneWidth, maxLaneWidth)
        self.glyphs = glyphs
        self.allowsLaneScrolling = allowsLaneScrolling
    }

    /// The ladder's own symbols for `glyphs`.
    public var ladderGlyphs: LadderGlyphs { LadderGlyphs(glyphs) }
}

/// What to show, as opposed to how wide: the time zone of the gutter and retransmission collapsing.
public struct LadderOptions: Sendable, Hashable {
    /// Zone of the gutter's times and of the date in its header.
    public var timeZone: LadderTimeZone
    /// Hides repeated messages and shows `×N` on the original (`r` in the browser).
    public var collapseRetransmissions: Bool

    /// Options; UTC and every message shown by default.
    public init(timeZone: LadderTimeZone = .utc, collapseRetransmissions: Bool = false) {
        self.timeZone = timeZone
        self.collapseRetransmissions = collapseRetransmissions
    }
}
