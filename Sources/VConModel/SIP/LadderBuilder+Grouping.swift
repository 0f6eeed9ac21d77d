/// Transactions and retransmissions.
extension LadderBuilder {
    /// Numbers transactions (RFC 3261 §17): the top Via branch with the CSeq method, or without a branch
    /// Call-ID and CSeq. An ACK joins its INVITE's transaction when that INVITE got a final response ≥ 300
    /// (RFC 3261 §17.1.1.3); an ACK for a 2xx is a transaction of its own. Sources that mix messages with
    /// and without Via (a trace that lists only CSeq, beside wire attachments) are joined through Call-ID
    /// and CSeq: a message without a branch joins the first transaction with its Call-ID and CSeq, and a
    /// message with a new branch joins a transaction that so far had no branch.
    mutating func numberTransactions() {
        var byBranch: [String: Int] = [:]
        var bySequence: [String: Int] = [:]
        var hasBranch: [Bool] = []
        var finalStatus: [Int: Int] = [:]
        transactions = []
        for item in items {
            let sequence = item.cseq.map { (callID(of: item) ?? "") + "|" + String($0.number) }
            guard item.branch != nil || sequence != nil else {
                transactions.append(nil)
                continue
            }
            var method = item.transactionMethod ?? "?"
            if method == "ACK" {
                var invite: Int?
                if let branch = item.branch, let known = byBranch[branch + "|INVITE"] {
                    invite = known
                } else if let key = sequence, let known = bySequence[key + "|INVITE"], item.branch == nil || !hasBranch[known] {
                    invite = known
                }
                if let invite, (finalStatus[invite] ?? 0) >= 300 { method = "INVITE" }
            }
            let branchKey = item.branch.map { $0 + "|" + method }
            let sequenceKey = sequence.map { $0 + "|" + method }
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
                byBranch[key] = byBranch[key] ?? number
                hasBranch[number] = true
            }
            if let key = sequenceKey { bySequence[key] = bySequence[key] ?? number }
            if let status = item.status, status >= 200 { finalStatus[number] = status }
            transactions.append(number)
        }
    }

    /// A retransmission repeats an earlier message from the same sender: same method or status, CSeq,
    /// branch, direction and content. Messages with neither CSeq nor branch are never called retransmissions
    /// (two bare trace entries such as `ACK` say too little to tell).
    mutating func findRetransmissions() {
        var firstSeen: [String: Int] = [:]
        retransmissionOf = Array(repeating: nil, count: items.count)
        retransmissionCounts = Array(repeating: 0, count: items.count)
        for index in items.indices {
            let item = items[index]
            guard item.cseq != nil || item.branch != nil else { continue }
            let sender = senders[index].party.map(String.init) ?? "?"
            let key = sender + "|" + (item.direction?.rawValue ?? "") + "|" + (item.attachedSDP ?? "") + "|"
                + item.message.wireText
            if let original = firstSeen[key] {
                retransmissionOf[index] = original
                retransmissionCounts[original] += 1
            } else {
                firstSeen[key] = index
            }
        }
    }
}
