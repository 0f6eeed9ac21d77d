import Foundation
import Synchronization
import Testing
import VConLibrary
import VConModel

@Suite("Catalog: open on demand, once")
struct CatalogTests {
    let uuids = (0..<5).map { String(format: "00000000-0000-4000-8000-%012d", $0) }

    func source(failing: Set<String> = []) -> CountingSource {
        CountingSource(
            uuids.enumerated().map { ("m\($0.offset).json", vconJSON($0.element, subject: "call \($0.offset)")) }, failing: failing)
    }

    @Test("listing reads nothing; a member is loaded and parsed when asked for, once")
    func lazyAndOnce() throws {
        let counting = source()
        let catalog = Catalog(sources: [counting])
        catalog.listAll(pageSize: 2)
        #expect(catalog.count == 5)
        #expect(counting.pages == 3)
        #expect(counting.loads.isEmpty)
        #expect(catalog.statistics.opens == 0)
        #expect(catalog.entries.allSatisfy { $0.state == .listed })
        let opened = try catalog.open(3)
        #expect(opened.vcon?.subject == "call 3")
        _ = try catalog.open(3)
        _ = catalog.cached(3)
        #expect(counting.loads == ["m3.json"])
        #expect(catalog.statistics.opens == 1)
        #expect(catalog.entry(3)?.summary.subject == "call 3")
        #expect(catalog.entry(2)?.state == .listed)
    }

    @Test("a failing member is failed with its message; the others open")
    func failingMember() throws {
        let catalog = Catalog(sources: [source(failing: ["m1.json"])])
        catalog.listAll()
        let bad = try catalog.open(1)
        #expect(bad.vcon == nil)
        guard case .failed(let message) = catalog.entry(1)?.state else {
            Issue.record("member 1 is not failed")
            return
        }
        #expect(message.contains("disk on fire"))
        #expect(try catalog.open(2).vcon?.uuid == uuids[2])
        try catalog.openAll()
        #expect(catalog.entries.filter(\.isOpened).count == 4)
    }

    @Test("a member that is not JSON fails alone")
    func notJSON() throws {
        let catalog = Catalog(sources: [CountingSource([("a", "{nope"), ("b", vconJSON(uuids[0]))])])
        catalog.listAll()
        #expect(try catalog.open(0).error?.kind == .notJSON)
        #expect(try catalog.open(1).vcon != nil)
    }

    @Test("cancelled work stops: no page listed, no member loaded")
    func cancel() throws {
        let counting = source()
        let catalog = Catalog(sources: [counting])
        let cancellation = Cancellation()
        cancellation.cancel()
        catalog.listAll(cancellation: cancellation)
        #expect(catalog.count == 0)
        catalog.listAll()
        #expect(throws: SourceError.self) { try catalog.open(0, cancellation: cancellation) }
        #expect(counting.loads.isEmpty)
        #expect(catalog.entry(0)?.state == .listed)
    }

    @Test("a cancel handler runs once, also when registered after cancelling")
    func cancelHandlers() {
        let cancellation = Cancellation()
        let calls = CallCounter()
        cancellation.onCancel { calls.add() }
        cancellation.cancel()
        cancellation.cancel()
        cancellation.onCancel { calls.add() }
        #expect(calls.value == 2)
    }

    @Test("the cache is bounded: old documents are dropped and reopened on demand; facts stay")
    func lru() throws {
        let counting = source()
        let catalog = Catalog(sources: [counting], cacheLimit: 2)
        catalog.listAll()
        for id in 0..<5 { _ = try catalog.open(id) }
        #expect(catalog.statistics.evictions == 3)
        #expect(catalog.cached(0) == nil)
        #expect(catalog.entry(0)?.isOpened == true)
        _ = try catalog.open(0)
        #expect(counting.loads.filter { $0 == "m0.json" }.count == 2)
    }

    @Test("a member that opens, fails when read again, opens and fails again is in the library once and skipped once")
    func flipping() throws {
        let counting = source()
        let catalog = Catalog(sources: [counting], cacheLimit: 1)
        catalog.listAll()
        let name = "m0.json"
        _ = try catalog.open(0)
        // Each open of member 1 pushes member 0 out of the one-document cache, so it is read again.
        func readAgain(failing: Bool) throws {
            counting.failing(failing ? [name] : [])
            _ = try catalog.open(1)
            _ = try catalog.open(0)
            #expect(catalog.entry(0)?.isFailed == failing)
        }
        try readAgain(failing: true)
        try readAgain(failing: false)
        let library = catalog.library()
        #expect(library.library.members.count == 2, "each opened member once")
        #expect(Array(library.entries) == [0, 1])
        try readAgain(failing: true)
        #expect(catalog.skipped(since: SkippedMark()).lines.count == 1, "the failed member once")
        #expect(catalog.library(extending: library).library.members.count == 2)
    }

    @Test("uuid lookups: not loaded yet, found, unknown while listing, missing when all is known")
    func uuidLookup() throws {
        let catalog = Catalog(sources: [source()])
        #expect(catalog.lookup(uuid: uuids[1]) == .unknownYet)
        catalog.listNextPage(limit: 2)
        #expect(catalog.lookup(uuid: uuids[4]) == .unknownYet)
        catalog.listAll()
        _ = try catalog.open(1)
        #expect(catalog.lookup(uuid: uuids[1]) == .found([1]))
        #expect(catalog.lookup(uuid: "nope") == .unknownYet)
        try catalog.openAll()
        #expect(catalog.lookup(uuid: "nope") == .missing)
    }

    @Test("a uuid known from the listing reads not loaded yet")
    func notLoadedYet() {
        let catalog = Catalog(sources: [NamedUUIDSource(uuid: uuids[0])])
        catalog.listAll()
        #expect(catalog.lookup(uuid: uuids[0]) == .notLoadedYet([0]))
    }

    @Test("the library holds opened members only, with inline bodies")
    func library() throws {
        let catalog = Catalog(sources: [source()])
        catalog.listAll()
        _ = try catalog.open(2)
        let library = catalog.library()
        #expect(library.library.members.count == 1)
        #expect(library.entries[0] == 2)
    }

    @Test("building and extending the library opens no member twice")
    func libraryOpensOnce() throws {
        let many = CountingSource((0..<150).map { ("m\($0)", vconJSON(String(format: "00000000-0000-4000-8000-%012d", $0))) })
        let catalog = Catalog(sources: [many])
        catalog.listAll()
        #expect(try catalog.openNext(100) == 50)
        let first = catalog.library()
        #expect(first.library.members.count == 100)
        try catalog.openAll()
        let all = catalog.library(extending: first)
        #expect(all.library.members.count == 150)
        #expect(many.loads.count == 150)
        #expect(Set(many.loads).count == 150)
    }

    @Test("a first screen lists one page; opening in the background lists the rest as it goes")
    func listingStopsAtEnoughAndGoesOnWhileOpening() throws {
        let many = CountingSource((0..<2_500).map { ("m\($0)", vconJSON(String(format: "00000000-0000-4000-8000-%012d", $0))) })
        let catalog = Catalog(sources: [many])
        catalog.listAll(enough: 1_000)
        #expect(many.pages == 1)
        #expect(catalog.count == 1_000)
        #expect(try catalog.openNext(100) == 900 + 1, "900 listed to open, and one for the listing not finished")
        #expect(many.pages == 1)
        // Opening past what is listed lists the next page first.
        #expect(try catalog.openNext(1_500) == 900, "a page of 1 500 listed the rest; 900 left to open")
        #expect(many.pages == 2)
        #expect(try catalog.openNext(2_000) == 0)
        #expect(many.pages == 2)
        #expect(catalog.count == 2_500 && many.loads.count == 2_500)
    }

    @Test("what is skipped after the first screen is reported once, as it is met")
    func skippedSinceAMark() throws {
        let members = (0..<1_200).map { ("m\($0)", vconJSON(String(format: "00000000-0000-4000-8000-%012d", $0))) }
        let many = CountingSource(members, failing: ["m3", "m1100"])
        let catalog = Catalog(sources: [many])
        catalog.listAll(enough: 1_000)
        try catalog.openNext(100)
        let first = catalog.skipped(since: SkippedMark())
        #expect(first.lines.count == 1 && first.lines[0].contains("m3"))
        try catalog.openNext(2_000)
        let later = catalog.skipped(since: first.mark)
        #expect(later.lines.count == 1 && later.lines[0].contains("m1100") && later.lines[0].contains("disk on fire"))
        #expect(catalog.skipped(since: later.mark).lines.isEmpty)
    }

    @Test("what background opening opened is taken by the next library step, whatever the cache holds")
    func openedMembersWaitForTheLibraryPastTheCache() throws {
        let many = CountingSource((0..<300).map { ("m\($0)", vconJSON(String(format: "00000000-0000-4000-8000-%012d", $0))) })
        let catalog = Catalog(sources: [many], cacheLimit: 1)
        catalog.listAll()
        try catalog.openNext(200)
        let first = catalog.library()
        try catalog.openNext(200)
        let all = catalog.library(extending: first)
        #expect(all.library.members.count == 300)
        #expect(catalog.statistics.opens == 300, "the browser's cache of 64 made every library step open its members again")
        #expect(many.loads.count == 300)
    }

    @Test("opening on every core records what opening one by one does, in listing order")
    func parallelOpeningMatchesOneByOne() throws {
        let members = (0..<700).map { index in
            // Every fifth member has a finding (no parties), every seventh is not JSON, one cannot be read.
            index % 7 == 3
                ? ("m\(index)", "{nope")
                : (
                    "m\(index)",
                    index % 5 == 0
                        ? #"{"vcon":"0.4.0","uuid":"\#(String(format: "00000000-0000-4000-8000-%012d", index))"}"#
                        : vconJSON(String(format: "00000000-0000-4000-8000-%012d", index))
                )
        }
        let parallel = Catalog(sources: [CountingSource(members, failing: ["m11"])])
        parallel.listAll()
        try parallel.openNext(700)
        let oneByOne = Catalog(sources: [CountingSource(members, failing: ["m11"])])
        oneByOne.listAll()
        for id in 0..<700 { _ = try oneByOne.open(id) }
        #expect(parallel.entries.map(\.state) == oneByOne.entries.map(\.state))
        #expect(parallel.entries.map(\.summary.uuid) == oneByOne.entries.map(\.summary.uuid))
        #expect(parallel.skipped(since: SkippedMark()).lines == oneByOne.skipped(since: SkippedMark()).lines)
        let uuid = String(format: "00000000-0000-4000-8000-%012d", 641)
        #expect(parallel.lookup(uuid: uuid) == .found([641]))
    }
}

/// Counts calls from handlers that may run on any thread.
final class CallCounter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }

    @Test("the counts kept as members are listed, opened and failed are those a scan of the entries gives")
    func keptCountsMatchAScan() throws {
        let members = (0..<1_300).map { ("m\($0)", vconJSON(String(format: "00000000-0000-4000-8000-%012d", $0))) }
        let catalog = Catalog(sources: [CountingSource(members, failing: ["m7", "m640", "m1299"])])
        func expectCounts(_ step: String) {
            #expect(catalog.unopenedCount == catalog.entries.count { $0.state == .listed }, "\(step)")
            let failed = catalog.entries.compactMap { entry -> String? in
                if case .failed(let message) = entry.state { message } else { nil }
            }
            #expect(catalog.skipped(since: SkippedMark()).lines == failed, "\(step)")
        }
        catalog.listAll(enough: 1_000)
        expectCounts("listed one page")
        _ = try catalog.open(900)
        _ = try catalog.open(7)
        _ = try catalog.open(7)
        expectCounts("two opened by hand, one of them failed (and asked twice)")
        let first = catalog.library()
        #expect(Array(first.entries) == [900])
        try catalog.openNext(500)
        expectCounts("500 opened in the background")
        let second = catalog.library(extending: first)
        #expect(Set(second.entries) == Set([900] + (0..<501).filter { $0 != 7 }))
        #expect(Array(second.entries.dropFirst()) == (0..<501).filter { $0 != 7 })
        // The extended library carries the findings of the members it added, not again of those it kept.
        #expect(first.findings.keys.sorted() == [0])
        #expect(second.findings.keys.sorted() == Array(1..<second.library.members.count))
        try catalog.openNext(2_000)
        expectCounts("the rest listed and opened")
        #expect(catalog.unopenedCount == 0 && catalog.workLeft == 0)
        let all = catalog.library(extending: second)
        #expect(all.library.members.count == 1_297)
        #expect(all.library.members.count == catalog.library().library.members.count)
    }
}

/// A source whose listing knows a uuid for free (like a vcon-server file name) and cannot load anything.
struct NamedUUIDSource: LibrarySource {
    let uuid: String
    var name: String { "named" }
    func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        ListPage(members: [MemberListing(key: MemberKey(uuid), displayName: uuid, summary: MemberSummary(uuid: uuid))], next: nil)
    }
    func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        throw SourceError(.unavailable, place: key.raw, message: "offline")
    }

}
