import Foundation
import VConModel

/// The steps of `LadderLayout.init`, in order; each step reads what the earlier ones computed.
struct LadderBuilder {
    let input: LadderInput
    var items: [LadderItem] = []
    var extraEvents: [LadderEvent] = []

    // Per item, in party space (nil party = unknown endpoint).
    var senders: [(party: Int?, source: LadderEndpointSource)] = []
    var receivers: [(party: Int?, source: LadderEndpointSource)] = []
    var layoutItemWarnings: [[SIPWarning]] = []
    var transactions: [Int?] = []
    var retransmissionOf: [Int?] = []
    var retransmissionCounts: [Int] = []
    var deltas: [TimeInterval?] = []

    // Results.
    var lanes: [LadderLane] = []
    var messageRows: [LadderMessageRow] = []
    var eventRows: [LadderEventRow] = []
    var rows: [LadderRow] = []
    var callIDs: [String] = []
    var layoutWarnings: [SIPWarning] = []

    init(input: LadderInput) {
        self.input = input
        layoutWarnings = input.warnings
    }

    mutating func run() {
        mergeDuplicates()
        numberCallIDsAndBranches()
        attachSDP()
        layoutItemWarnings = Array(repeating: [], count: items.count)
        resolveEndpoints()
        numberTransactions()
        findRetransmissions()
        computeDeltas()
        buildLanes()
        buildMessageRows()
        buildEventRows()
    }

    func isValidParty(_ party: Int) -> Bool {
        party >= 0 && party < input.parties.count
    }

    /// Numbers Call-IDs in order of first appearance, and branches, so later steps hash small integers.
    mutating func numberCallIDsAndBranches() {
        var numbers: [String: Int] = [:]
        var branches: [String: Int] = [:]
        for item in items {
            item.callID = item.ownCallID ?? item.callIDHint ?? input.callID
            if let id = item.callID {
                if let known = numbers[id] {
                    item.callGroup = known
                } else {
                    numbers[id] = callIDs.count
                    item.callGroup = callIDs.count
                    callIDs.append(id)
                }
            }
            if let branch = item.branch {
                if let known = branches[branch] {
                    item.branchID = known
                } else {
                    item.branchID = branches.count
                    branches[branch] = branches.count
                }
            }
        }
    }

    /// Seconds since the previous timed message; a negative delta gets a warning, file order is kept.
    mutating func computeDeltas() {
        var previous: Date?
        deltas = []
        for index in items.indices {
            guard let time = items[index].time else {
                deltas.append(nil)
                continue
            }
            if let previous {
                let delta = time.timeIntervalSince(previous)
                deltas.append(delta)
                if delta < 0 {
                    layoutItemWarnings[index].append(
                        SIPWarning("timestamp is \(LadderTime.formatDelta(-delta).dropFirst()) earlier than the previous message"))
                }
            } else {
                deltas.append(nil)
            }
            previous = time
        }
    }
}
