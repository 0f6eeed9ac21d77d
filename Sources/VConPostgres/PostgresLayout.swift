import VConModel
import VConStore

/// Which table and columns hold the vCons: the vcon-server layout by default, other layouts by option.
///
/// Identifiers cannot be query parameters, so they are quoted here (`"name"`, inner quotes doubled) and
/// checked to be plain names; values never go through this path.
public struct PostgresLayout: Sendable, Equatable {
    /// The table, optionally schema-qualified (`vcons`, `archive.vcons`).
    public var table: String
    /// The uuid key column (vcon-server: `id`, a `UUID` primary key).
    public var id: String
    /// The creation time column (vcon-server: `created_at`, `TIMESTAMP` without time zone).
    public var createdAt: String
    /// The subject column (vcon-server: `subject`); nil when the layout has none.
    public var subject: String?
    /// The full document column (vcon-server: `vcon_json`, `JSONB`).
    public var json: String
    /// The version column (vcon-server: `vcon`, which holds only the version string); nil when absent.
    public var version: String?

    /// The table exactly as vcon-server's postgres storage creates it.
    public static let vconServer = PostgresLayout(
        table: "vcons", id: "id", createdAt: "created_at", subject: "subject", json: "vcon_json", version: "vcon")

    public init(table: String, id: String, createdAt: String, subject: String?, json: String, version: String?) {
        self.table = table
        self.id = id
        self.createdAt = createdAt
        self.subject = subject
        self.json = json
        self.version = version
    }

    /// Checks every name (letters, digits, `_`, `$`, at most 63 bytes; the table may have one `schema.` part).
    public func validated() throws(StoreError) -> PostgresLayout {
        let parts = table.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { throw Self.bad("--table", table) }
        for part in parts where !Self.isPlainName(String(part)) { throw Self.bad("--table", table) }
        for (option, name) in [("--id-column", id), ("--created-column", createdAt), ("--json-column", json)]
        where !Self.isPlainName(name) {
            throw Self.bad(option, name)
        }
        for (option, name) in [("--subject-column", subject), ("--version-column", version)] {
            if let name, !Self.isPlainName(name) { throw Self.bad(option, name) }
        }
        return self
    }

    /// The quoted table name (`"archive"."vcons"`).
    var quotedTable: String {
        table.split(separator: ".").map { Self.quote(String($0)) }.joined(separator: ".")
    }

    /// A quoted column name.
    static func quote(_ name: String) -> String {
        "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }

    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 63, let first = name.unicodeScalars.first,
            first == "_" || first.properties.isAlphabetic
        else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "$" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    private static func bad(_ option: String, _ name: String) -> StoreError {
        StoreError(.badLocation, "\(option): \"\(TextSafety.line(name))\" is not a plain PostgreSQL name (letters, digits, _)")
    }
}
