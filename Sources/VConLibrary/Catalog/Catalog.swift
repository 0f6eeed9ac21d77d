import Foundation
import Synchronization
import VConModel

/// Everything open, over one or more sources: members are listed cheaply, then parsed, unwrapped, validated
/// and judged on first access, once, and kept in a bounded cache.
///
/// ```
///   sources ──list pages──► entries (listing + summary, state listed/opened/failed) ──► uuid index
///                                │ open(id) on first access
///                                ▼
///              MemberOpener (parse once, envelope, decrypt, validate) ──► LRU of OpenedMember
/// ```
///
/// Thread-safe: the UI reads snapshots while a worker lists and opens. Every method that may touch a source
/// takes a `Cancellation`; nothing is read before a method asks for it. A member that fails is `failed` with
/// its message; the others stay usable.
public final class Catalog: Sendable {
    public let sources: [any LibrarySource]
    public let opener: MemberOpener
    /// The most opened documents kept at once; the rest keep only their `Facts` and are opened again if needed.
    /// Unbounded by default: the browser and `tree` hold every member they show anyway, and building their library
    /// must not open a member twice; commands that stream members one by one (`show`, `validate`, `bundle list`)
    /// pass 1.
    public let cacheLimit: Int
    /// Opens a container found while listing (a `.vconz` in a directory) as a source; nil records a problem.
    public let containerOpener: (@Sendable (String) throws(SourceError) -> any LibrarySource)?
    public let filter: ListFilter

    struct State {
        var sources: [any LibrarySource]
        var cursors: [ListCursor?]
        var done: [Bool]
        /// In chunks: a growing array of 100 000 entries of 392 bytes held its old and new buffers at once.
        var entries = ChunkedArray<CatalogEntry>()
        var byUUID = UUIDIndex()
        var cache: [Int: (member: OpenedMember, tick: Int)] = [:]
        /// Members `openNext` opened that no `library()` has taken yet: kept whatever the cache's limit, so the
        /// browser's next library step does not open them a second time (it did, past the 64 the cache holds).
        /// Boxed: a dictionary holds its free slots at the size of its values, and an opened member is 270 bytes
        /// (18 MB of slots for a batch of 40 000; 9 MB boxed).
        var pending: [Int: Box<OpenedMember>] = [:]
        var tick = 0
        var problems: [SourceProblem] = []
        var estimates: [Int?]
        var statistics = CatalogStatistics()
        /// Per source: whether its members are opened ahead (not paged on demand), asked once when it is added.
        var eager: [Bool]
        /// Listed members that background opening opens (`opensAhead`), counted as they are listed and opened:
        /// scanning 100 000 entries per question, under the lock the workers record into, was a step's 4%.
        var unopened = 0
        /// No entry before this one opens ahead (a member is never listed again once opened or failed).
        var firstUnopened = 0
        /// Ids of members in the order they were first opened (`library()` takes the ones it has not seen) and
        /// first failed (`skipped(since:)`): both were a scan of every entry at every step.
        var opened: [Int] = []
        var failed: [Int] = []

        /// Appends a listed member, counted unopened when its source opens ahead.
        mutating func append(_ entry: CatalogEntry) {
            entries.append(entry)
            if eager[entry.source] { unopened += 1 }
        }
    }

    let state: Mutex<State>

    public init(
        sources: [any LibrarySource], opener: MemberOpener = MemberOpener(), cacheLimit: Int = .max, filter: ListFilter = ListFilter(),
        containerOpener: (@Sendable (String) throws(SourceError) -> any LibrarySource)? = nil
    ) {
        self.sources = sources
        self.opener = opener
        self.cacheLimit = max(1, cacheLimit)
        self.filter = filter
        self.containerOpener = containerOpener
        state = Mutex(
            State(
                sources: sources, cursors: sources.map { _ in nil }, done: sources.map { _ in false },
                estimates: sources.map { _ in nil }, eager: sources.map { !$0.capabilities.pagesOnDemand }))
    }

    // MARK: - Reading (no I/O)

    /// The members listed so far, in listing order.
    public var entries: ChunkedArray<CatalogEntry> { state.withLock { $0.entries } }
    public var count: Int { state.withLock { $0.entries.count } }
    public func entry(_ id: Int) -> CatalogEntry? { state.withLock { $0.entries.indices.contains(id) ? $0.entries[id] : nil } }
    /// Every source, including containers found while listing.
    public var allSources: [any LibrarySource] { state.withLock { $0.sources } }
    /// What listing and opening skipped, in the order met.
    public var problems: [SourceProblem] { state.withLock { $0.problems } }
    public var statistics: CatalogStatistics { state.withLock { $0.statistics } }
    public var progress: ListingProgress {
        state.withLock { state in
            let known = state.estimates.compactMap { $0 }
            return ListingProgress(
                listed: state.entries.count, estimatedTotal: known.count == state.estimates.count ? known.reduce(0, +) : nil,
                isComplete: !state.done.contains(false))
        }
    }
    public var isListingComplete: Bool { progress.isComplete }

    /// The opened member when it is in the cache; never opens anything.
    public func cached(_ id: Int) -> OpenedMember? {
        state.withLock { state in
            guard let hit = state.cache[id] else { return nil }
            state.tick += 1
            state.cache[id] = (hit.member, state.tick)
            return hit.member
        }
    }

    /// What is known about `uuid`: opened members, listed members not opened yet, or missing once everything is known.
    public func lookup(uuid: String) -> UUIDLookup {
        state.withLock { state in
            let ids = state.byUUID[uuid]
            let opened = ids.filter { state.entries[$0].isOpened }
            if !opened.isEmpty { return .found(opened) }
            if !ids.isEmpty { return .notLoadedYet(ids) }
            let unknown = state.entries.contains { $0.summary.uuid == nil && $0.state == .listed }
            return state.done.contains(false) || unknown ? .unknownYet : .missing
        }
    }

    // MARK: - Listing

    /// Lists one more page from the first source not yet exhausted. Returns the progress after it.
    ///
    /// With `eagerOnly`, a source paged on demand (`SourceCapabilities.pagesOnDemand`) that has listed its first
    /// page is passed over: the browser lists the rest of it as the list scrolls (`listOnDemand`).
    @discardableResult
    public func listNextPage(limit: Int = 500, eagerOnly: Bool = false, cancellation: Cancellation = .never) -> ListingProgress {
        do {
            return try listPage(limit: limit, eagerOnly: eagerOnly, cancellation: cancellation)
        } catch {
            return progress
        }
    }

    /// The next page of the first source not yet exhausted, as the browser asks for it while the list scrolls.
    ///
    /// Unlike `listNextPage`, a failure is thrown to the caller (the status line says it), and a source paged on
    /// demand stays open after a failure so that scrolling again retries it (a lost connection, a timeout).
    @discardableResult
    public func listOnDemand(limit: Int, cancellation: Cancellation) throws(SourceError) -> ListingProgress {
        try listPage(limit: limit, eagerOnly: false, cancellation: cancellation)
    }

    /// True when a source is paged on demand (the browser shows its rows from their summaries).
    public var pagesOnDemand: Bool { state.withLock { state in state.sources.contains { $0.capabilities.pagesOnDemand } } }

    /// The same sources listed again from the start with `filter` (a store filter asked from the browser);
    /// nothing listed or opened here is carried over.
    public func relisted(filter: ListFilter) -> Catalog {
        Catalog(sources: sources, opener: opener, cacheLimit: cacheLimit, filter: filter, containerOpener: containerOpener)
    }

    /// True while a source paged on demand has more to list.
    public var hasMoreOnDemand: Bool {
        state.withLock { state in state.sources.indices.contains { !state.done[$0] && state.sources[$0].capabilities.pagesOnDemand } }
    }

    private func listPage(limit: Int, eagerOnly: Bool, cancellation: Cancellation) throws(SourceError) -> ListingProgress {
        guard
            let (index, source, cursor) = state.withLock({ state -> (Int, any LibrarySource, ListCursor?)? in
                let pick = state.sources.indices.first { index in
                    guard !state.done[index] else { return false }
                    // A source paged on demand has listed its first page once it has a cursor.
                    return !(eagerOnly && state.sources[index].capabilities.pagesOnDemand && state.cursors[index] != nil)
                }
                guard let index = pick else { return nil }
                state.statistics.pages += 1
                return (index, state.sources[index], state.cursors[index])
            })
        else { return progress }
        let page: ListPage
        do {
            page = try source.list(ListRequest(cursor: cursor, limit: limit, filter: filter), cancellation: cancellation)
        } catch {
            if error.kind != .cancelled {
                let retry = source.capabilities.pagesOnDemand && cursor != nil
                state.withLock { state in
                    state.problems.append(SourceProblem(place: error.place, message: error.message))
                    if !retry { state.done[index] = true }
                }
            }
            throw error
        }
        var found: [any LibrarySource] = []
        var containerProblems: [SourceProblem] = []
        for path in page.containers {
            guard let containerOpener else {
                containerProblems.append(SourceProblem(place: path, message: "skipped: bundles are not supported here"))
                continue
            }
            do { found.append(try containerOpener(path)) } catch {
                containerProblems.append(SourceProblem(place: error.place, message: error.message))
            }
        }
        state.withLock { state in
            for listing in page.members {
                let id = state.entries.count
                state.append(CatalogEntry(id: id, source: index, listing: listing, state: .listed))
                if let uuid = listing.summary.uuid { state.byUUID.append(id, for: uuid) }
            }
            state.problems += page.problems + containerProblems
            state.cursors[index] = page.next
            state.done[index] = page.next == nil
            state.estimates[index] = page.estimatedTotal ?? state.estimates[index]
            for source in found {
                state.sources.append(source)
                state.cursors.append(nil)
                state.done.append(false)
                state.estimates.append(nil)
                state.eager.append(!source.capabilities.pagesOnDemand)
            }
        }
        return progress
    }

    /// Lists every source to the end (command-line runs), and a source paged on demand to its first page. Stops
    /// early when cancelled, or once `enough` members are listed (the browser's first screen: `openNext` lists the
    /// rest as it opens them).
    public func listAll(
        pageSize: Int = 1000, firstPageOnDemand: Int = 200, enough: Int = .max, cancellation: Cancellation = .never
    ) {
        while !cancellation.isCancelled, needsEagerListing, count < enough {
            let onDemand = state.withLock { state in
                state.sources.indices.first { !state.done[$0] }.map { state.sources[$0].capabilities.pagesOnDemand } ?? false
            }
            listNextPage(limit: onDemand ? firstPageOnDemand : pageSize, eagerOnly: true, cancellation: cancellation)
        }
    }

    /// True while a source that is not paged on demand (or one paged on demand but not listed at all yet) has more
    /// to list.
    public var needsEagerListing: Bool {
        state.withLock { state in
            state.sources.indices.contains { index in
                !state.done[index] && !(state.sources[index].capabilities.pagesOnDemand && state.cursors[index] != nil)
            }
        }
    }
}

/// A value held by reference: a dictionary of boxes keeps its free slots at the size of a pointer.
final class Box<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
