import Foundation
import VConModel
import VConSIP

/// When each transcript turn starts, for follow mode: the turn's JSON Pointer and its time.
///
/// A segment's `start` (or `start_time`, `offset`) is read as seconds from the dialog's start when it is a
/// number, as a timestamp when it is text. Pointers name segments the way `Transcript` does, so the
/// Analysis pane's detail line of a turn is found by its pointer.
enum TranscriptTimes {
    struct Turn: Sendable, Equatable {
        var pointer: String
        var time: Date
    }

    /// Numbers at least this large are epoch seconds, not offsets from the dialog start.
    static let epochThreshold = 100_000_000.0

    /// The timed turns of a transcript analysis (empty when it is not one or has no times).
    static func turns(_ analysis: Analysis, dialogStart: Date?) -> [Turn] {
        guard let (list, listPointer, _) = Transcript.segments(analysis) else { return [] }
        var turns: [Turn] = []
        for (index, element) in list.elements.enumerated().prefix(Transcript.limit) {
            guard let start = element["start"] ?? element["start_time"] ?? element["offset"] else { continue }
            let time: Date?
            if let seconds = start.double {
                time = instant(seconds, dialogStart: dialogStart)
            } else {
                time = start.string.flatMap(LadderTime.parse)
            }
            if let time { turns.append(Turn(pointer: listPointer + "/\(index)", time: time)) }
        }
        return turns
    }

    /// A segment time in seconds as an instant: epoch seconds when very large, else an offset from the dialog start.
    static func instant(_ seconds: Double, dialogStart: Date?) -> Date? {
        guard seconds.isFinite, abs(seconds) < 3.2e13 else { return nil }
        return seconds >= epochThreshold ? Date(timeIntervalSince1970: seconds) : dialogStart.map { $0.addingTimeInterval(seconds) }
    }
}
