import Testing
import VConStore

@testable import VConPostgres

/// The SQL the PostgreSQL source builds: keyset order, no OFFSET, user text only in parameters.
@Suite struct PostgresQueryTests {
    let builder = PostgresQueryBuilder(layout: .vconServer)

    @Test func firstPageIsNewestFirstWithoutOffset() {
        let query = builder.list(after: nil, filter: StoreFilter(), limit: 50)
        #expect(query.sql.contains("ORDER BY \"created_at\" DESC, \"id\" DESC LIMIT 50"))
        #expect(!query.sql.uppercased().contains("OFFSET"))
        #expect(!query.sql.contains("\"vcon_json\"::text"))
        #expect(query.parameters.isEmpty)
    }

    @Test func laterPagesUseTheKeyset() {
        let cursor = StoreCursor(createdAt: "2026-01-01T00:00:00.000000", id: "00000000-0000-4000-8000-000000000001")
        let query = builder.list(after: cursor, filter: StoreFilter(), limit: 10)
        #expect(query.sql.contains("(\"created_at\", \"id\") < ($1::timestamp, $2::uuid)"))
        #expect(query.parameters == [cursor.createdAt, cursor.id])
    }

    @Test func userTextTravelsOnlyAsParameters() {
        let hostile = "x'); DROP TABLE vcons; --"
        let filter = StoreFilter(since: "2026-01-01", until: "2026-02-01", party: PartyQuery(parsing: hostile), subject: hostile)
        let query = builder.list(after: nil, filter: filter, limit: 5)
        #expect(!query.sql.contains("DROP"))
        #expect(query.parameters.contains("%x'); DROP TABLE vcons; --%"))
        #expect(query.parameters.contains { $0.contains("DROP TABLE") && $0.hasPrefix("{\"parties\"") })
        #expect(query.sql.contains("@> $"))
    }

    @Test func likePatternCharactersAreLiteral() {
        #expect(PostgresQueryBuilder.likeEscaped("100%_a\\b") == "100\\%\\_a\\\\b")
    }

    @Test func partyFieldsAndMailtoSpellings() {
        #expect(PartyQuery(parsing: "tel:+1555").candidates.map(\.1) == ["+1555"])
        #expect(PartyQuery(parsing: "mailto:a@b").candidates.map(\.1) == ["a@b", "mailto:a@b"])
        #expect(PartyQuery(parsing: "Alice").candidates.map(\.0) == [.tel, .mailto, .mailto, .name])
    }

    @Test func layoutNamesAreChecked() {
        var layout = PostgresLayout.vconServer
        layout.table = "vcons; DROP TABLE x"
        #expect(throws: StoreError.self) { try layout.validated() }
        layout.table = "archive.vcons"
        #expect((try? layout.validated()) != nil)
        #expect(layout.quotedTable == "\"archive\".\"vcons\"")
    }

    @Test func suggestedIndexNamesTheListingOrder() {
        #expect(
            builder.suggestedIndex
                == "CREATE INDEX CONCURRENTLY \"vcons_created_at_id_idx\" ON \"vcons\" (\"created_at\" DESC, \"id\" DESC);")
    }

    @Test func passwordsAreMaskedInEveryMessage() throws {
        let location = try PostgresLocation("postgresql://vcb:s3cr%2Ft@127.0.0.1:1/vcons", environment: ["PGPASSWORD": "envpw"])
        #expect(location.display == "vcb@127.0.0.1:1/vcons")
        #expect(location.mask.apply("bad s3cr/t and s3cr%2Ft and envpw") == "bad *** and *** and ***")
        #expect(throws: StoreError.self) { try PostgresLocation("postgresql://vcb:pw@[bad") }
        do {
            _ = try PostgresLocation("postgresql://vcb:pw@host:notaport/db?bogus=1")
        } catch {
            #expect(!error.message.contains(":pw@"))
        }
    }

    @Test func datesAreCheckedBeforeAnyQuery() {
        #expect(StoreDate.parse("2026-01-02") != nil)
        #expect(StoreDate.parse("2026-01-02T03:04:05.123+02:00") != nil)
        #expect(StoreDate.parse("2026-01-02'; DROP TABLE vcons; --") == nil)
        #expect(throws: StoreError.self) { try StoreFilter(since: "yesterday").validated() }
    }
}
