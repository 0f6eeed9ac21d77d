import VConModel

/// Lanes, message rows, event rows and their interleaving.
extension LadderBuilder {
    /// Lanes: the dialog's parties and every party an arrow or event touches, in index order (all parties
    /// when that is none), then `?` when some endpoint is unknown.
    mutating func buildLanes() {
        var used = Set(input.dialogParties.filter(isValidParty))
        for endpoint in senders + receivers { if let party = endpoint.party { used.insert(party) } }
        for event in input.events + extraEvents {
            if let party = event.party, isValidParty(party) { used.insert(party) }
        }
        if used.isEmpty { used = Set(input.parties.indices) }
        lanes = used.sorted().map { Self.lane(for: input.parties[$0], index: $0) }
        if (senders + receivers).contains(where: { $0.party == nil }) {
            lanes.append(LadderLane(party: nil, title: "?", subtitle: nil))
        }
    }

    /// `[i] name` with the tel or SIP URI under it.
    static func lane(for party: LadderParty, index: Int) -> LadderLane {
        let name = [party.name, party.sipDisplayName, party.tel, party.sip, party.mailto]
            .compactMap { $0 }.first { !$0.isEmpty }
        let role = party.role.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
        let title = (name.map { "[\(index)] \($0)" } ?? "[\(index)]") + role
        let subtitle = [party.tel, party.sip, party.mailto].compactMap { $0 }.first { !$0.isEmpty && $0 != name }
        return LadderLane(party: index, title: title, subtitle: subtitle)
    }

    mutating func buildMessageRows() {
        var laneOfParty: [Int: Int] = [:]
        for (lane, info) in lanes.enumerated() { if let party = info.party { laneOfParty[party] = lane } }
        let unknown = lanes.count - 1  // only used when an endpoint is unknown, and then `?` is last
        func endpoint(_ value: Endpoint) -> LadderEndpoint {
            LadderEndpoint(lane: value.party.flatMap { laneOfParty[$0] } ?? unknown, party: value.party, source: value.source)
        }
        messageRows = items.indices.map { index in
            let item = items[index]
            let errorClass = item.status.flatMap { (400...699).contains($0) ? $0 / 100 : nil }
            return LadderMessageRow(
                index: index, sources: item.sources, message: item.message, attachedSDP: item.attachedSDP,
                time: item.time, timeText: item.timeText, delta: deltas[index], direction: item.direction,
                from: endpoint(senders[index]), to: endpoint(receivers[index]), label: item.label,
                hasSDP: item.hasOwnSDP || item.attachedSDP != nil, callID: item.callID,
                callGroup: item.callGroup, transaction: transactions[index],
                retransmissionOf: retransmissionOf[index], retransmissionCount: retransmissionCounts[index],
                errorClass: errorClass,
                warnings: item.message.warnings + item.warnings + layoutItemWarnings[index])
        }
    }

    /// Events sorted by time (stable; untimed last), each placed before the first later message in file order.
    mutating func buildEventRows() {
        var laneOfParty: [Int: Int] = [:]
        for (lane, info) in lanes.enumerated() { if let party = info.party { laneOfParty[party] = lane } }
        let all = input.events + extraEvents
        let order = all.indices.sorted { a, b in
            switch (all[a].time, all[b].time) {
            case let (x?, y?): return x < y || (x == y && a < b)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        eventRows = order.enumerated().map { position, original in
            let event = all[original]
            var warnings: [SIPWarning] = []
            var lane: Int?
            if let party = event.party {
                if isValidParty(party) {
                    lane = laneOfParty[party]
                } else {
                    warnings.append(SIPWarning("party \(party) is out of range (\(input.parties.count) parties)"))
                }
            }
            return LadderEventRow(index: position, event: event, lane: lane, warnings: warnings)
        }
        rows = []
        var next = 0
        for message in messageRows {
            if let time = message.time {
                while next < eventRows.count, let eventTime = eventRows[next].event.time, eventTime < time {
                    rows.append(.event(next))
                    next += 1
                }
            }
            rows.append(.message(message.index))
        }
        while next < eventRows.count {
            rows.append(.event(next))
            next += 1
        }
    }
}
