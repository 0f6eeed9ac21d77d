import Foundation
import VConModel

/// One member of a catalog as the list shows it: what the listing said, completed when the member is opened.
public struct CatalogEntry: Sendable {
    /// The member's position in the catalog (listing order over all sources).
    public var id: Int
    /// Index of its source in the catalog.
    public var source: Int
    /// What the listing said (`MemberListing` but its summary, which `summary` holds: a second summary in every
    /// entry was 136 of its 392 bytes).
    public var key: MemberKey
    public var displayName: String
    public var size: Int?
    public var modified: Date?
    /// The listing's summary, completed from the opened vCon.
    public var summary: MemberSummary
    public var state: State
    /// True for a member fetched by uuid because a link named it (`Catalog.openReference`), not listed: the
    /// vCon list does not show it as a row of its own.
    public var byReference = false
    /// Set the first time the member is opened, and failed: the catalog's lists of opened and failed members
    /// (`library()`, `skipped(since:)`) name each member once, even one that failed after it opened, or opened
    /// after it failed (a file that changed on disk and was read again after the cache let it go).
    var wasOpened = false
    var wasFailed = false

    /// Where a member is on its way to the screen.
    public enum State: Sendable, Equatable {
        /// Listed; nothing read yet.
        case listed
        /// Opened (parsed, unwrapped, validated, judged); `findings` and `badge` are known.
        case opened(Facts)
        /// Loading or opening failed; the message says why (the rest of the catalog is usable).
        case failed(String)
    }

    /// What stays known about an opened member after its document leaves the cache.
    public struct Facts: Sendable, Equatable {
        /// Findings and errors as opened (0 for a member opened unchecked: `OpenedMember.checked`).
        public var findingCount: Int
        public var errorCount: Int
        /// The envelope's short badge (`[S]`, `[s?]`, `[E]`, `[-]`), when judged.
        public var badge: String?
        /// True when the member could be read as a vCon (after decryption, when a key opened it).
        public var readable: Bool

        public init(findingCount: Int, errorCount: Int, badge: String?, readable: Bool) {
            self.findingCount = findingCount
            self.errorCount = errorCount
            self.badge = badge
            self.readable = readable
        }
    }

    public init(id: Int, source: Int, listing: MemberListing, state: State) {
        self.id = id
        self.source = source
        key = listing.key
        displayName = listing.displayName
        size = listing.size
        modified = listing.modified
        summary = listing.summary
        self.state = state
    }

    /// The member as listed, with its summary as completed so far.
    public var listing: MemberListing {
        MemberListing(key: key, displayName: displayName, size: size, modified: modified, summary: summary)
    }
    public var isOpened: Bool { if case .opened = state { true } else { false } }
    public var isFailed: Bool { if case .failed = state { true } else { false } }
}

/// What the catalog knows about a uuid.
public enum UUIDLookup: Sendable, Equatable {
    /// Opened members with this uuid (more than one when different vCons share it).
    case found([Int])
    /// Members whose listing names this uuid but that are not opened yet.
    case notLoadedYet([Int])
    /// No member known to have it, but the listing is not complete or some members' uuids are not known yet.
    case unknownYet
    /// Every member is listed and known: nothing has this uuid.
    case missing
}

/// How far a listing got.
public struct ListingProgress: Sendable, Equatable {
    /// Members listed so far.
    public var listed: Int
    /// The sources' estimate of the total, when they gave one.
    public var estimatedTotal: Int?
    public var isComplete: Bool
}

/// Counters for tests and benchmarks: how much work the catalog did.
public struct CatalogStatistics: Sendable, Equatable {
    /// `load` calls made to sources.
    public var loads = 0
    /// Members opened (parsed): equal to `loads` unless a load failed.
    public var opens = 0
    /// Opened documents dropped from the cache to keep it within its bound.
    public var evictions = 0
    /// Pages asked of sources.
    public var pages = 0
}
