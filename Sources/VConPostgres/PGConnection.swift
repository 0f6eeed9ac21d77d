internal import CLibPQ
import Foundation
import VConStore

/// One libpq connection (`PGconn`), owned: opened by `PQconnectdbParams`, closed by `PQfinish` in `deinit`.
///
/// Thread rule: `execute` runs on one thread at a time (the store's worker, serialised by the store); `cancel`
/// may be called from any thread, through the separate `PGcancel` handle (`PQgetCancel`/`PQcancel`, which libpq
/// documents as thread-safe). Every message that leaves passes through the store's `SecretMask`.
final class PGConnection: @unchecked Sendable {
    private let ref: OpaquePointer  // <PGconn>
    private let cancelLock = NSLock()
    private var cancelRef: OpaquePointer?  // <PGcancel>, guarded by cancelLock
    let mask: SecretMask

    /// Connects with `PQconnectdbParams` (a URL or `key=value` string; libpq adds `PGHOST`, `PGPASSWORD`,
    /// `~/.pgpass`, `PGSERVICE`), then makes the session read-only with a statement timeout.
    init(conninfo: String, mask: SecretMask, statementTimeoutMilliseconds: Int) throws(StoreError) {
        // connect_timeout comes first so that one in the user's URL overrides it (expand_dbname = 1).
        let keywordTexts: [String] = ["connect_timeout", "dbname"]
        let valueTexts: [String] = ["10", conninfo]
        let keywords = keywordTexts.map { strdup($0) }
        let values = valueTexts.map { strdup($0) }
        defer { (keywords + values).forEach { free($0) } }
        let keywordPointers: [UnsafePointer<CChar>?] = keywords.map { UnsafePointer($0) } + [nil]
        let valuePointers: [UnsafePointer<CChar>?] = values.map { UnsafePointer($0) } + [nil]
        let connection = keywordPointers.withUnsafeBufferPointer { k in
            valuePointers.withUnsafeBufferPointer { v in PQconnectdbParams(k.baseAddress, v.baseAddress, 1) }
        }
        guard let conn = connection else {
            throw StoreError(.cannotConnect, "cannot connect: libpq could not allocate a connection")
        }
        var mask = mask
        // The password libpq actually used may come from ~/.pgpass or PGPASSWORD: hide it too.
        if let used = PQpass(conn) { mask.add(String(cString: used)) }
        self.ref = conn
        self.mask = mask
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = Self.connectionMessage(conn)
            let refused = PQconnectionNeedsPassword(conn) != 0 || Self.isAuthenticationFailure(message)
            throw StoreError(refused ? .authentication : .cannotConnect, mask.apply("cannot connect: " + message))
        }
        cancelRef = PQgetCancel(conn)
        // Read-only for the whole session, a bound on every statement, UTC for to_char of timestamptz columns.
        _ = try execute(
            PostgresQuery(
                sql: "SELECT set_config('default_transaction_read_only', 'on', false), "
                    + "set_config('statement_timeout', $1, false), set_config('application_name', 'vcon-browser', false)",
                parameters: [String(statementTimeoutMilliseconds)]))
    }

    deinit {
        cancelLock.lock()
        if let cancelRef { PQfreeCancel(cancelRef) }
        cancelLock.unlock()
        PQfinish(ref)
    }

    /// Runs one parameterised statement (`PQexecParams`, text parameters and results) and copies the rows out.
    func execute(_ query: PostgresQuery) throws(StoreError) -> PGRows {
        let count = Int32(query.parameters.count)
        let values = query.parameters.map { strdup($0) }
        defer { values.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = values.map { UnsafePointer($0) }
        let result = pointers.withUnsafeBufferPointer { buffer in
            PQexecParams(ref, query.sql, count, nil, buffer.baseAddress, nil, nil, 0)
        }
        guard let result else {
            throw StoreError(lostOrFailed(), mask.apply("query failed: " + Self.connectionMessage(ref)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
            return PGRows(copying: result)
        default:
            throw error(from: result)
        }
    }

    /// Asks the server to stop the statement in progress (`PQcancel`); the running `execute` then throws `.cancelled`.
    func cancel() {
        cancelLock.lock()
        defer { cancelLock.unlock() }
        guard let cancelRef else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancelRef, &buffer, Int32(buffer.count))
    }

    /// The backend process id (`PQbackendPID`), for diagnostics and tests.
    var backendPID: Int32 { PQbackendPID(ref) }

    /// True while the connection is usable (`PQstatus == CONNECTION_OK`).
    var isOK: Bool { PQstatus(ref) == CONNECTION_OK }

    private func lostOrFailed() -> StoreError.Kind { isOK ? .server : .connectionLost }

    /// A typed error from a failed result: SQLSTATE decides the kind, the primary message is masked.
    private func error(from result: OpaquePointer) -> StoreError {
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
        let text = (primary ?? String(cString: PQresultErrorMessage(result))).trimmingCharacters(in: .whitespacesAndNewlines)
        let kind: StoreError.Kind
        switch state {
        case "57014": kind = text.contains("timeout") ? .timeout : .cancelled
        case "42P01", "42703": kind = .notFound
        case "28000", "28P01", "42501": kind = .authentication
        case _ where state.hasPrefix("22") || state.hasPrefix("42"): kind = .badRequest
        case _ where state.hasPrefix("08") || state == "57P01": kind = .connectionLost
        case "": kind = lostOrFailed()
        default: kind = .server
        }
        let detail = state.isEmpty ? text : "\(text) (SQLSTATE \(state))"
        return StoreError(kind, mask.apply(detail))
    }

    private static func connectionMessage(_ conn: OpaquePointer) -> String {
        String(cString: PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\n", with: "; ")
    }

    private static func isAuthenticationFailure(_ message: String) -> Bool {
        ["password authentication failed", "no password supplied", "authentication failed", "role \"", "no pg_hba.conf entry"]
            .contains { message.contains($0) }
    }
}
