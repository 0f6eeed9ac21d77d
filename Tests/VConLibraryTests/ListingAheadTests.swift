import Foundation
import Synchronization
import Testing
import VConLibrary
import VConModel

/// While a background step opens its members, the next step's members are listed on another thread, but only
/// from sources that read each member on their own (`concurrentLoads`): a zip is never listed and read at once.
@Suite struct ListingAheadTests {
    /// `count` members in pages of at most 1 000, slow to load (0.3 ms), recording whether a list ever ran while a
    /// load did.
    final class SlowSource: LibrarySource {
        let name = "slow"
        let count: Int
        let independent: Bool
        private let activity = Mutex<(loading: Int, listing: Int, overlapped: Bool)>((0, 0, false))
        var overlapped: Bool { activity.withLock { $0.overlapped } }
        var capabilities: SourceCapabilities { SourceCapabilities(concurrentLoads: independent) }

        init(count: Int, independent: Bool) {
            self.count = count
            self.independent = independent
        }

        /// Runs `body` counted as a list (or a load), noting whether the other kind was running meanwhile.
        private func during<T>(listing: Bool, microseconds: UInt32, _ body: () -> T) -> T {
            activity.withLock { state in
                state.overlapped = state.overlapped || (listing ? state.loading : state.listing) > 0
                if listing { state.listing += 1 } else { state.loading += 1 }
            }
            defer { activity.withLock { state in if listing { state.listing -= 1 } else { state.loading -= 1 } } }
            usleep(microseconds)
            return body()
        }

        func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
            during(listing: true, microseconds: 2_000) { page(request) }
        }

        private func page(_ request: ListRequest) -> ListPage {
            let start = request.cursor.flatMap { Int($0.token) } ?? 0
            let end = min(count, start + min(request.limit, 1_000))
            let page = (start..<end).map { MemberListing(key: MemberKey(String($0)), displayName: "m\($0).json") }
            return ListPage(members: page, next: end < count ? ListCursor(String(end)) : nil)
        }

        func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
            during(listing: false, microseconds: 300) {
                let uuid = String(format: "00000000-0000-4000-8000-%012d", Int(key.raw) ?? 0)
                return MemberBytes(buffer: ByteBuffer(Array(vconJSON(uuid).utf8)), sourceName: "m\(key.raw).json")
            }
        }
    }

    @Test func filesAreListedAheadWhileTheyOpen() throws {
        let source = SlowSource(count: 5_000, independent: true)
        let catalog = Catalog(sources: [source])
        try catalog.openNext(1_000)
        #expect(catalog.statistics.opens == 1_000)
        #expect(catalog.count >= 2_000, "the next step's members were listed while these opened")
        #expect(source.overlapped)
    }

    @Test func aSourceReadOneMemberAtATimeIsNeverListedWhileItLoads() throws {
        let source = SlowSource(count: 5_000, independent: false)
        let catalog = Catalog(sources: [source])
        try catalog.openNext(1_000)
        try catalog.openNext(2_000)
        #expect(catalog.statistics.opens == 3_000)
        #expect(!source.overlapped)
        #expect(catalog.count < 4_000, "listed only as far as each step needed")
    }
}
