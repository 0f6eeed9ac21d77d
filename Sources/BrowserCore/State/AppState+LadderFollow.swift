import Foundation
import VConModel
import VConSIP

/// Follow mode (`F`): the Dialog and Analysis panes move to the time of the selected ladder row.
///
/// Only state changes here; they show when the user switches to those panes (Tab, `3`, `4`).
extension AppState {
    /// In follow mode, points the Dialog pane at the dialog whose span holds the selected row's time
    /// (else the nearest), and the Analysis pane at the transcript turn nearest that time.
    mutating func syncFollow() {
        guard ladderSettings.follow, var pane = ladder, let row = pane.view.selectedRow,
            let time = pane.geometry.time(ofRow: row), let vcon = currentDocument?.vcon
        else { return }
        if pane.followIndex == nil {
            pane.followIndex = LadderFollowIndex(vcon)
            ladder = pane
        }
        guard let index = pane.followIndex else { return }
        if let dialog = index.dialog(at: time) { cursors[Pane.dialog.rawValue].selected = dialog }
        let preferred = index.dialog(at: time)
        if let turn = index.turn(nearest: time, preferringDialog: preferred) {
            cursors[Pane.analysis.rawValue].selected = turn.analysis
            ladderSettings.pendingTurn = turn.pointer
        }
    }

    /// Shows the transcript turn follow mode chose, once, when the Analysis pane is selected.
    mutating func applyPendingTurn() {
        guard pane == .analysis, let pointer = ladderSettings.pendingTurn else { return }
        ladderSettings.pendingTurn = nil
        focusDetailLine(closestTo: pointer)
    }
}

/// Dialog spans and timed transcript turns of a vCon, read once per ladder for follow mode.
struct LadderFollowIndex: Sendable {
    struct Span: Sendable {
        var dialog: Int
        var start: Date
        var end: Date
    }

    struct Turn: Sendable {
        var analysis: Int
        var dialogs: [Int]
        var pointer: String
        var time: Date
    }

    let spans: [Span]
    let turns: [Turn]

    init(_ vcon: VCon) {
        let dialogs = vcon.dialog
        var spans: [Span] = []
        for dialog in dialogs {
            guard let start = dialog.start.flatMap(LadderTime.parse) else { continue }
            spans.append(Span(dialog: dialog.index, start: start, end: start.addingTimeInterval(max(0, dialog.duration ?? 0))))
        }
        self.spans = spans
        var turns: [Turn] = []
        for analysis in vcon.analysis {
            let start = analysis.dialog.first.flatMap { index in spans.first { $0.dialog == index }?.start }
            for turn in TranscriptTimes.turns(analysis, dialogStart: start) {
                turns.append(Turn(analysis: analysis.index, dialogs: analysis.dialog, pointer: turn.pointer, time: turn.time))
            }
        }
        self.turns = turns
    }

    /// The dialog whose span holds `time` (the latest to start among several), else the nearest span.
    func dialog(at time: Date) -> Int? {
        if let inside = spans.filter({ $0.start <= time && time <= $0.end }).max(by: { $0.start < $1.start }) {
            return inside.dialog
        }
        return spans.min { distance($0, time) < distance($1, time) }?.dialog
    }

    /// The turn nearest `time`, among the turns of transcripts of `dialog` when there are any.
    func turn(nearest time: Date, preferringDialog dialog: Int?) -> Turn? {
        let own = turns.filter { turn in dialog.map { turn.dialogs.contains($0) } ?? false }
        let candidates = own.isEmpty ? turns : own
        return candidates.min { abs($0.time.timeIntervalSince(time)) < abs($1.time.timeIntervalSince(time)) }
    }

    private func distance(_ span: Span, _ time: Date) -> TimeInterval {
        time < span.start ? span.start.timeIntervalSince(time) : time.timeIntervalSince(span.end)
    }
}
