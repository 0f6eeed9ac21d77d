import Foundation
import VConLibrary
import VConModel
import VConPostgres
import VConServerAPI
import VConStore

/// `vcon-bench stores --pg URL [--rows N] [--api-rows N]`: the PostgreSQL and API sources at scale.
///
/// Seeds databases `<db>_bench<N>` beside the one URL names (generated in SQL by `psql`, in the table vcon-server
/// creates: primary key and GIN index, no index on `created_at`), then prints for 10 000 and N rows, without and
/// with an index on `(created_at, id)`: the whole-process first screen of `vcon-browser list` and its peak RSS,
/// the first page, the page after row N/2 (keyset), a party-filtered page and opening one vCon, in process.
/// The API source is timed against the local contract server with `--api-rows` generated vCons.
struct StoreBenchmark {
    var options: BenchOptions

    func run() {
        guard let url = options.string("pg") ?? ProcessInfo.processInfo.environment["VCON_TEST_PG"] else {
            print("stores: give --pg postgresql://user:pass@127.0.0.1:PORT/db (e.g. VCON_TEST_PG from .ci/postgres)")
            return
        }
        let rows = options.int("rows", default: 1_000_000)
        for count in [10_000, rows] {
            let database = "vcons_bench\(count)"
            let target = Self.replacingDatabase(url, with: database)
            if !options.flag("reuse") {
                let started = Date()
                guard seed(url, database: database, rows: count) else { return }
                print(String(format: "seeded %d rows into %@ in %.1f s", count, database, Date().timeIntervalSince(started)))
            }
            _ = psql(target, "DROP INDEX IF EXISTS vcons_created_at_id_idx")
            measure(target, rows: count, label: "\(count) rows, table as vcon-server creates it (no index on created_at)")
            _ = psql(target, "CREATE INDEX vcons_created_at_id_idx ON vcons (created_at DESC, id DESC)")
            measure(target, rows: count, label: "\(count) rows, with an index on (created_at, id)")
        }
        measureAPI(rows: options.int("api-rows", default: 100_000))
    }

    /// Creates the database and fills `vcons` with generated vCons in one INSERT … SELECT over generate_series.
    func seed(_ url: String, database: String, rows: Int) -> Bool {
        _ = psql(url, "DROP DATABASE IF EXISTS \(database)")
        guard psql(url, "CREATE DATABASE \(database)") else { return false }
        let sql = """
            CREATE TABLE vcons (id UUID NOT NULL PRIMARY KEY, vcon TEXT NOT NULL, uuid UUID NOT NULL,
              created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP, subject TEXT, vcon_json JSONB);
            INSERT INTO vcons SELECT id, '0.4.0', id, ts, ts, 'generated call ' || n, jsonb_build_object(
              'vcon', '0.4.0', 'uuid', id, 'created_at', to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
              'subject', 'generated call ' || n,
              'parties', jsonb_build_array(jsonb_build_object('tel', '+1555' || lpad((n % 10000000)::text, 7, '0'), 'name', 'Alice ' || (n % 997)),
                                           jsonb_build_object('mailto', 'bob' || (n % 1000) || '@example.com', 'name', 'Bob')),
              'dialog', jsonb_build_array(jsonb_build_object('type', 'text', 'start', to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
                'parties', jsonb_build_array(0, 1), 'body', 'hello ' || n, 'encoding', 'none', 'mediatype', 'text/plain')))
            FROM (SELECT n, md5(n::text)::uuid AS id, timestamp '2025-01-01' + n * interval '1 second' AS ts
                  FROM generate_series(1, \(rows)) AS n) AS g;
            CREATE INDEX IF NOT EXISTS dynamicvcons_vcon_json ON vcons USING GIN (vcon_json);
            VACUUM ANALYZE vcons;
            """
        return psql(Self.replacingDatabase(url, with: database), sql)
    }

    func measure(_ url: String, rows: Int, label: String) {
        print("\n\(label)")
        let binary = buildDirectory() + "/vcon-browser"
        if let run = RunMeasure.best(of: 3, [binary, "list", url, "--limit", "50", "--csv"]) {
            print(
                String(
                    format: "  list --limit 50 (whole process, first screen): %.3f s, peak RSS %@", run.seconds, megabytes(run.peakRSSBytes)
                ))
        }
        if let run = RunMeasure.best(of: 1, [binary, "--keys", "", "--size", "120x40", "--dump", "text", url]) {
            print(
                String(
                    format: "  browser first screen (whole process, newest %d opened): %.3f s, peak RSS %@",
                    50, run.seconds, megabytes(run.peakRSSBytes)))
        }
        do {
            let store = try PostgresStore(location: PostgresLocation(url), statementTimeout: 600)
            let first = try timed { try store.page(after: nil, filter: StoreFilter(), limit: 50) }
            print(String(format: "  first page (50 rows): %.1f ms", first.1 * 1000))
            if let middle = middleCursor(url, row: rows / 2) {
                let page = try timed { try store.page(after: middle, filter: StoreFilter(), limit: 50) }
                print(String(format: "  page after row %d (keyset): %.1f ms", rows / 2, page.1 * 1000))
            }
            let tel = "+1555" + String(format: "%07d", (rows / 3) % 10_000_000)
            let party = try timed { try store.page(after: nil, filter: StoreFilter(party: PartyQuery(parsing: "tel:" + tel)), limit: 50) }
            print(String(format: "  party tel:%@ (%d rows): %.1f ms", tel, party.0.rows.count, party.1 * 1000))
            let anyField = try timed { try store.page(after: nil, filter: StoreFilter(party: PartyQuery(parsing: "Bob")), limit: 50) }
            print(String(format: "  party Bob in any field, first 50: %.1f ms", anyField.1 * 1000))
            if let id = first.0.rows.first?.id {
                let opener = MemberOpener(loader: FileLoader())
                let open = try timed { opener.open(MemberBytes(buffer: ByteBuffer(try store.fetch(id: id)), sourceName: id)) }
                print(String(format: "  open one vCon (fetch + parse + validate): %.1f ms", open.1 * 1000))
            }
        } catch {
            print("  failed: \(error)")
        }
    }

    func measureAPI(rows: Int) {
        print("\nvcon-server API, \(rows) generated vCons (local contract server)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/StoreFixtures/vcon_server.py").path
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-bench-api.log").path
        FileManager.default.createFile(atPath: log, contents: nil)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", script, "--generate", String(rows), "--token", "bench"]
        server.standardOutput = FileHandle(forWritingAtPath: log)
        server.standardError = FileHandle(forWritingAtPath: log)
        do { try server.run() } catch {
            print("  cannot start python3: \(error)")
            return
        }
        defer { kill(server.processIdentifier, SIGKILL) }
        var port: String?
        for _ in 0..<1200 where port == nil {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            port = text.split(separator: "\n").first { $0.hasPrefix("listening on ") }.map { String($0.dropFirst(13)) }
            if port == nil { usleep(100_000) }
        }
        guard let port else {
            print("  the server did not start")
            return
        }
        let base = "http://127.0.0.1:\(port)/api"
        setenv("VCON_SERVER_TOKEN", "bench", 1)
        if let run = RunMeasure.best(of: 3, [buildDirectory() + "/vcon-browser", "list", base, "--limit", "50", "--csv"]) {
            print(
                String(
                    format: "  list --limit 50 (whole process, first screen): %.3f s, peak RSS %@", run.seconds, megabytes(run.peakRSSBytes)
                ))
        }
        do {
            let store = VConServerStore(location: try APILocation(base, token: "bench"))
            let first = try timed { try store.page(after: nil, filter: StoreFilter(), limit: 64) }
            print(String(format: "  first page (64 rows: list + batch): %.1f ms", first.1 * 1000))
            let deep = try timed { try store.page(after: StoreCursor(page: rows / 128), filter: StoreFilter(), limit: 64) }
            print(String(format: "  page %d (row %d): %.1f ms", rows / 128, rows / 2, deep.1 * 1000))
        } catch {
            print("  failed: \(error)")
        }
    }

    /// The keyset of row `row` (setup only, so the timed page starts there; the browser pages to it).
    func middleCursor(_ url: String, row: Int) -> StoreCursor? {
        guard
            let text = psqlValue(
                url,
                "SELECT to_char(created_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '|' || id FROM vcons "
                    + "ORDER BY created_at DESC, id DESC OFFSET \(row - 1) LIMIT 1")
        else { return nil }
        let parts = text.split(separator: "|").map(String.init)
        return parts.count == 2 ? StoreCursor(createdAt: parts[0], id: parts[1]) : nil
    }

    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let started = DispatchTime.now()
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
    }

    @discardableResult
    func psql(_ url: String, _ sql: String) -> Bool {
        psqlValue(url, sql, quiet: true) != nil
    }

    func psqlValue(_ url: String, _ sql: String, quiet: Bool = false) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", url]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(sql.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `url` with its database name replaced.
    static func replacingDatabase(_ url: String, with database: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards, range: url.range(of: "://").map { $0.upperBound..<url.endIndex })
        else { return url }
        let tail = url[slash.upperBound...]
        let query = tail.firstIndex(of: "?").map { String(tail[$0...]) } ?? ""
        return String(url[..<slash.upperBound]) + database + query
    }
}
