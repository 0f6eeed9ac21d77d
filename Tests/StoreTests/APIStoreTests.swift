import Foundation
import StoreTestSupport
import TestSupport
import Testing
import VConModel
import VConStore

@testable import VConServerAPI

/// The vcon-server API source against the local contract server (same corpus data as the PostgreSQL tests).
@Suite(.corpus, .localAPIServer)
struct APIStoreTests {
    func store(_ server: LocalAPIServer, token: String? = nil, timeout: Double = 15) throws -> VConServerStore {
        VConServerStore(location: try APILocation(server.base, token: token ?? server.token, environment: [:]), timeout: timeout)
    }

    func all(_ store: VConServerStore, filter: StoreFilter = StoreFilter(), size: Int) throws -> (rows: [StoreSummary], notes: [String]) {
        var rows: [StoreSummary] = []
        var notes: [String] = []
        var cursor: StoreCursor?
        repeat {
            let page = try store.page(after: cursor, filter: filter, limit: size)
            rows += page.rows
            notes += page.notes
            cursor = page.next
        } while cursor != nil
        return (rows, notes)
    }

    @Test func pagesListEveryMemberNewestFirstWithSummaries() throws {
        let server = try LocalAPIServer()
        let api = try store(server)
        let paged = try all(api, size: 8).rows
        let whole = try api.page(after: nil, filter: StoreFilter(), limit: 1024).rows
        #expect(paged.count >= 50)
        #expect(paged.map(\.id) == whole.map(\.id))
        let seconds = paged.compactMap { $0.createdAt.map { String($0.prefix(19)) } }
        #expect(seconds == seconds.sorted(by: >))
        #expect(paged.contains { !$0.parties.isEmpty && $0.subject != nil })
        let bytes = try api.fetch(id: paged[0].id)
        #expect(try FileLoader().load(buffer: ByteBuffer(bytes), source: "api").vcon?.uuid == paged[0].id)
    }

    @Test func aBadTokenIsAnAuthenticationErrorThatHidesTheToken() throws {
        let server = try LocalAPIServer()
        let api = try store(server, token: "WrongToken123")
        do {
            _ = try api.page(after: nil, filter: StoreFilter(), limit: 5)
            Issue.record("a wrong token listed")
        } catch {
            #expect(error.kind == .authentication)
            #expect(!error.message.contains("WrongToken123"))
            #expect(error.message.contains("VCON_SERVER_TOKEN"))
        }
    }

    @Test func failuresAreReportedPerRequest() throws {
        let server = try LocalAPIServer()
        let api = try store(server)
        let members = try api.page(after: nil, filter: StoreFilter(), limit: 8).rows.map(\.id)
        let faulty = try LocalAPIServer(arguments: [
            "--fault", "\(members[0])=500", "--fault", "\(members[1])=truncate", "--fault", "\(members[2])=malformed",
            "--fault", "\(members[3])=429",
        ])
        let failing = try store(faulty)
        let expected: [StoreError.Kind] = [.server, .malformed, .malformed, .rateLimited]
        for (id, kind) in zip(members, expected) {
            do {
                _ = try failing.fetch(id: id)
                Issue.record("\(id) did not fail")
            } catch {
                #expect(error.kind == kind, "\(id): \(error.message)")
            }
        }
        // The rest keeps working.
        #expect(try failing.fetch(id: members[4]).count > 0)
        do {
            _ = try failing.fetch(id: "00000000-0000-4000-8000-000000000000")
        } catch {
            #expect(error.kind == .notFound)
        }
    }

    @Test func aStalledAnswerTimesOutAndCancelIsImmediate() throws {
        let server = try LocalAPIServer()
        let id = try #require(try store(server).page(after: nil, filter: StoreFilter(), limit: 1).rows.first?.id)
        let stalled = try LocalAPIServer(arguments: ["--fault", "\(id)=stall"])
        let impatient = try store(stalled, timeout: 1)
        var started = Date()
        do {
            _ = try impatient.fetch(id: id)
            Issue.record("a stalled answer returned")
        } catch {
            #expect(error.kind == .timeout)
        }
        #expect(Date().timeIntervalSince(started) < 6)
        let api = try store(stalled)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { api.cancel() }
        started = Date()
        do {
            _ = try api.fetch(id: id)
            Issue.record("a cancelled request returned")
        } catch {
            #expect(error.kind == .cancelled)
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aMemberTheServerCannotListIsSkippedNotFatal() throws {
        let server = try LocalAPIServer()
        let ids = try all(try store(server), size: 64).rows.map(\.id)
        let bare = ids[10]
        let quirky = try LocalAPIServer(arguments: ["--bare-member", bare])
        let listed = try all(try store(quirky), size: 16)
        #expect(listed.rows.map(\.id) == ids.filter { $0 != bare })
        #expect(listed.notes.contains { $0.contains("row 11") && $0.contains("500") })
    }

    @Test func partySearchIsExactAndNoMatchIsEmpty() throws {
        let server = try LocalAPIServer()
        let api = try store(server)
        let alice = try all(api, filter: StoreFilter(party: PartyQuery(parsing: "name:Alice")), size: 5).rows
        #expect(!alice.isEmpty && alice.allSatisfy { $0.parties.contains("Alice") })
        // The server answers 500 when nothing matches: that is an empty list.
        #expect(try all(api, filter: StoreFilter(party: PartyQuery(parsing: "nobody-at-all")), size: 5).rows.isEmpty)
        #expect(try all(api, filter: StoreFilter(party: PartyQuery(parsing: "'; DROP TABLE vcons; --")), size: 5).rows.isEmpty)
    }

    @Test func onlyHTTPSOrLoopbackAndNoTokenInTheURL() {
        #expect(throws: StoreError.self) { try APILocation("http://conserver.example.com/api", environment: [:]) }
        #expect((try? APILocation("https://conserver.example.com/api/", environment: [:]))?.display == "https://conserver.example.com/api")
        #expect((try? APILocation("http://127.0.0.1:8000/api", environment: [:])) != nil)
        #expect(throws: StoreError.self) { try APILocation("https://user:tok@conserver.example.com/api", environment: [:]) }
    }
}
