import VConModel

/// Events of a vCon dialog on the ladder's time line: start and end, `party_history`, transfers.
extension LadderSources {
    /// Dialog start (and end, when it has a duration) and its `party_history`.
    public static func events(of dialog: Dialog) -> [LadderEvent] {
        let pointer = "/dialog/\(dialog.index)"
        var events: [LadderEvent] = []
        if dialog.type == "transfer" { return events }
        if let startText = dialog.start, let start = LadderTime.parse(startText) {
            events.append(LadderEvent(time: start, kind: .dialogStart, detail: dialog.type, source: pointer))
            if let duration = dialog.duration, duration >= 0 {
                events.append(
                    LadderEvent(time: start.addingTimeInterval(duration), kind: .dialogEnd, source: pointer))
            }
        }
        for (position, item) in dialog.partyHistory.enumerated() {
            let name = item.event ?? "?"
            events.append(
                LadderEvent(
                    time: item.time.flatMap(LadderTime.parse), kind: .partyHistory(name), party: item.party,
                    source: "\(pointer)/party_history/\(position)"))
        }
        return events
    }

    /// `transfer` dialogs whose `original`, `target_dialog` or `consultation` is the given dialog.
    public static func transferEvents(_ dialogs: [Dialog], concerning index: Int) -> [LadderEvent] {
        dialogs.compactMap { dialog in
            guard dialog.type == "transfer" else { return nil }
            let related = [dialog.original, dialog.targetDialog, dialog.consultation].compactMap { $0?.int }
            guard related.contains(index) else { return nil }
            var parts: [String] = []
            if let party = dialog.transferee { parts.append("transferee \(party)") }
            if let party = dialog.transferor { parts.append("transferor \(party)") }
            if let target = dialog.transferTarget?.int { parts.append("target \(target)") }
            return LadderEvent(
                time: dialog.start.flatMap(LadderTime.parse), kind: .transfer, party: dialog.transferor,
                detail: parts.isEmpty ? nil : parts.joined(separator: ", "), source: "/dialog/\(dialog.index)")
        }
    }
}
