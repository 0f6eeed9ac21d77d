/// Transactions and retransmissions.
extension LadderBuilder {
    /// Numbers transactions (RFC 3261 §17): the top Via branch with the CSeq method, or without a branch
    /// Call-ID and CSeq. An ACK joins its INVITE's transaction when that INVITE got a final response ≥ 300
    /// (RFC 3261 §17.1.1.3); an ACK for a 2xx is a transaction of its own.
    mutating func numberTransactions() {
        var numbers: [String: Int] = [:]
        var finalStatus: [Int: Int] = [:]
        transactions = []
        for item in items {
            let base: String
            if let branch = item.branch {
                base = "b:" + branch
            } else if let cseq = item.cseq {
                base = "c:" + (callID(of: item) ?? "") + "|" + String(cseq.number)
            } else {
                transactions.append(nil)
                continue
            }
            var method = item.transactionMethod ?? "?"
            if method == "ACK", let invite = numbers[base + "|INVITE"], (finalStatus[invite] ?? 0) >= 300 {
                method = "INVITE"
            }
            let key = base + "|" + method
            let number: Int
            if let known = numbers[key] {
                number = known
            } else {
                number = numbers.count
                numbers[key] = number
            }
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
