import VConModel

/// What the user asked a store listing to keep: a date range, a party, a subject.
///
/// Adapters turn it into their own query (parameterised SQL for PostgreSQL, `since`/`until` and the
/// search endpoint for the API); the text is never spliced into a query.
public struct StoreFilter: Sendable, Equatable {
    /// Keep vCons created at or after this time (RFC 3339 or `YYYY-MM-DD`), as typed.
    public var since: String?
    /// Keep vCons created at or before this time.
    public var until: String?
    /// Keep vCons with a party matching this (`tel:…`, `mailto:…`, `name:…`, or any of the three).
    public var party: PartyQuery?
    /// Keep vCons whose subject contains this text (case-insensitive).
    public var subject: String?

    public init(since: String? = nil, until: String? = nil, party: PartyQuery? = nil, subject: String? = nil) {
        self.since = since
        self.until = until
        self.party = party
        self.subject = subject
    }

    /// True when nothing is filtered.
    public var isEmpty: Bool { since == nil && until == nil && party == nil && subject == nil }

    /// A short description for a header or a status line (`party tel:+1555… · since 2026-01-01`).
    public var summary: String {
        var parts: [String] = []
        if let party { parts.append("party " + party.description) }
        if let subject { parts.append("subject ~ \"\(subject)\"") }
        if let since { parts.append("since " + since) }
        if let until { parts.append("until " + until) }
        return TextSafety.line(parts.joined(separator: " · "))
    }

    /// Checks the dates before any query is made, so a typo gets a clear message instead of a server error.
    public func validated() throws(StoreError) -> StoreFilter {
        for (name, value) in [("--since", since), ("--until", until)] {
            guard let value else { continue }
            if StoreDate.parse(value) == nil {
                throw StoreError(
                    .badRequest,
                    "\(name) expects a date (YYYY-MM-DD) or an RFC 3339 time, got \"\(TextSafety.line(value))\"")
            }
        }
        return self
    }
}

/// A party to look for, by field or in any field.
public struct PartyQuery: Sendable, Equatable, CustomStringConvertible {
    /// The party field a query names.
    public enum Field: String, Sendable, CaseIterable {
        case tel, mailto, name
    }

    /// The field named by a `tel:`/`mailto:`/`name:` prefix; nil means any of the three.
    public var field: Field?
    /// The value to match exactly (without the prefix).
    public var value: String

    public init(field: Field?, value: String) {
        self.field = field
        self.value = value
    }

    /// Parses `tel:+15551234`, `mailto:alice@example.com`, `name:Alice` or a bare value (any field).
    public init(parsing text: String) {
        for field in Field.allCases where text.hasPrefix(field.rawValue + ":") {
            self.init(field: field, value: String(text.dropFirst(field.rawValue.count + 1)))
            return
        }
        self.init(field: nil, value: text)
    }

    /// The fields to try, with the value to look for in each.
    ///
    /// `mailto` is tried both bare and with a `mailto:` scheme, since writers differ.
    public var candidates: [(Field, String)] {
        let fields = field.map { [$0] } ?? Field.allCases
        var out: [(Field, String)] = []
        for field in fields {
            out.append((field, value))
            if field == .mailto, !value.hasPrefix("mailto:") { out.append((field, "mailto:" + value)) }
        }
        return out
    }

    public var description: String { (field.map { $0.rawValue + ":" } ?? "") + value }
}
