import Foundation
import VConLibrary
import VConModel

/// What the `\` prompt means over a store: the words become the store's own filter (parameterised SQL, API
/// parameters), never a query text.
///
///     tel:+15551234567              a party's tel (also mailto:…, name:…; party:X looks in all three)
///     since:2026-01-01 until:2026-02-01T12:00:00Z
///     subject:refund  or bare words  the subject contains them (case-insensitive)
enum StoreFilterText {
    /// The filter `text` asks for, or why it cannot be asked (a date that is not one).
    static func parse(_ text: String) -> Result<ListFilter, StoreFilterProblem> {
        var filter = ListFilter()
        var subject: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            let lower = word.lowercased()
            if let value = value(of: lower, original: word, keys: ["tel:", "mailto:", "name:"]) {
                filter.party = value.key + value.rest
            } else if let value = value(of: lower, original: word, keys: ["party:"]) {
                filter.party = value.rest
            } else if let value = value(of: lower, original: word, keys: ["since:", "until:"]) {
                guard let date = date(value.rest) else {
                    return .failure(StoreFilterProblem(message: "\(value.key) expects YYYY-MM-DD or an RFC 3339 time, got \(value.rest)"))
                }
                if value.key == "since:" { filter.createdAfter = date } else { filter.createdBefore = date }
            } else if let value = value(of: lower, original: word, keys: ["subject:"]) {
                subject.append(value.rest)
            } else {
                subject.append(word)
            }
        }
        if !subject.isEmpty { filter.text = subject.joined(separator: " ") }
        return .success(filter)
    }

    /// The key `word` starts with (matched without case) and the rest as typed.
    private static func value(of lower: String, original: String, keys: [String]) -> (key: String, rest: String)? {
        guard let key = keys.first(where: { lower.hasPrefix($0) && lower.count > $0.count }) else { return nil }
        return (key, String(original.dropFirst(key.count)))
    }

    /// `YYYY-MM-DD` (midnight UTC) or an RFC 3339 time.
    static func date(_ text: String) -> Date? {
        if text.count == 10, let day = RFC3339Time(text + "T00:00:00Z") { return day.date }
        return RFC3339Time(text)?.date
    }
}

/// Why a `\` filter could not be sent to the store.
struct StoreFilterProblem: Error, Sendable {
    var message: String
}
