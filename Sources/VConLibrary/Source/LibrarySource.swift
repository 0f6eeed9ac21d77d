import Foundation
import VConModel

/// Anything that holds vCons: files, a directory tree, standard input, a `.vconz` bundle, the embedded demo,
/// a PostgreSQL table or a vcon-server API.
///
/// A source is asked two things, always off the UI loop (its calls may block on disk or network):
///
/// ```
///   list(ListRequest{cursor, limit, filter}) ──► ListPage{members, next cursor, problems}
///        ▲                                              │
///        └──────────── next page, until next == nil ────┘
///   load(MemberKey) ──► MemberBytes (one member, on demand)
/// ```
///
/// Listing is cheap and incremental: a page names members (a key, a display name, size and time when known,
/// and summary fields when the source has them for free: a bundle manifest, a database column, a file name that
/// is a uuid). Nothing is parsed to list. A member that cannot be read while listing is a `problem` of the page,
/// never the end of the listing; a member that cannot be loaded throws for that member only.
///
/// Remote stores page with a cursor they define (a keyset such as `created_at,uuid`), apply the `filter`
/// fields they announce in `capabilities.filters` on their side (the catalog applies the others locally), and
/// stop when `cancellation` is cancelled: check it between rows, and register `onCancel` to abort a blocking
/// call (PQcancel, a URL task). Sources are read-only.
public protocol LibrarySource: Sendable {
    /// How the source is named in lists, headers and messages (a path, `postgres://host/db`, a URL).
    var name: String { get }
    /// What the source can do on its side.
    var capabilities: SourceCapabilities { get }
    /// Local paths this source reads (the browser never overwrites them); empty for remote stores.
    var inputPaths: [String] { get }

    /// One page of members after `request.cursor` (from the start when nil). Pages may be shorter than
    /// `request.limit`; `next == nil` ends the listing.
    func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage

    /// The bytes of one member, as stored (gzip, JWS, JWE or plain JSON: the catalog opens them).
    func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes

    /// Where a member came from, as the relation graph and messages name it (a file by default).
    func origin(of listing: MemberListing) -> MemberSource
}

extension LibrarySource {
    public var inputPaths: [String] { [] }
    public var capabilities: SourceCapabilities { SourceCapabilities() }
    public func origin(of listing: MemberListing) -> MemberSource { .file(listing.displayName) }
}

/// What a source does on its side.
public struct SourceCapabilities: Sendable, Hashable {
    /// The filter fields the source applies itself (the catalog applies the rest after summarising).
    public var filters: Set<ListFilter.Field>
    /// True when loading is slow enough that the catalog should not open members ahead of the user (a network
    /// store); local sources may be opened in the background to fill the list.
    public var isRemote: Bool
    /// True when the listing's order is meaningful to the user (time order from a store), so the catalog keeps it.
    public var isOrdered: Bool
    /// True when the source is paged as the list scrolls and its members are opened only when asked (a store
    /// browsed interactively): `listAll` stops after its first page and `openNext` never opens its members.
    public var pagesOnDemand: Bool
    /// True when members may be loaded from several threads at once (each load reads its own file); false for a
    /// source with one handle (a zip archive, a connection), which the catalog reads one member at a time.
    public var concurrentLoads: Bool

    public init(
        filters: Set<ListFilter.Field> = [], isRemote: Bool = false, isOrdered: Bool = true, pagesOnDemand: Bool = false,
        concurrentLoads: Bool = false
    ) {
        self.filters = filters
        self.isRemote = isRemote
        self.isOrdered = isOrdered
        self.pagesOnDemand = pagesOnDemand
        self.concurrentLoads = concurrentLoads
    }
}
