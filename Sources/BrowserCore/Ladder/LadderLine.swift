import TermUI

/// What a drawn piece of a ladder means; the view turns it into a style with its `Theme`.
public enum LadderRole: Sendable, Hashable {
    case normal, title, subtitle, lane, time, delta, label, errorLabel, retransmission, warning, inferred, event, muted
}

/// Sanitised text at a column, with a role.
public struct LadderSpan: Sendable, Hashable {
    /// Column: in the gutter, in the lane canvas, or in the whole line, depending on where the span sits.
    public let x: Int
    public let text: SafeText
    public let role: LadderRole

    init(x: Int, text: SafeText, role: LadderRole) {
        self.x = x
        self.text = text
        self.role = role
    }

    init(x: Int, _ string: String, role: LadderRole) {
        self.init(x: x, text: SafeText(string), role: role)
    }

    /// Display width of the text.
    public var width: Int { text.width }
}

/// A message arrow between two lanes, in canvas columns: the shaft fills between the lane lines,
/// the head sits next to the receiver's line, the label spans lie on top.
public struct LadderArrow: Sendable, Hashable {
    /// Canvas column of the sender's and the receiver's lane lines.
    public let fromX: Int
    public let toX: Int
    /// Label, counts, warning and weak-inference marks, already placed.
    public let spans: [LadderSpan]
    /// Whether the sender's / receiver's end was inferred (drawn dim at that end).
    public let fromInferred: Bool
    public let toInferred: Bool
    /// Role of the shaft: `.errorLabel` for 4xx–6xx, `.retransmission` for repeats, else `.normal`.
    public let role: LadderRole

    /// True when the head points right.
    public var pointsRight: Bool { toX > fromX }
}

/// How the lanes part of one line is drawn.
public enum LadderBody: Sendable, Hashable {
    /// Only the lane lines (or nothing where lane lines are not drawn).
    case empty
    /// Spans in canvas columns over the lane lines (titles, self-arrows, events on one lane).
    case spans([LadderSpan])
    /// The header bars: `─────┬─────` under every lane.
    case bars
    /// A message between two lanes.
    case arrow(LadderArrow)
    /// An event across every lane: a rule over canvas columns `from...to` with spans on top.
    case rule(from: Int, to: Int, spans: [LadderSpan])
    /// List mode: spans in line columns, not scrolled.
    case list([LadderSpan])
}

/// What a line of the ladder shows.
public enum LadderLineKind: Sendable, Hashable {
    /// Header lines (lane titles, URIs, bars, the date and `Δ`); pinned above the rows.
    case header
    /// `LadderLayout.messages[index]`.
    case message(Int)
    /// `LadderLayout.events[index]`.
    case event(Int)
    /// The date changes before the next row.
    case day
}

/// One line of a ladder, placed: gutter spans (pinned) and the lanes part (scrolled sideways).
public struct LadderLine: Sendable, Hashable {
    public let kind: LadderLineKind
    /// Index into `LadderLayout.rows`, for message and event lines.
    public let row: Int?
    /// Spans in gutter columns.
    public let gutter: [LadderSpan]
    public let body: LadderBody
    /// Whether the lane lines are drawn under the body.
    public let drawsLanes: Bool
}
