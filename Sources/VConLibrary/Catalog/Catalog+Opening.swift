import Foundation
import Synchronization
import VConModel

extension Catalog {
    /// The member `id`, opened on first access and cached. Throws only when cancelled or when `id` is unknown;
    /// a member that cannot be loaded or opened comes back (and stays) `failed`, with its error in the result.
    public func open(_ id: Int, cancellation: Cancellation = .never) throws(SourceError) -> OpenedMember {
        switch try load(id, cancellation: cancellation) {
        case .done(let member): return member
        case .bytes(let bytes): return finish(id, opener.open(bytes))
        }
    }

    /// A member read as far as its bytes: opened already (cached, or failed to load), or bytes to open.
    private enum Loaded {
        case done(OpenedMember)
        case bytes(MemberBytes)
    }

    /// Reads member `id` from its source, unless it is cached; a member that cannot be read is recorded failed.
    private func load(_ id: Int, cancellation: Cancellation) throws(SourceError) -> Loaded {
        if let hit = cached(id) { return .done(hit) }
        guard
            let (entry, source) = state.withLock({ state -> (CatalogEntry, any LibrarySource)? in
                guard state.entries.indices.contains(id) else { return nil }
                let entry = state.entries[id]
                return (entry, state.sources[entry.source])
            })
        else { throw SourceError(.notFound, place: "#\(id)", message: "no such member") }
        try cancellation.check(entry.displayName)
        state.withLock { $0.statistics.loads += 1 }
        let bytes: MemberBytes
        do {
            bytes = try source.load(entry.key, cancellation: cancellation)
        } catch {
            if error.kind == .cancelled { throw error }
            let failed = OpenedMember(
                name: entry.displayName, file: nil,
                error: LoadError(kind: .unreadable, source: error.place, message: error.message), envelope: nil, decrypted: nil,
                findings: [])
            record(failed, id: id, message: "\(TextSafety.line(error.place)): \(TextSafety.line(error.message))")
            return .done(failed)
        }
        try cancellation.check(entry.displayName)
        return .bytes(bytes)
    }

    /// Records what `opener` made of member `id`'s bytes.
    private func finish(_ id: Int, _ opened: OpenedMember, summary: MemberSummary? = nil) -> OpenedMember {
        state.withLock { $0.statistics.opens += 1 }
        record(opened, id: id, message: opened.error?.description, summary: summary)
        return opened
    }

    /// Opens `ids` in chunks, on every core at once: parsing, judging and validating are pure but for the crypto,
    /// which is safe across threads. A source that says its loads are independent (`concurrentLoads`: files and
    /// directories) is read by the same workers; any other (a zip, a network store) one member at a time, in
    /// order. Members are recorded in listing order. A 100 000-file tree opens in about half the time on two cores.
    private func openInParallel(_ ids: [Int], cancellation: Cancellation) throws(SourceError) -> [(Int, OpenedMember)] {
        let workers = min(8, ProcessInfo.processInfo.activeProcessorCount)
        var result: [(Int, OpenedMember)] = []
        result.reserveCapacity(ids.count)
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + 256)])
            start += chunk.count
            let concurrentLoads = state.withLock { state in
                chunk.allSatisfy { state.sources[state.entries[$0].source].capabilities.concurrentLoads }
            }
            // Each chunk member: read by now (in order), or nil to be read by a worker.
            var read: [Loaded?] = Array(repeating: nil, count: chunk.count)
            if !concurrentLoads {
                for (index, id) in chunk.enumerated() { read[index] = try load(id, cancellation: cancellation) }
            }
            let given = read
            // What each worker made of its members: opened before (cached, or unreadable), or opened now with its
            // summary (read there too: under the catalog's lock it was a tenth of a big tree's one-core time).
            let made = Mutex([Result<(member: OpenedMember, summary: MemberSummary?), SourceError>?](repeating: nil, count: chunk.count))
            let opener = self.opener
            DispatchQueue.concurrentPerform(iterations: min(workers, chunk.count)) { worker in
                for index in stride(from: worker, to: chunk.count, by: workers) {
                    let outcome: Result<(member: OpenedMember, summary: MemberSummary?), SourceError>
                    do throws(SourceError) {
                        let loaded: Loaded
                        if let known = given[index] { loaded = known } else { loaded = try load(chunk[index], cancellation: cancellation) }
                        switch loaded {
                        case .done(let member): outcome = .success((member, nil))
                        case .bytes(let bytes):
                            let member = opener.open(bytes)
                            outcome = .success((member, member.summary))
                        }
                    } catch {
                        outcome = .failure(error)
                    }
                    made.withLock { $0[index] = outcome }
                }
            }
            for (index, outcome) in made.withLock({ $0 }).enumerated() {
                guard let (member, summary) = try outcome?.get() else { continue }
                result.append((chunk[index], summary.map { finish(chunk[index], member, summary: $0) } ?? member))
            }
        }
        return result
    }

    /// Opens up to `limit` members not opened yet, in listing order (the browser fills its list with these in the
    /// background), listing the next page first when fewer than `limit` listed members wait (a listing stopped
    /// early by `listAll(enough:)`). Returns `workLeft` after them.
    @discardableResult
    public func openNext(_ limit: Int, cancellation: Cancellation = .never) throws(SourceError) -> Int {
        while unopenedCount < limit, needsEagerListing, !cancellation.isCancelled {
            listNextPage(limit: max(limit, 1000), eagerOnly: true, cancellation: cancellation)
        }
        let pending = state.withLock { state in
            var ids: [Int] = []
            for index in state.firstUnopened..<state.entries.count where Self.opensAhead(state.entries[index], eager: state.eager) {
                if ids.isEmpty { state.firstUnopened = index }
                ids.append(index)
                if ids.count == limit { break }
            }
            if ids.isEmpty { state.firstUnopened = state.entries.count }
            return ids
        }
        // The next step opens about twice as many: they are listed while these open (with these, three times as
        // many wait unopened).
        let opened = try listingAhead(upTo: 3 * limit, cancellation: cancellation) { () throws(SourceError) in
            try openInParallel(pending, cancellation: cancellation)
        }
        // Kept for the next library step; a member that failed is not in any library, so it is not kept.
        state.withLock { state in
            // Room made once: growing a dictionary of tens of thousands of opened members held two of them at once.
            state.pending.reserveCapacity(state.pending.count + opened.count)
            for (id, opened) in opened where opened.file != nil { state.pending[id] = Box(opened) }
        }
        return workLeft
    }

    /// Runs `body` while another thread lists ahead, page by page, until `want` members wait unopened, `body` ends,
    /// or the listing does. Only when every source still listing reads each member on its own (`concurrentLoads`:
    /// files and directories), so that no source is listed and loaded at once. Listing a 100 000-file tree is
    /// mostly system calls, an eighth of opening it; done between the steps it left a core idle.
    private func listingAhead<T>(
        upTo want: Int, cancellation: Cancellation, _ body: () throws(SourceError) -> T
    ) throws(SourceError) -> T {
        let independent = state.withLock { state in
            state.sources.indices.allSatisfy { state.done[$0] || state.sources[$0].capabilities.concurrentLoads }
        }
        guard independent, needsEagerListing else { return try body() }
        let stop = Atomic(false)
        let finished = DispatchSemaphore(value: 0)
        // A thread of its own: on two cores the opening workers fill Dispatch's pool, and a queued block started
        // only once they were done.
        Thread.detachNewThread {
            while !stop.load(ordering: .relaxed), !cancellation.isCancelled, self.needsEagerListing, self.unopenedCount < want {
                self.listNextPage(limit: 1000, eagerOnly: true, cancellation: cancellation)
            }
            finished.signal()
        }
        defer {
            stop.store(true, ordering: .relaxed)
            finished.wait()
        }
        return try body()
    }

    /// Listed members not opened (nor failed) yet, apart from those of sources paged on demand (opened only when
    /// the user asks for one).
    public var unopenedCount: Int { state.withLock { $0.unopened } }

    /// What background opening has left: the unopened members, plus one while a listing that is not paged on demand
    /// has more to list (its size is not known until it ends).
    public var workLeft: Int { unopenedCount + (needsEagerListing ? 1 : 0) }

    /// True for a listed member that background opening should open: not yet opened, not from a store paged on
    /// demand (`eager` tells, per source, whether it opens ahead: `State.eager`, asked once per source: a source's
    /// capabilities are made on every call, a set included, and asking per entry did it 100 000 times a step).
    static func opensAhead(_ entry: CatalogEntry, eager: [Bool]) -> Bool { entry.state == .listed && eager[entry.source] }

    /// The member with `uuid`, opened: one opened already, one listed and opened now, or (when no listed member has
    /// it yet) fetched by uuid from the first source paged on demand, as a link into a store is followed.
    /// Returns the member's id; throws `.notFound` when the store has no such vCon, `.cancelled` when cancelled.
    public func openReference(uuid: String, cancellation: Cancellation = .never) throws(SourceError) -> Int {
        switch lookup(uuid: uuid) {
        case .found(let ids): return ids[0]
        case .notLoadedYet(let ids):
            _ = try open(ids[0], cancellation: cancellation)
            return ids[0]
        case .unknownYet, .missing: break
        }
        guard
            let (index, source) = state.withLock({ state -> (Int, any LibrarySource)? in
                guard let index = state.sources.indices.first(where: { state.sources[$0].capabilities.pagesOnDemand }) else { return nil }
                return (index, state.sources[index])
            })
        else { throw SourceError(.notFound, place: uuid, message: "not among the opened vCons, and no store to fetch it from") }
        try cancellation.check(uuid)
        let key = MemberKey(uuid)
        state.withLock { $0.statistics.loads += 1 }
        let bytes = try source.load(key, cancellation: cancellation)
        try cancellation.check(uuid)
        let id = state.withLock { state -> Int in
            let id = state.entries.count
            var entry = CatalogEntry(
                id: id, source: index, listing: MemberListing(key: key, displayName: uuid, summary: MemberSummary(uuid: uuid)),
                state: .listed)
            entry.byReference = true
            state.append(entry)
            state.byUUID.append(id, for: uuid)
            state.statistics.opens += 1
            return id
        }
        let opened = opener.open(bytes)
        record(opened, id: id, message: opened.error?.description)
        return id
    }

    /// Opens every listed member in order (command-line runs that need all of them: `tree`, `validate DIR`), but
    /// those of a source paged on demand, which are opened only when asked.
    public func openAll(cancellation: Cancellation = .never, progress: (Int, Int) -> Void = { _, _ in }) throws(SourceError) {
        let total = count
        let onDemand = state.withLock { state in Set(state.sources.indices.filter { state.sources[$0].capabilities.pagesOnDemand }) }
        for id in 0..<total {
            if !onDemand.isEmpty, let entry = entry(id), onDemand.contains(entry.source) { continue }
            _ = try open(id, cancellation: cancellation)
            progress(id + 1, total)
        }
    }

    /// Stores an opened member: its summary and facts in the entry, its uuid in the index, the document in the LRU.
    private func record(_ opened: OpenedMember, id: Int, message: String?, summary: MemberSummary? = nil) {
        var summary = summary ?? opened.summary
        state.withLock { state in
            var entry = state.entries[id]
            let before = entry.summary.uuid
            let wasListed = entry.state == .listed
            // The listing's string when the vCon says the same uuid (a file named by it): one string, not two.
            if summary.uuid == before { summary.uuid = before }
            entry.summary = summary.merged(with: entry.summary)
            if let message, opened.file == nil {
                if !entry.wasFailed {
                    entry.wasFailed = true
                    state.failed.append(id)
                }
                entry.state = .failed(message)
            } else {
                if !entry.wasOpened {
                    entry.wasOpened = true
                    state.opened.append(id)
                }
                entry.state = .opened(
                    CatalogEntry.Facts(
                        findingCount: opened.findings.count, errorCount: opened.findings.filter { $0.severity == .error }.count,
                        badge: opened.envelope?.shortBadge(ascii: true), readable: opened.vcon != nil))
            }
            state.entries[id] = entry
            if wasListed, state.eager[entry.source] { state.unopened -= 1 }
            if let uuid = entry.summary.uuid, uuid != before {
                if let before { state.byUUID.remove(id, from: before) }
                if !state.byUUID.contains(id, for: uuid) { state.byUUID.append(id, for: uuid) }
            }
            state.tick += 1
            state.cache[id] = (opened, state.tick)
            while state.cache.count > cacheLimit {
                guard let oldest = state.cache.min(by: { $0.value.tick < $1.value.tick })?.key else { break }
                state.cache[oldest] = nil
                state.statistics.evictions += 1
            }
        }
    }
}

/// How far `Catalog.skipped(since:)` has reported: listing problems and failed members counted.
public struct SkippedMark: Sendable, Equatable {
    var problems = 0
    var failed = 0
    public init() {}
}

extension Catalog {
    /// What was skipped since `mark` (listing problems that are not notes, then members that failed to open), one
    /// terminal-safe `place: why` line each, and the mark after them: the browser adds these to its `!` list as
    /// the background listing and opening go on.
    public func skipped(since mark: SkippedMark) -> (lines: [String], mark: SkippedMark) {
        state.withLock { state in
            var next = mark
            var lines: [String] = []
            for problem in state.problems.dropFirst(mark.problems) where !problem.isNote {
                lines.append(problem.line)
            }
            next.problems = state.problems.count
            // In listing order, as a scan of the entries gave them.
            for id in state.failed.dropFirst(mark.failed).sorted() {
                guard case .failed(let message) = state.entries[id].state else { continue }
                lines.append(message)
            }
            next.failed = state.failed.count
            return (lines, next)
        }
    }
}
