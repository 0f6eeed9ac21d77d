import VConModel

/// Transactions and retransmissions.
extension LadderBuilder {
    /// Numbers transactions (RFC 3261 §17): the top Via branch with the CSeq method, or without a branch
    /// Call-ID and CSeq. An ACK joins its INVITE's transaction when that INVITE got a final response ≥ 300
    /// (RFC 3261 §17.1.1.3); an ACK for a 2xx is a transaction of its own. Sources that mix messages with
    /// and without Via (a trace that lists only CSeq, beside wire attachments) are joined through Call-ID
    /// and CSeq: a message without a branch joins the first transaction with its Call-ID and CSeq, and a
    /// message with a new branch joins a transaction that so far had no branch.
    mutating func numberTransactions() {
        struct BranchKey: Hashable {
            let branch: Int
            let method: String
        }
        struct SequenceKey: Hashable {
            let callGroup: Int?
            let number: UInt64
            let method: String
        }
        var byBranch: [BranchKey: Int] = [:]
        var bySequence: [SequenceKey: Int] = [:]
        var hasBranch: [Bool] = []
        var finalStatus: [Int: Int] = [:]
        transactions = []
        transactions.reserveCapacity(items.count)
        for item in items {
            guard item.branchID != nil || item.cseq != nil else {
                transactions.append(nil)
                continue
            }
            var method = item.transactionMethod ?? "?"
            if method == "ACK" {
                var invite: Int?
                if let branch = item.branchID, let known = byBranch[BranchKey(branch: branch, method: "INVITE")] {
                    invite = known
                } else if let cseq = item.cseq,
                    let known = bySequence[SequenceKey(callGroup: item.callGroup, number: cseq.number, method: "INVITE")],
                    item.branchID == nil || !hasBranch[known]
                {
                    invite = known
                }
                if let invite, (finalStatus[invite] ?? 0) >= 300 { method = "INVITE" }
            }
            let branchKey = item.branchID.map { BranchKey(branch: $0, method: method) }
            let sequenceKey = item.cseq.map { SequenceKey(callGroup: item.callGroup, number: $0.number, method: method) }
            var number: Int
            if let key = branchKey, let known = byBranch[key] {
                number = known
            } else if let key = sequenceKey, let known = bySequence[key], branchKey == nil || !hasBranch[known] {
                number = known
            } else {
                number = hasBranch.count
                hasBranch.append(false)
            }
            if let key = branchKey {
                if byBranch[key] == nil { byBranch[key] = number }
                hasBranch[number] = true
            }
            if let key = sequenceKey, bySequence[key] == nil { bySequence[key] = number }
            if let status = item.status, status >= 200 { finalStatus[number] = status }
            transactions.append(number)
        }
    }

    /// What two copies of one message share besides their text (compared only when these are equal).
    struct RepeatKey: Hashable {
        let sender: Int?
        let direction: LadderMessageDirection?
        let callGroup: Int?
        let cseq: SIPCSeq?
        let branch: Int?
        let label: String
    }

    /// A retransmission repeats an earlier message from the same sender: same method or status, CSeq,
    /// branch, direction and content. Messages with neither CSeq nor branch are never called retransmissions
    /// (two bare trace entries such as `ACK` say too little to tell).
    mutating func findRetransmissions() {
        var seen: [RepeatKey: [Int]] = [:]
        retransmissionOf = Array(repeating: nil, count: items.count)
        retransmissionCounts = Array(repeating: 0, count: items.count)
        for index in items.indices {
            let item = items[index]
            guard item.cseq != nil || item.branch != nil else { continue }
            let key = RepeatKey(
                sender: senders[index].party, direction: item.direction, callGroup: item.callGroup, cseq: item.cseq,
                branch: item.branchID, label: item.labelKey)
            if let original = seen[key]?.first(where: {
                items[$0].wireText == item.wireText && items[$0].attachedSDP == item.attachedSDP
            }) {
                retransmissionOf[index] = original
                retransmissionCounts[original] += 1
            } else {
                seen[key, default: []].append(index)
            }
        }
    }
}
