internal import CLibPQ
import Foundation
import VConStore

/// A PostgreSQL store as the user named it: the connection string for libpq and a display form without
/// the password.
///
/// Accepts `postgres://` and `postgresql://` URLs and libpq `key=value` strings; what they leave out comes
/// from the libpq environment (`PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`, `PGPASSWORD`, `PGSERVICE`,
/// `PGSSLMODE`) and `~/.pgpass`, as for psql.
public struct PostgresLocation: Sendable {
    /// Passed to libpq unchanged.
    let conninfo: String
    /// `vcb@db1:5432/vcons` (never the password).
    public let display: String
    /// The password from the URL and `PGPASSWORD`, to hide from every message.
    public let mask: SecretMask

    /// True for text the PostgreSQL source should open (`postgres://`, `postgresql://`).
    public static func handles(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses with `PQconninfoParse` (so libpq's own URL rules apply) and builds the display form.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        var mask = SecretMask()
        mask.add(environment["PGPASSWORD"])
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &errorMessage) else {
            let why = errorMessage.map { String(cString: $0) } ?? "cannot parse"
            if let errorMessage { PQfreemem(errorMessage) }
            // libpq's message may quote the text, password included: mask what we can find of it.
            let raw = Self.rawPassword(text)
            mask.add(raw)
            mask.add(raw?.removingPercentEncoding)
            throw StoreError(
                .badLocation, mask.apply("not a PostgreSQL URL: " + why.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        mask.add(values["password"])
        let raw = Self.rawPassword(text)
        mask.add(raw)
        let user = values["user"] ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        let host = values["host"] ?? environment["PGHOST"] ?? "localhost"
        let port = values["port"] ?? environment["PGPORT"]
        let database = values["dbname"] ?? environment["PGDATABASE"] ?? user
        let service = values["service"] ?? environment["PGSERVICE"]
        var display = (user.isEmpty ? "" : user + "@") + host + (port.map { ":" + $0 } ?? "") + "/" + database
        if let service, values["host"] == nil { display = "service=" + service }
        self.conninfo = text
        self.display = mask.apply(display)
        self.mask = mask
    }

    /// The password part of a URL as typed (before percent-decoding), so that spelling is masked too.
    static func rawPassword(_ text: String) -> String? {
        guard let scheme = text.range(of: "://") else { return nil }
        let rest = text[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return nil }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return nil }
        let password = String(userInfo[userInfo.index(after: colon)...])
        return password.isEmpty ? nil : password
    }
}
