import VConModel

/// Deciding who sent and who received each message.
///
/// Sender: the source's `party`; when missing or out of range, the transaction (a response comes from
/// whoever received its request), then From (requests) / To (responses) against party identities.
/// Receiver, first that answers (issue 12.2: hops before dialog parties, so a trace through proxies and
/// B2BUAs draws each message between the hops that exchanged it):
/// 1. transaction matching (RFC 3261 §17: Call-ID, CSeq and top Via branch when both have one): a response
///    goes back to the sender of the latest matching request from another party; a request goes to whoever
///    answered it (the sender of the first response matched to it or to a retransmission of it); a CANCEL,
///    or an ACK with the INVITE's branch (non-2xx), goes where that INVITE went;
/// 2. a request's next hop when its headers name one (the top `Route`, or the Request-URI of an in-dialog
///    request, which is the remote target), against party `sip`/`sip_contact`/`tel`;
/// 3. an ACK for a 2xx (a branch of its own): where its INVITE from the same sender went;
/// 4. the other party of a two-party dialog (only now: in a multi-hop trace the dialog's parties are the
///    ends, not the hops);
/// 5. URIs against party `tel`/`sip`/`mailto`/`sip_contact`: for requests the top `Route` (the next hop),
///    the Request-URI, then `To` (not for REGISTER, whose `To` is the registering user); for responses `From`;
/// 6. the last other endpoint seen with the same Call-ID;
/// 7. the `?` lane.
extension LadderBuilder {
    typealias Endpoint = (party: Int?, source: LadderEndpointSource)

    /// Call-ID, CSeq number and method: what a response or ACK/CANCEL shares with its request.
    struct RequestKey: Hashable {
        let callGroup: Int?
        let number: UInt64
        let method: String
    }

    /// Look-up tables filled while walking the messages in file order.
    struct EndpointTables {
        /// Request item indices by Call-ID and CSeq, in order.
        var requests: [RequestKey: [Int]] = [:]
        /// Call group → parties seen as endpoints, in order.
        var peers: [Int: [Int]] = [:]
        /// Parties matching a header value or Request-URI, by its text (the same few recur in every call).
        var partiesByURI: [String: [Int]] = [:]
        /// Who answered each request (see `answeringParties`).
        var answers: [RequestIdentity: Int] = [:]
    }

    /// A request and its retransmissions: the same Call-ID, CSeq, sender (as given) and top Via branch.
    struct RequestIdentity: Hashable {
        let key: RequestKey
        let sender: Int?
        let branch: Int?
    }

    mutating func resolveEndpoints() {
        var keyIndex: [String: [Int]] = [:]
        for party in input.parties {
            for key in party.addressKeys where keyIndex[key]?.contains(party.index) != true {
                keyIndex[key, default: []].append(party.index)
            }
        }
        let validDialog = input.dialogParties.filter(isValidParty)
        var pair = Array(Set(validDialog)).sorted()
        if validDialog.isEmpty && input.parties.count == 2 { pair = [0, 1] }
        for party in input.dialogParties where !isValidParty(party) {
            layoutWarnings.append(SIPWarning("dialog party \(party) is out of range (\(input.parties.count) parties)"))
        }
        var given: [Int?] = []
        for index in items.indices {
            guard let party = items[index].party else {
                given.append(nil)
                continue
            }
            if !isValidParty(party) {
                layoutItemWarnings[index].append(
                    SIPWarning("party \(party) is out of range (\(input.parties.count) parties)"))
            }
            given.append(isValidParty(party) ? party : nil)
        }
        var tables = EndpointTables()
        tables.answers = answeringParties(given: given)
        senders = []
        receivers = []
        for index in items.indices {
            var sender: Endpoint = given[index].map { ($0, .given) } ?? (nil, .unknown)
            if sender.party == nil { sender = inferSender(index, tables: tables, keyIndex: keyIndex) }
            senders.append(sender)
            var receiver: Endpoint = (nil, .unknown)
            if let party = receiverByTransaction(index, sender: sender.party, given: given, tables: tables) {
                receiver = (party, .transaction)
            } else if let party = receiverByURI(
                index, sender: sender.party, keyIndex: keyIndex, tables: &tables, nextHopOnly: true)
            {
                receiver = (party, .uri)
            } else if let party = receiverOfACKWithoutBranch(index, sender: sender.party, tables: tables) {
                receiver = (party, .transaction)
            } else if pair.count == 2, let from = sender.party, pair.contains(from) {
                receiver = (pair[0] == from ? pair[1] : pair[0], .twoPartyDialog)
            } else if let party = receiverByURI(index, sender: sender.party, keyIndex: keyIndex, tables: &tables) {
                receiver = (party, .uri)
            } else if let party = receiverByCallID(index, sender: sender.party, tables: tables) {
                receiver = (party, .callID)
            }
            receivers.append(receiver)
            record(index, sender: sender.party, receiver: receiver.party, in: &tables)
        }
    }

    /// Who answered each request: the sender of the first response whose request (the latest earlier
    /// matching one from another party, as `receiverByTransaction` pairs them) it is, keyed so that a
    /// retransmitted request shares its original's answer. Uses only the senders the sources gave.
    func answeringParties(given: [Int?]) -> [RequestIdentity: Int] {
        var requests = EndpointTables()
        var answers: [RequestIdentity: Int] = [:]
        for index in items.indices {
            let item = items[index]
            if item.status != nil, let responder = given[index],
                let request = matchingRequest(index, tables: requests, accept: { given[$0] != responder }),
                let identity = requestIdentity(request, given: given), answers[identity] == nil
            {
                answers[identity] = responder
            }
            if item.method != nil, let key = requestKey(item) { requests.requests[key, default: []].append(index) }
        }
        return answers
    }

    func requestIdentity(_ index: Int, given: [Int?]) -> RequestIdentity? {
        requestKey(items[index]).map { RequestIdentity(key: $0, sender: given[index], branch: items[index].branchID) }
    }

    func requestKey(_ item: LadderItem, method: String? = nil) -> RequestKey? {
        guard let cseq = item.cseq else { return nil }
        return RequestKey(callGroup: item.callGroup, number: cseq.number, method: method ?? cseq.method)
    }

    mutating func record(_ index: Int, sender: Int?, receiver: Int?, in tables: inout EndpointTables) {
        let item = items[index]
        if item.method != nil, let key = requestKey(item) { tables.requests[key, default: []].append(index) }
        if let id = item.callGroup {
            for party in [sender, receiver].compactMap({ $0 }) { tables.peers[id, default: []].append(party) }
        }
    }

    /// The latest earlier request this message answers or follows, chosen by `accept`.
    ///
    /// `branch` says how the top Via branches must compare (see `BranchRule`).
    func matchingRequest(
        _ index: Int, method: String? = nil, branch: BranchRule = .whenBothHaveOne, tables: EndpointTables,
        accept: (Int) -> Bool
    ) -> Int? {
        let item = items[index]
        guard let key = requestKey(item, method: method) else { return nil }
        for candidate in (tables.requests[key] ?? []).reversed() where candidate < index {
            let mine = item.branchID
            let theirs = items[candidate].branchID
            switch branch {
            case .whenBothHaveOne: if let mine, let theirs, mine != theirs { continue }
            case .always: if mine == nil || mine != theirs { continue }
            case .ignore: break
            }
            if accept(candidate) { return candidate }
        }
        return nil
    }

    /// How a request's top Via branch must compare when matching.
    enum BranchRule {
        case whenBothHaveOne, always, ignore
    }

    func inferSender(_ index: Int, tables: EndpointTables, keyIndex: [String: [Int]]) -> Endpoint {
        let item = items[index]
        if item.status != nil {
            if let request = matchingRequest(index, tables: tables, accept: { receivers[$0].party != nil }),
                let party = receivers[request].party
            {
                return (party, .transaction)
            }
        } else if item.method == "ACK" || item.method == "CANCEL" {
            let rule: BranchRule = item.method == "ACK" ? .ignore : .whenBothHaveOne
            if let invite = matchingRequest(
                index, method: "INVITE", branch: rule, tables: tables, accept: { senders[$0].party != nil }),
                let party = senders[invite].party
            {
                return (party, .transaction)
            }
        }
        let uri = item.status != nil ? item.message.to?.uri : item.message.from?.uri
        if let uri, let party = Self.parties(matching: uri, keyIndex: keyIndex).first {
            return (party, .uri)
        }
        return (nil, .unknown)
    }

    func receiverByTransaction(_ index: Int, sender: Int?, given: [Int?], tables: EndpointTables) -> Int? {
        let item = items[index]
        if item.method != nil, item.method != "ACK", let identity = requestIdentity(index, given: given),
            let answerer = tables.answers[identity], answerer != sender
        {
            return answerer
        }
        if item.status != nil {
            let request = matchingRequest(index, tables: tables) { candidate in
                guard let requester = senders[candidate].party else { return false }
                return requester != sender
            }
            return request.flatMap { senders[$0].party }
        }
        if item.method == "CANCEL" || item.method == "ACK" {
            // A CANCEL always shares its INVITE's branch; an ACK only when it acknowledges a non-2xx.
            let rule: BranchRule = item.method == "CANCEL" ? .whenBothHaveOne : .always
            return inviteReceiver(index, sender: sender, branch: rule, tables: tables)
        }
        return nil
    }

    /// An ACK for a 2xx has a branch of its own; when no URI told where it goes, follow its INVITE.
    func receiverOfACKWithoutBranch(_ index: Int, sender: Int?, tables: EndpointTables) -> Int? {
        guard items[index].method == "ACK" else { return nil }
        return inviteReceiver(index, sender: sender, branch: .ignore, tables: tables)
    }

    func inviteReceiver(_ index: Int, sender: Int?, branch: BranchRule, tables: EndpointTables) -> Int? {
        let invite = matchingRequest(index, method: "INVITE", branch: branch, tables: tables) { candidate in
            receivers[candidate].party != nil && (sender == nil || senders[candidate].party == sender)
        }
        return invite.flatMap { receivers[$0].party }
    }

    /// The party a URI names: see steps 2 and 5 above. With `nextHopOnly`, only headers that name the next
    /// hop count (the top `Route`; the Request-URI when `To` has a tag), and only another party.
    func receiverByURI(
        _ index: Int, sender: Int?, keyIndex: [String: [Int]], tables: inout EndpointTables, nextHopOnly: Bool = false
    ) -> Int? {
        let item = items[index]
        let address = item.addressing
        // Name-addr header values (Route, To, From) and a bare Request-URI, best first.
        var candidates: [(text: String, isNameAddress: Bool)] = []
        if nextHopOnly {
            guard item.method != nil else { return nil }
            if let route = address.route { candidates.append((route, true)) }
            if let target = address.requestURI, let to = address.to, SIPNameAddress.parse(to).tag != nil {
                candidates.append((target, false))
            }
        } else if item.status != nil {
            if let from = address.from { candidates.append((from, true)) }
        } else {
            if let route = address.route { candidates.append((route, true)) }
            if let target = address.requestURI { candidates.append((target, false)) }
            if item.method != "REGISTER", let to = address.to { candidates.append((to, true)) }
        }
        var fallback: Int?
        for candidate in candidates {
            let parties: [Int]
            if let known = tables.partiesByURI[candidate.text] {
                parties = known
            } else {
                let uri = candidate.isNameAddress ? SIPNameAddress.parse(candidate.text).uri : candidate.text
                parties = Self.parties(matching: uri, keyIndex: keyIndex)
                tables.partiesByURI[candidate.text] = parties
            }
            if let other = parties.first(where: { $0 != sender }) { return other }
            fallback = fallback ?? parties.first
        }
        return nextHopOnly ? nil : fallback
    }

    /// Parties whose identities match a URI, in key order, without repeats.
    static func parties(matching uri: String, keyIndex: [String: [Int]]) -> [Int] {
        var found: [Int] = []
        for key in SIPAddressKey.keys(forURI: uri) {
            for party in keyIndex[key] ?? [] where !found.contains(party) { found.append(party) }
        }
        return found
    }

    func receiverByCallID(_ index: Int, sender: Int?, tables: EndpointTables) -> Int? {
        guard let sender, let id = items[index].callGroup, let seen = tables.peers[id] else { return nil }
        return seen.last { $0 != sender }
    }
}
