import Foundation

/// A request for one page of a listing.
public struct ListRequest: Sendable, Hashable {
    /// Where the previous page stopped; nil starts from the beginning.
    public var cursor: ListCursor?
    /// The most members wanted in this page (a hint: a page may be shorter, never empty unless it is the last).
    public var limit: Int
    /// What to list; a source applies the fields in its `capabilities.filters`.
    public var filter: ListFilter

    public init(cursor: ListCursor? = nil, limit: Int = 500, filter: ListFilter = ListFilter()) {
        self.cursor = cursor
        self.limit = max(1, limit)
        self.filter = filter
    }
}

/// Where a listing continues, in the source's own terms: a keyset (`2024-05-01T10:00:00Z,8f1c…`), a page
/// token from a server, the last path listed. Opaque to the catalog, which only hands it back.
public struct ListCursor: Sendable, Hashable, CustomStringConvertible {
    public var token: String

    public init(_ token: String) { self.token = token }

    public var description: String { token }
}

/// Filter parameters as data, so a store can turn them into a parameterised query or API parameters.
///
/// Every field is optional; an empty filter lists everything. Matching is case-insensitive substring for text.
public struct ListFilter: Sendable, Hashable {
    /// The fields, for `SourceCapabilities.filters`.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case uuids, text, party, createdAfter, createdBefore
    }

    /// Only these uuids.
    public var uuids: [String]?
    /// Text in the subject or a party name.
    public var text: String?
    /// A party's name, tel or mailto containing this.
    public var party: String?
    /// `created_at` at or after / before this instant.
    public var createdAfter: Date?
    public var createdBefore: Date?

    public init(uuids: [String]? = nil, text: String? = nil, party: String? = nil, createdAfter: Date? = nil, createdBefore: Date? = nil) {
        self.uuids = uuids
        self.text = text
        self.party = party
        self.createdAfter = createdAfter
        self.createdBefore = createdBefore
    }

    /// The fields that are set.
    public var fields: Set<Field> {
        var set: Set<Field> = []
        if uuids != nil { set.insert(.uuids) }
        if text != nil { set.insert(.text) }
        if party != nil { set.insert(.party) }
        if createdAfter != nil { set.insert(.createdAfter) }
        if createdBefore != nil { set.insert(.createdBefore) }
        return set
    }

    public var isEmpty: Bool { fields.isEmpty }
}
