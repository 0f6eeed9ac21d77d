/// One row of a store listing: what the store gives cheaply, without the full vCon.
///
/// Text fields are decoded leniently (invalid UTF-8 becomes U+FFFD, as in a file) and are still untrusted:
/// callers sanitise them before they reach a terminal.
public struct StoreSummary: Sendable, Equatable {
    /// The vCon uuid (the store's key).
    public var id: String
    /// `created_at` as the store has it (PostgreSQL: the naive wall-clock time; API: the vCon's text).
    public var createdAt: String?
    /// The subject, cut to a display length by the store.
    public var subject: String?
    /// The `vcon` version string, cut to a display length.
    public var version: String?
    /// A display name per party (name, tel or mailto).
    public var parties: [String]
    /// The number of dialog entries, when known.
    public var dialogCount: Int?
    /// The stored size in bytes, when known.
    public var size: Int?

    public init(
        id: String, createdAt: String? = nil, subject: String? = nil, version: String? = nil, parties: [String] = [],
        dialogCount: Int? = nil, size: Int? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.subject = subject
        self.version = version
        self.parties = parties
        self.dialogCount = dialogCount
        self.size = size
    }
}

/// Where the next page of a listing starts.
///
/// PostgreSQL pages by keyset (`created_at`, `id` of the last row shown), the API by page number (its only
/// way); the cursor carries whichever the source uses.
public struct StoreCursor: Sendable, Equatable {
    /// The last row's `created_at` and id (keyset pagination).
    public var createdAt: String?
    public var id: String?
    /// The next page number (the API's `page`, 1-based).
    public var page: Int?

    public init(createdAt: String? = nil, id: String? = nil, page: Int? = nil) {
        self.createdAt = createdAt
        self.id = id
        self.page = page
    }
}

/// One page of a listing.
public struct StorePage: Sendable {
    public var rows: [StoreSummary]
    /// Where the next page starts; nil at the end of the listing.
    public var next: StoreCursor?
    /// Things the user should know about this page (a slow query for want of an index, a skipped member).
    public var notes: [String]
    /// Wall-clock time the store took, in seconds.
    public var seconds: Double

    public init(rows: [StoreSummary], next: StoreCursor?, notes: [String] = [], seconds: Double = 0) {
        self.rows = rows
        self.next = next
        self.notes = notes
        self.seconds = seconds
    }
}
