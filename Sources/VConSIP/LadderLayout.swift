import Foundation
import VConModel

/// A SIP call-flow ladder in logical terms: lanes, rows in file order, arrows between lanes. No geometry.
///
/// ```
///            [0] Alice        [1] Bob
///  msg 0       │── INVITE (SDP) ─▶│     from lane 0 (given) to lane 1 (two-party dialog)
///  msg 1       │◀── 180 Ringing ──│     from lane 1 (given) to lane 0 (two-party dialog)
/// ```
///
/// Built by `LadderLayout(input)`, a pure function of its input: duplicates of one message (a trace
/// entry and an individual attachment) are merged, receivers are inferred, retransmissions, transactions
/// and Call-ID groups are numbered, deltas are computed, and events are placed on the time line.
/// A renderer maps lanes to columns and rows to lines with its own width metrics.
public struct LadderLayout: Sendable {
    /// Lanes left to right: the parties in index order, then `?` when some endpoint is unknown.
    public let lanes: [LadderLane]
    /// Messages in file order.
    public let messages: [LadderMessageRow]
    /// Events in time order.
    public let events: [LadderEventRow]
    /// Messages and events interleaved in display order.
    public let rows: [LadderRow]
    /// Distinct Call-IDs in order of first appearance (`LadderMessageRow.callGroup` indexes this).
    public let callIDs: [String]
    /// Problems that belong to no single message (from the input, or unmatched sources).
    public let warnings: [SIPWarning]

    /// Lays out a ladder.
    public init(_ input: LadderInput) {
        var builder = LadderBuilder(input: input)
        builder.run()
        lanes = builder.lanes
        messages = builder.messageRows
        events = builder.eventRows
        rows = builder.rows
        callIDs = builder.callIDs
        warnings = builder.layoutWarnings
    }

    /// Index of the lane of a party, or nil when the party has no lane.
    public func lane(ofParty party: Int) -> Int? {
        lanes.firstIndex { $0.party == party }
    }

    /// Index of the `?` lane, or nil when there is none.
    public var unknownLane: Int? {
        lanes.firstIndex { $0.party == nil }
    }
}
