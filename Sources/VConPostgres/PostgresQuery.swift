import VConModel
import VConStore

/// A SQL statement and its parameters: the only shape in which SQL leaves this target.
///
/// User text travels only in `parameters` (sent with `PQexecParams`); `sql` is built from constants and
/// quoted identifiers of a checked `PostgresLayout`.
struct PostgresQuery: Equatable {
    var sql: String
    var parameters: [String]
}

/// Builds the statements the PostgreSQL source runs.
///
/// Listing is newest first by keyset: `ORDER BY created_at DESC, id DESC` and, after the first page,
/// `(created_at, id) < ($1, $2)` from the last row shown. Never `OFFSET`: a deep page costs what the first
/// one does when `(created_at, id)` is indexed.
struct PostgresQueryBuilder {
    var layout: PostgresLayout

    /// Summary columns only: id, created_at (text, microseconds, so the keyset round-trips exactly), the first
    /// 512 characters of the subject, the first 64 of the version column, the party display names (a JSON array), the
    /// dialog count and the stored size. The full document is fetched by `fetch(id:)` when a member is opened.
    func list(after cursor: StoreCursor?, filter: StoreFilter, limit: Int) -> PostgresQuery {
        let table = layout.quotedTable
        let id = PostgresLayout.quote(layout.id)
        let created = PostgresLayout.quote(layout.createdAt)
        let json = PostgresLayout.quote(layout.json)
        let subject = layout.subject.map { "left(\(PostgresLayout.quote($0))::text, 512)" } ?? "NULL"
        let version = layout.version.map { "left(\(PostgresLayout.quote($0))::text, 64)" } ?? "NULL"
        let parties = """
            (SELECT jsonb_agg(coalesce(p->>'name', p->>'tel', p->>'mailto', p->>'uuid', '?'))::text \
            FROM jsonb_array_elements(CASE WHEN jsonb_typeof(\(json)->'parties') = 'array' \
            THEN \(json)->'parties' ELSE '[]'::jsonb END) AS p)
            """
        let dialogs = "CASE WHEN jsonb_typeof(\(json)->'dialog') = 'array' THEN jsonb_array_length(\(json)->'dialog') END"
        var parameters: [String] = []
        var conditions: [String] = []
        func parameter(_ value: String) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        if let cursor, let last = cursor.createdAt, let lastID = cursor.id {
            conditions.append("(\(created), \(id)) < (\(parameter(last))::timestamp, \(parameter(lastID))::uuid)")
        }
        conditions += filterConditions(filter, parameter: parameter)
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(id)::text, to_char(\(created), 'YYYY-MM-DD"T"HH24:MI:SS.US'), \(subject), \(version), \
            \(parties), \(dialogs), pg_column_size(\(json)) \
            FROM \(table)\(whereClause) ORDER BY \(created) DESC, \(id) DESC LIMIT \(max(1, min(limit, 10_000)))
            """
        return PostgresQuery(sql: sql, parameters: parameters)
    }

    /// The WHERE conditions for a filter: dates compared as timestamps, the subject by `ILIKE` with the
    /// pattern characters escaped, a party by JSONB containment (`@>`, which the vcon-server GIN index on
    /// `vcon_json` serves) on each candidate field.
    func filterConditions(_ filter: StoreFilter, parameter: (String) -> String) -> [String] {
        let created = PostgresLayout.quote(layout.createdAt)
        let json = PostgresLayout.quote(layout.json)
        var conditions: [String] = []
        if let since = filter.since { conditions.append("\(created) >= \(parameter(since))::timestamp") }
        if let until = filter.until {
            // A bare date means the whole day.
            if until.utf8.count == 10 {
                conditions.append("\(created) < \(parameter(until))::date + 1")
            } else {
                conditions.append("\(created) <= \(parameter(until))::timestamp")
            }
        }
        if let text = filter.subject {
            if let column = layout.subject {
                conditions.append("\(PostgresLayout.quote(column)) ILIKE \(parameter("%" + Self.likeEscaped(text) + "%")) ESCAPE '\\'")
            } else {
                conditions.append("\(json)->>'subject' ILIKE \(parameter("%" + Self.likeEscaped(text) + "%")) ESCAPE '\\'")
            }
        }
        if let party = filter.party {
            let alternatives = party.candidates.map { field, value in
                let probe = JSONOutput.object([("parties", .array([.object([(field.rawValue, .string(value))])]))]).render()
                return "\(json) @> \(parameter(probe))::jsonb"
            }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        return conditions
    }

    /// The full document of one member, as JSON text.
    func fetch(id: String) -> PostgresQuery {
        PostgresQuery(
            sql: """
                SELECT \(PostgresLayout.quote(layout.json))::text FROM \(layout.quotedTable) \
                WHERE \(PostgresLayout.quote(layout.id)) = $1::uuid LIMIT 1
                """,
            parameters: [id])
    }

    /// The planner's row estimate for the table (`pg_class.reltuples`; -1 before the first ANALYZE).
    func estimate() -> PostgresQuery {
        PostgresQuery(
            sql: "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass($1)", parameters: [layout.quotedTable])
    }

    /// Whether the table exists, and whether some index leads with the creation column (the listing's order).
    func indexCheck() -> PostgresQuery {
        PostgresQuery(
            sql: """
                SELECT to_regclass($1) IS NOT NULL, EXISTS (SELECT 1 FROM pg_index i \
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] \
                WHERE i.indrelid = to_regclass($1) AND a.attname = $2)
                """,
            parameters: [layout.quotedTable, layout.createdAt])
    }

    /// The statement a DBA could run so that newest-first pages are index scans (the browser never runs it).
    var suggestedIndex: String {
        let base = layout.table.split(separator: ".").last.map(String.init) ?? layout.table
        let name = PostgresLayout.quote("\(base)_\(layout.createdAt)_\(layout.id)_idx")
        return "CREATE INDEX CONCURRENTLY \(name) ON \(layout.quotedTable) "
            + "(\(PostgresLayout.quote(layout.createdAt)) DESC, \(PostgresLayout.quote(layout.id)) DESC);"
    }

    /// `text` with the `ILIKE` pattern characters `\`, `%` and `_` escaped, so it matches literally.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension PostgresQueryBuilder {
    /// The full documents of several members (`= ANY($1::uuid[])`, the array literal built from checked uuids).
    func fetchMany(ids: [String]) -> PostgresQuery {
        PostgresQuery(
            sql: """
                SELECT \(PostgresLayout.quote(layout.id))::text, \(PostgresLayout.quote(layout.json))::text \
                FROM \(layout.quotedTable) WHERE \(PostgresLayout.quote(layout.id)) = ANY($1::uuid[])
                """,
            parameters: ["{" + ids.joined(separator: ",") + "}"])
    }
}
