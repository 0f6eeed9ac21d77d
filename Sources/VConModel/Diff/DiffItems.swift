/// Pairs the items of one array (parties, dialog, analysis, attachments) between two versions.
///
/// An item whose `uuid` appears exactly once on each side is paired by uuid, wherever it sits;
/// the rest are paired by index, unless both carry different uuids (then one was removed and
/// another added). Redaction placeholders (`{}`) carry no uuid, so they pair by index, as the
/// core draft intends ("an empty placeholder such that object array indices do not change").
enum DiffItems {
    /// One row of the pairing: an index on either side or both.
    struct Pair: Equatable {
        var before: Int?
        var after: Int?
    }

    /// Pairs `before` and `after`, in document order: by `after` index, a removed item where it stood in `before`.
    static func pair(_ before: [JSONValue], _ after: [JSONValue]) -> [Pair] {
        let beforeIDs = before.map(uuid)
        let afterIDs = after.map(uuid)
        let uniqueBefore = uniqueIndices(beforeIDs)
        let uniqueAfter = uniqueIndices(afterIDs)
        var matchedBefore = [Int?](repeating: nil, count: after.count)
        var takenBefore = Set<Int>()
        for (position, id) in afterIDs.enumerated() {
            guard let id, uniqueAfter[id] != nil, let other = uniqueBefore[id] else { continue }
            matchedBefore[position] = other
            takenBefore.insert(other)
        }
        for position in after.indices where matchedBefore[position] == nil {
            guard position < before.count, !takenBefore.contains(position) else { continue }
            if let mine = afterIDs[position], let theirs = beforeIDs[position], mine != theirs { continue }
            matchedBefore[position] = position
            takenBefore.insert(position)
        }
        // Each removed item goes before the first pair that comes after it in `before`; an item added
        // at the same position comes after the one it replaced. One merge, so many removals stay linear.
        let removed = before.indices.filter { !takenBefore.contains($0) }
        var pairs: [Pair] = []
        pairs.reserveCapacity(after.count + removed.count)
        var next = 0
        for position in after.indices {
            let pair = Pair(before: matchedBefore[position], after: position)
            let key = pair.before ?? position
            while next < removed.count && (key > removed[next] || (pair.before == nil && key >= removed[next])) {
                pairs.append(Pair(before: removed[next], after: nil))
                next += 1
            }
            pairs.append(pair)
        }
        pairs += removed[next...].map { Pair(before: $0, after: nil) }
        return pairs
    }

    /// The uuid an item carries, if it is an object with a string `uuid`.
    private static func uuid(_ item: JSONValue) -> String? {
        item.isObject ? item["uuid"]?.string : nil
    }

    /// uuid → index for the uuids that occur exactly once.
    private static func uniqueIndices(_ ids: [String?]) -> [String: Int] {
        var counts: [String: Int] = [:]
        var lastIndex: [String: Int] = [:]
        for (position, id) in ids.enumerated() {
            guard let id else { continue }
            counts[id, default: 0] += 1
            lastIndex[id] = position
        }
        return lastIndex.filter { counts[$0.key] == 1 }
    }

    /// True for a redaction placeholder: an empty object.
    static func isPlaceholder(_ item: JSONValue) -> Bool { item.isObject && item.count == 0 }

    /// `parties[1] Bob`, `dialog[0] text`, `analysis[2] summary`, `attachments[0] transcript`: sanitised and short.
    static func label(_ section: VConDiff.Section, index: Int, item: JSONValue, width: Int) -> String {
        let head = "\(section.rawValue)[\(index)]"
        let name: String?
        switch section {
        case .top: name = nil
        case .parties: name = isPlaceholder(item) ? nil : Party(index: index, json: item).label
        case .dialog: name = item["type"]?.string
        case .analysis: name = item["type"]?.string
        case .attachments: name = Attachment(index: index, json: item).purpose
        }
        guard let name, !name.isEmpty else { return head }
        return head + " " + TextSafety.line(DiffValues.truncate(name, width: width))
    }
}
