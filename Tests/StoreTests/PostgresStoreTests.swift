import Foundation
import StoreTestSupport
import TestSupport
import Testing
import VConCommands
import VConModel
import VConStore

@testable import VConPostgres

/// The PostgreSQL source against the real server `.ci/postgres` starts (the corpus in the vcon-server table).
@Suite(.corpus, .postgres)
struct PostgresStoreTests {
    func open(_ layout: PostgresLayout = .vconServer, timeout: Double = 30) throws -> PostgresStore {
        try PostgresStore(location: PostgresLocation(TestStores.postgresURL ?? ""), layout: layout, statementTimeout: timeout)
    }

    /// Every row, newest first, through pages of `size`.
    func all(_ store: PostgresStore, filter: StoreFilter = StoreFilter(), size: Int) throws -> [StoreSummary] {
        var rows: [StoreSummary] = []
        var cursor: StoreCursor?
        repeat {
            let page = try store.page(after: cursor, filter: filter, limit: size)
            rows += page.rows
            cursor = page.next
        } while cursor != nil
        return rows
    }

    @Test func keysetPagesJoinIntoTheWholeListingNewestFirst() throws {
        let store = try open()
        let whole = try store.page(after: nil, filter: StoreFilter(), limit: 10_000).rows
        let paged = try all(store, size: 7)
        #expect(whole.count >= 50)
        #expect(paged.map(\.id) == whole.map(\.id))
        #expect(Set(paged.map(\.id)).count == paged.count)
        let times = paged.compactMap(\.createdAt)
        #expect(times == times.sorted(by: >))
        #expect(!store.isIndexed)
        #expect(store.advice().first?.contains("CREATE INDEX CONCURRENTLY") == true)
    }

    @Test func filtersRunOnTheServer() throws {
        let store = try open()
        let alice = try all(store, filter: StoreFilter(party: PartyQuery(parsing: "name:Alice")), size: 5)
        #expect(!alice.isEmpty)
        #expect(alice.allSatisfy { $0.parties.contains("Alice") })
        let since = try all(store, filter: StoreFilter(since: "2026-01-01"), size: 50)
        #expect(!since.isEmpty && since.allSatisfy { ($0.createdAt ?? "") >= "2026-01-01" })
        let until = try all(store, filter: StoreFilter(until: "2025-12-31"), size: 50)
        #expect(!until.isEmpty && until.allSatisfy { ($0.createdAt ?? "") < "2026-01-01" })
        let subject = try all(store, filter: StoreFilter(subject: "ietf"), size: 50)
        #expect(!subject.isEmpty && subject.allSatisfy { $0.subject?.lowercased().contains("ietf") == true })
    }

    @Test func injectionAttemptsMatchNothingAndChangeNothing() throws {
        let store = try open()
        let whole = try store.page(after: nil, filter: StoreFilter(), limit: 10_000).rows
        let attempts = [
            "'; DROP TABLE vcons; --", "x' OR '1'='1", "\") OR true --", "%", "_", "\\", "$1", "'); DELETE FROM vcons; --",
        ]
        for text in attempts {
            for filter in [StoreFilter(party: PartyQuery(parsing: text)), StoreFilter(party: PartyQuery(parsing: "tel:" + text))] {
                #expect(try store.page(after: nil, filter: filter, limit: 100).rows.isEmpty, "\(text)")
            }
            // A subject matches only where the text occurs literally (`%` and `_` are not wildcards).
            let literal = whole.filter { $0.subject?.lowercased().contains(text.lowercased()) == true }.map(\.id)
            #expect(try store.page(after: nil, filter: StoreFilter(subject: text), limit: 100).rows.map(\.id) == literal, "\(text)")
            #expect(throws: StoreError.self) { try store.page(after: nil, filter: StoreFilter(since: "2026-01-01" + text), limit: 5) }
            #expect(throws: StoreError.self) { try store.page(after: nil, filter: StoreFilter(until: text), limit: 5) }
        }
        #expect(try store.fetchMany(ids: ["'; DROP TABLE vcons; --"]).isEmpty)
        #expect(throws: StoreError.self) { try store.fetch(id: "' OR 1=1 --") }
        #expect(try store.page(after: nil, filter: StoreFilter(), limit: 10_000).rows.map(\.id) == whole.map(\.id))
    }

    @Test func theSessionIsReadOnly() throws {
        let store = try open()
        #expect(throws: StoreError.self) { try store.run(PostgresQuery(sql: "CREATE TABLE vcb_probe (a int)", parameters: [])) }
        let setting = try store.run(PostgresQuery(sql: "SHOW default_transaction_read_only", parameters: []))
        #expect(setting.text(0, 0) == "on")
    }

    @Test func openFetchesTheFullDocument() throws {
        let store = try open()
        let first = try #require(try store.page(after: nil, filter: StoreFilter(), limit: 1).rows.first)
        let bytes = try store.fetch(id: first.id)
        let file = try FileLoader().load(buffer: ByteBuffer(bytes), source: "row")
        #expect(file.vcon?.uuid == first.id)
        do {
            _ = try store.fetch(id: "00000000-0000-4000-8000-000000000000")
            Issue.record("a missing member was found")
        } catch {
            #expect(error.kind == .notFound)
        }
    }

    @Test func cancelStopsABlockedListing() throws {
        let store = try open()
        let blocker = try open()
        _ = try blocker.run(PostgresQuery(sql: "BEGIN TRANSACTION READ WRITE", parameters: []))
        _ = try blocker.run(PostgresQuery(sql: "LOCK TABLE vcons IN ACCESS EXCLUSIVE MODE", parameters: []))
        defer { _ = try? blocker.run(PostgresQuery(sql: "ROLLBACK", parameters: [])) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { store.cancel() }
        let started = Date()
        do {
            _ = try store.page(after: nil, filter: StoreFilter(), limit: 5)
            Issue.record("the blocked listing returned")
        } catch {
            #expect(error.kind == .cancelled)
        }
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func statementTimeoutEndsAWaitingListing() throws {
        let store = try open(timeout: 0.5)
        let blocker = try open()
        _ = try blocker.run(PostgresQuery(sql: "BEGIN TRANSACTION READ WRITE", parameters: []))
        _ = try blocker.run(PostgresQuery(sql: "LOCK TABLE vcons IN ACCESS EXCLUSIVE MODE", parameters: []))
        defer { _ = try? blocker.run(PostgresQuery(sql: "ROLLBACK", parameters: [])) }
        do {
            _ = try store.page(after: nil, filter: StoreFilter(), limit: 5)
            Issue.record("the blocked listing returned")
        } catch {
            #expect(error.kind == .timeout)
        }
    }

    @Test func aLostConnectionIsReportedAndRetried() throws {
        let store = try open()
        let pid = try #require(store.backendPID)
        let other = try open()
        _ = try other.run(PostgresQuery(sql: "SELECT pg_terminate_backend($1::int)", parameters: [String(pid)]))
        do {
            _ = try store.page(after: nil, filter: StoreFilter(), limit: 5)
            Issue.record("the listing survived a terminated backend")
        } catch {
            #expect(error.kind == .connectionLost)
        }
        do {
            _ = try store.page(after: nil, filter: StoreFilter(), limit: 5)
            Issue.record("a dropped connection was used")
        } catch {
            #expect(error.kind == .connectionLost && error.message.contains("retry"))
        }
        try store.reconnect()
        #expect(try store.page(after: nil, filter: StoreFilter(), limit: 5).rows.count == 5)
    }

    @Test func badCredentialsSayAuthenticationAndHideThePassword() throws {
        let url = try #require(TestStores.postgresURL)
        let password = try #require(TestStores.password)
        let wrong = url.replacingOccurrences(of: ":" + password + "@", with: ":Wr0ngPassw0rd@")
        do {
            _ = try PostgresStore(location: PostgresLocation(wrong))
            Issue.record("a wrong password connected")
        } catch {
            #expect(error.kind == .authentication)
            #expect(!error.message.contains("Wr0ngPassw0rd"))
            #expect(error.message.contains("password authentication failed"))
        }
    }

    @Test func hostileRowsBehaveAsTheSameBytesInAFile() throws {
        var layout = PostgresLayout.vconServer
        layout.table = "vcons_hostile"
        let store = try open(layout)
        let rows = try store.page(after: nil, filter: StoreFilter(), limit: 10).rows
        #expect(rows.count == 3)
        // The 100 MB version column is listed by its first 64 characters.
        #expect(rows.allSatisfy { ($0.version?.count ?? 0) <= 64 })
        for row in rows {
            let bytes = try store.fetch(id: row.id)
            try expectSameAsFile(bytes)
        }
    }

    @Test func bytesThatAreNotUTF8ReachTheModelUnchanged() throws {
        let url = try #require(TestStores.asciiURL)
        let store = try PostgresStore(location: PostgresLocation(url))
        let row = try #require(try store.page(after: nil, filter: StoreFilter(), limit: 5).rows.first)
        let bytes = try store.fetch(id: row.id)
        #expect(bytes.contains(0xE9) && bytes.contains(0x80))
        try expectSameAsFile(bytes)
    }

    /// The show report and findings of `bytes` loaded from the store equal those of a file holding them.
    func expectSameAsFile(_ bytes: [UInt8]) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vcb-row-\(UUID().uuidString).json").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = try FileLoader().load(path: path)
        let fromStore = try FileLoader().load(buffer: ByteBuffer(bytes), source: path)
        #expect(
            ShowReport(file: fromStore, findings: Validator.validate(fromStore)).text()
                == ShowReport(file: fromFile, findings: Validator.validate(fromFile)).text())
    }
}

/// Under CI (`VCON_REQUIRE_STORES=1`) the store tests must not be skipped.
@Suite struct StoresPresentInCITests {
    @Test func postgresIsThereWhenRequired() {
        if TestStores.required {
            #expect(TestStores.postgresURL != nil, "VCON_REQUIRE_STORES=1 but VCON_TEST_PG is not set")
            #expect(TestStores.python != nil, "VCON_REQUIRE_STORES=1 but there is no python3 for the API server")
        }
    }
}
