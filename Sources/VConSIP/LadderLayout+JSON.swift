import Foundation
import VConModel

/// The `--json` form of a layout (issue 5): lanes, then messages in order, then events, stable key order.
///
/// ```
/// {"lanes":[{"party":0,"title":"[0] Alice","subtitle":"+12125551234"},{"party":null,"title":"?",...}],
///  "messages":[{"index":0,"from":0,"to":1,"inferred":{"from":false,"to":true},"label":"INVITE (SDP)",
///    "time":"2026-01-15T14:30:00.001Z","delta":null,"retransmission_of":null,"warnings":[], ...}],
///  "events":[...], "call_ids":[...], "warnings":[...]}
/// ```
/// `from`/`to` are party indices (null for the `?` lane); `delta` is seconds with millisecond precision.
extension LadderLayout {
    /// The layout as a JSON value (see `JSONOutput.render`).
    public func jsonOutput() -> JSONOutput {
        .object([
            (
                "lanes",
                .array(
                    lanes.map { lane in
                        .object([
                            ("party", .optional(lane.party)), ("title", .string(lane.title)),
                            ("subtitle", .optional(lane.subtitle)),
                        ])
                    })
            ),
            ("messages", .array(messages.map(Self.json))),
            ("events", .array(events.map(Self.json))),
            ("call_ids", .array(callIDs.map(JSONOutput.string))),
            ("warnings", .array(warnings.map { .string($0.message) })),
        ])
    }

    /// The layout as JSON text; `indent` > 0 pretty-prints.
    public func jsonString(indent: Int = 2) -> String {
        jsonOutput().render(indent: indent)
    }

    static func json(_ row: LadderMessageRow) -> JSONOutput {
        .object([
            ("index", .int(row.index)),
            ("from", .optional(row.from.party)),
            ("to", .optional(row.to.party)),
            ("inferred", .object([("from", .bool(row.from.isInferred)), ("to", .bool(row.to.isInferred))])),
            ("inferred_by", .object([("from", .string(row.from.source.rawValue)), ("to", .string(row.to.source.rawValue))])),
            ("label", .string(row.label)),
            ("time", .optional(row.time.map(LadderTime.formatUTC))),
            ("delta", row.delta.map { .number(seconds($0)) } ?? .null),
            ("retransmission_of", .optional(row.retransmissionOf)),
            ("retransmissions", .int(row.retransmissionCount)),
            ("direction", .optional(row.direction?.rawValue)),
            ("call_id", .optional(row.callID)),
            ("transaction", .optional(row.transaction)),
            ("error_class", .optional(row.errorClass)),
            ("sdp", .bool(row.hasSDP)),
            ("sources", .array(row.sources.map(JSONOutput.string))),
            ("warnings", .array(row.warnings.map { .string($0.message) })),
        ])
    }

    static func json(_ row: LadderEventRow) -> JSONOutput {
        .object([
            ("kind", .string(row.event.kind.name)),
            ("party", .optional(row.event.party)),
            ("time", .optional(row.event.time.map(LadderTime.formatUTC))),
            ("detail", .optional(row.event.detail)),
            ("source", .string(row.event.source)),
            ("warnings", .array(row.warnings.map { .string($0.message) })),
        ])
    }

    /// `-1.000`, `0.049`: seconds with exactly three decimals, as JSON number text.
    static func seconds(_ value: TimeInterval) -> String {
        let millis = Milliseconds.of(abs(value))
        return (value < 0 && millis > 0 ? "-" : "") + "\(millis / 1000)." + LadderTime.pad(millis % 1000, 3)
    }
}
