import Foundation
import TestSupport
import Testing

/// Where the store tests find their PostgreSQL and their local vcon-server, and what to say when they are absent.
///
/// PostgreSQL comes from `VCON_TEST_PG` (exported by `.ci/postgres`); the API server is started per test by
/// `LocalAPIServer` (Python standard library). Under `VCON_REQUIRE_STORES=1` (CI) their absence is a failure.
public enum TestStores {
    /// The package root (TestSupport's one finder).
    public static var packageRoot: URL { PackagePaths.root }

    /// The test database URL (`postgresql://vcb:…@127.0.0.1:PORT/vcons`), or nil.
    public static var postgresURL: String? {
        let value = ProcessInfo.processInfo.environment["VCON_TEST_PG"]
        return value?.isEmpty == false ? value : nil
    }

    /// The same server's SQL_ASCII database (rows that are not UTF-8).
    public static var asciiURL: String? {
        guard let url = postgresURL, url.hasSuffix("/vcons") else { return nil }
        return url + "_ascii"
    }

    /// True when CI requires the stores (`.ci/postgres` sets `VCON_REQUIRE_STORES=1`).
    public static var required: Bool { ProcessInfo.processInfo.environment["VCON_REQUIRE_STORES"] == "1" }

    /// The line a skipped test shows.
    public static let absent = "no PostgreSQL for the store tests: start one with `eval \"$(bash .ci/postgres)\"` (exports VCON_TEST_PG)"

    /// The Python interpreter for the local API server, or nil.
    public static var python: String? {
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] + pathCandidates("python3")
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return nil
    }

    /// The shared corpus, when present (`../shared/corpus`).
    public static var corpus: String? { SharedFolder.corpus.isPresent ? SharedFolder.corpus.directory.path : nil }

    /// The password inside `postgresURL` (tests check it never appears in output).
    public static var password: String? {
        guard let url = postgresURL, let components = URLComponents(string: url) else { return nil }
        return components.password
    }

    private static func pathCandidates(_ name: String) -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
    }
}

extension Trait where Self == ConditionTrait {
    /// Marks a test or suite that needs the PostgreSQL `.ci/postgres` starts: skipped with one line when it is
    /// absent (and `StoresPresentInCITests` fails under `VCON_REQUIRE_STORES=1`).
    public static var postgres: Self { .enabled(if: TestStores.postgresURL != nil, Comment(rawValue: TestStores.absent)) }

    /// Marks a test or suite that starts the local vcon-server contract server (needs python3).
    public static var localAPIServer: Self {
        .enabled(if: TestStores.python != nil, "no python3 to run the local vcon-server contract server")
    }
}
