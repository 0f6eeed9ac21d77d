import Foundation
import VConModel

/// Merging one message seen twice (a trace entry and an individual attachment), and `sip-sdp` attachments.
extension LadderBuilder {
    /// Longest gap between two copies of one message, or between a `sip-sdp` attachment and its message.
    static let matchWindow: TimeInterval = 1.0

    /// Each attachment is merged into the nearest compatible, unmatched trace entry; the entry keeps its
    /// place (traces are chronological) and takes the attachment's wire text when it has none.
    mutating func mergeDuplicates() {
        let all = input.messages.map(LadderItem.init)
        var traceByKey: [String: [Int]] = [:]
        for (index, item) in all.enumerated() where item.kind == .traceEntry {
            traceByKey[item.labelKey, default: []].append(index)
        }
        var used = Set<Int>()
        var removed = Set<Int>()
        for index in all.indices where all[index].kind == .attachment {
            let item = all[index]
            var best: (index: Int, distance: TimeInterval)?
            for candidate in traceByKey[item.labelKey] ?? [] where !used.contains(candidate) {
                let entry = all[candidate]
                guard sameMessage(item, entry) else { continue }
                var distance = Self.matchWindow / 2  // unknown time: accept, but prefer a timed match
                if let a = item.time, let b = entry.time {
                    distance = abs(a.timeIntervalSince(b))
                    if distance > Self.matchWindow { continue }
                }
                if best == nil || distance < (best?.distance ?? .infinity) { best = (candidate, distance) }
            }
            guard let match = best?.index else { continue }
            used.insert(match)
            removed.insert(index)
            all[match].absorb(item)
        }
        items = all.indices.filter { !removed.contains($0) }.map { all[$0] }
    }

    /// Whether two sources can be the same message: equal where both say something.
    func sameMessage(_ a: LadderItem, _ b: LadderItem) -> Bool {
        func agree<T: Equatable>(_ x: T?, _ y: T?) -> Bool {
            guard let x, let y else { return true }
            return x == y
        }
        return agree(a.party, b.party) && agree(a.ownCallID ?? a.callIDHint, b.ownCallID ?? b.callIDHint)
            && agree(a.cseq, b.cseq) && agree(a.branch, b.branch)
    }

    /// Attaches each `sip-sdp` attachment to the nearest message of the same party that has no SDP;
    /// one that matches nothing becomes an `sdp` event.
    mutating func attachSDP() {
        for attachment in input.sdpAttachments {
            var best: (index: Int, distance: TimeInterval)?
            if let time = attachment.time {
                for index in items.indices {
                    let item = items[index]
                    guard !item.hasOwnSDP, item.attachedSDP == nil, let itemTime = item.time else { continue }
                    if let party = attachment.party, let itemParty = item.party, party != itemParty { continue }
                    let distance = abs(itemTime.timeIntervalSince(time))
                    if distance <= Self.matchWindow && distance < (best?.distance ?? .infinity) {
                        best = (index, distance)
                    }
                }
            }
            if let match = best?.index {
                items[match].attachedSDP = attachment.text
                items[match].sources.append(attachment.source)
            } else {
                let summary = SDPSession.parse(attachment.text).mediaSummaries.joined(separator: "; ")
                extraEvents.append(
                    LadderEvent(
                        time: attachment.time, kind: .sdp, party: attachment.party,
                        detail: summary.isEmpty ? nil : summary, source: attachment.source))
            }
        }
    }
}

extension LadderItem {
    /// Takes in a second copy of this message (an individual attachment).
    func absorb(_ other: LadderItem) {
        sources += other.sources
        if message.raw == nil && other.message.raw != nil { replaceMessage(other.message) }
        party = party ?? other.party
        if time == nil {
            time = other.time
            timeText = other.timeText
        }
        direction = direction ?? other.direction
        if methodHint == nil, let hint = other.methodHint { setMethodHint(hint) }
        callIDHint = callIDHint ?? other.callIDHint
        warnings += other.warnings
    }
}
