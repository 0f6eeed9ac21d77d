import VConModel
import VConSIP

/// The headers of two SIP messages side by side: same, changed, only in the first, only in the second.
///
/// Headers are matched by canonical name (`i` and `Call-ID` are one header); a header written several
/// times is compared as its list of values. Order: the first message's header order, then headers only
/// the second has, in its order.
struct SIPHeaderDiff: Sendable, Equatable {
    enum Change: Sendable, Equatable {
        case same(String)
        case changed(String, String)
        case onlyFirst(String)
        case onlySecond(String)
    }

    struct Entry: Sendable, Equatable {
        var name: String
        var change: Change
    }

    /// The start lines (`INVITE sip:…`, `SIP/2.0 200 OK`) compared like a header.
    var startLine: Change
    var entries: [Entry]

    init(_ first: SIPMessage, _ second: SIPMessage) {
        let a = first.startLine.text, b = second.startLine.text
        startLine = a == b ? .same(a) : .changed(a, b)
        let left = Self.grouped(first.headers), right = Self.grouped(second.headers)
        var entries: [Entry] = []
        for (key, name, values) in left {
            let value = values.joined(separator: ", ")
            if let other = right.first(where: { $0.key == key })?.values {
                let otherValue = other.joined(separator: ", ")
                entries.append(Entry(name: name, change: value == otherValue ? .same(value) : .changed(value, otherValue)))
            } else {
                entries.append(Entry(name: name, change: .onlyFirst(value)))
            }
        }
        for (key, name, values) in right where !left.contains(where: { $0.key == key }) {
            entries.append(Entry(name: name, change: .onlySecond(values.joined(separator: ", "))))
        }
        self.entries = entries
    }

    /// Values per canonical name, in order of first appearance (no dictionary iteration reaches output).
    /// Matched case-insensitively; shown as first spelt.
    private static func grouped(_ headers: [SIPHeader]) -> [(key: String, name: String, values: [String])] {
        var result: [(key: String, name: String, values: [String])] = []
        for header in headers {
            let key = header.canonicalName.lowercased()
            if let index = result.firstIndex(where: { $0.key == key }) {
                result[index].values.append(header.value)
            } else {
                result.append((key, header.canonicalName, [header.value]))
            }
        }
        return result
    }
}
