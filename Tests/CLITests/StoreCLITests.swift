import Foundation
import StoreTestSupport
import TestSupport
import Testing

/// The stores end to end through the real executable: `list` (text, CSV, JSON, filters), `show`/`validate`/
/// `verify`/`ladder` of `SOURCE#<uuid>`, bad credentials, injection attempts, interruption and a lost connection.
@Suite(.corpus, .postgres)
struct PostgresCLITests {
    let url = TestStores.postgresURL ?? ""
    let password = TestStores.password ?? "unset"

    func csvRows(_ result: CLIResult) -> [String] {
        result.stdout.split(separator: "\r\n").dropFirst().map(String.init)
    }

    @Test func listCSVHasOneRowPerStoredVCon() throws {
        let result = try CLIRunner.run(["list", url, "--csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "uuid,created,subject,parties,dialogs,analysis,attachments,form,verdict,errors,warnings,source,problem\r\n"))
        #expect(csvRows(result).count >= 50)
        #expect(result.stderr.contains("CREATE INDEX CONCURRENTLY"))
        #expect(!(result.stdout + result.stderr).contains(password))
    }

    @Test func filtersAndLimit() throws {
        let limited = try CLIRunner.run(["list", url, "--csv", "--limit", "3"])
        #expect(csvRows(limited).count == 3)
        let alice = try CLIRunner.run(["list", url, "--json", "--party", "name:Alice", "--since", "2025-01-01"])
        #expect(alice.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(alice.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["parties"] as? [String])?.contains("Alice") == true && ($0["created"] as? String ?? "") >= "2025" })
    }

    @Test func injectionInEveryFilterMatchesNothingAndChangesNothing() throws {
        let before = csvRows(try CLIRunner.run(["list", url, "--csv"])).count
        for text in ["'; DROP TABLE vcons; --", "x' OR '1'='1", "%"] {
            for option in ["--party", "--subject"] {
                let result = try CLIRunner.run(["list", url, "--csv", option, text])
                #expect(result.status == 0 && csvRows(result).isEmpty, "\(option) \(text): \(result.stdout)")
            }
            let dated = try CLIRunner.run(["list", url, "--csv", "--since", "2026-01-01" + text])
            #expect(dated.status != 0 && dated.stderr.contains("--since expects a date"))
        }
        #expect(csvRows(try CLIRunner.run(["list", url, "--csv"])).count == before)
    }

    @Test func showValidateVerifyAndLadderOpenAStoreMember() throws {
        let first = try #require(csvRows(try CLIRunner.run(["list", url, "--csv", "--limit", "1"])).first)
        let uuid = String(first.prefix(36))
        let show = try CLIRunner.run(["show", url + "#" + uuid])
        #expect(show.status == 0)
        #expect(show.stdout.contains("uuid        " + uuid))
        #expect(show.stdout.hasPrefix("postgres vcb@127.0.0.1:"))
        for command in ["validate", "verify"] {
            let result = try CLIRunner.run([command, url + "#" + uuid])
            #expect(result.status != 2, "\(command): \(result.stderr)")
        }
        let missing = try CLIRunner.run(["show", url + "#00000000-0000-4000-8000-000000000000"])
        #expect(missing.status == 2 && missing.stderr.contains("no vCon"))
        #expect(!(show.stdout + missing.stderr).contains(password))
    }

    @Test func theBrowserAndTreeOpenTheStoreNewestFirst() throws {
        let newest = try #require(csvRows(try CLIRunner.run(["list", url, "--csv", "--limit", "1"])).first)
        let screen = try CLIRunner.run(["--keys", "", "--size", "120x20", "--dump", "text", url])
        #expect(screen.status == 0, "\(screen.stderr)")
        #expect(screen.stdout.contains("vCons ("))
        let tree = try CLIRunner.run(["tree", url])
        #expect(tree.status == 0)
        #expect(tree.stdout.hasPrefix(String(newest.prefix(36))))
        #expect(!(screen.stdout + screen.stderr + tree.stdout + tree.stderr).contains(password))
        let validate = try CLIRunner.run(["validate", url + "#00000000-0000-4000-8000-000000000000"])
        #expect(validate.status == 2 && !validate.stderr.contains(password) && validate.stderr.contains("no vCon"))
    }

    @Test func badCredentialsExitTwoWithAClearMessage() throws {
        let wrong = url.replacingOccurrences(of: ":" + password + "@", with: ":NotThePassword9@")
        let result = try CLIRunner.run(["list", wrong])
        #expect(result.status == 2)
        #expect(result.stderr.contains("password authentication failed"))
        #expect(!(result.stdout + result.stderr).contains("NotThePassword9"))
        let show = try CLIRunner.run(["show", wrong + "#00000000-0000-4000-8000-000000000000"])
        #expect(show.status == 2 && !show.stderr.contains("NotThePassword9"))
    }

    @Test func hostileRowsAreEscapedAndBigOnesDoNotHurt() throws {
        let result = try CLIRunner.run(["list", url, "--table", "vcons_hostile"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{202E}"))
        #expect(result.stdout.contains("\\u001b[2J"))
        let ascii = try CLIRunner.run(["list", (TestStores.asciiURL ?? ""), "--csv"])
        #expect(ascii.status == 0 && ascii.stdout.contains("caf\u{FFFD}"))
    }

    @Test func interruptCancelsAWaitingListing() throws {
        // Hold a lock so the listing waits in the server, then press Ctrl-C: PQcancel ends it at once.
        let holder = try PostgresLockHolder(url: url)
        defer { holder.release() }
        let started = Date()
        let result = try CLIRunner.run(["list", url, "--csv"], interruptAfter: 1.5)
        #expect(result.status == 130, "\(result.stderr)")
        // PQcancel reached the server: it says so, and the process ended by itself (not killed by the signal).
        #expect(result.stderr.contains("canceling statement due to user request"))
        #expect(Date().timeIntervalSince(started) < 10)
    }
}

/// The vcon-server API source end to end (the local contract server, same corpus).
@Suite(.corpus, .localAPIServer)
struct APICLITests {
    @Test func listAndShowWithTheTokenFromTheEnvironment() throws {
        let server = try LocalAPIServer()
        let env = ["VCON_SERVER_TOKEN": server.token]
        let list = try CLIRunner.run(["list", server.base, "--csv", "--limit", "5"], environment: env)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = list.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 5)
        let uuid = String(try #require(rows.first).prefix(36))
        let show = try CLIRunner.run(["show", server.base + "#" + uuid], environment: env)
        #expect(show.status == 0 && show.stdout.contains(uuid))
        #expect(!(list.stdout + list.stderr + show.stdout + show.stderr).contains(server.token))
    }

    @Test func aRefusedTokenExitsTwoWithoutPrintingIt() throws {
        let server = try LocalAPIServer()
        let result = try CLIRunner.run(["list", server.base], environment: ["VCON_SERVER_TOKEN": "BadToken777"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refused the token (403"))
        #expect(!result.stderr.contains("BadToken777"))
    }

    @Test func interruptCancelsAStalledRequest() throws {
        let server = try LocalAPIServer(arguments: ["--list-fault", "stall"])
        let started = Date()
        let result = try CLIRunner.run(["list", server.base], environment: ["VCON_SERVER_TOKEN": server.token], interruptAfter: 1)
        #expect(result.status == 130, "\(result.stderr)")
        #expect(result.stderr.contains("cancelled"))
        #expect(Date().timeIntervalSince(started) < 6)
    }
}

/// `list` on files, directories and bundles: one row per member, same filters as the stores.
@Suite(.corpus)
struct ListFilesCLITests {
    @Test func aDirectoryListsOneRowPerVConWithVerdictsAndFindings() throws {
        let directory = Corpus.path("fake-vcons")
        let result = try CLIRunner.run(["list", directory, Corpus.path("edge-cases/encrypted_rfc7516_strict_headers.vcon.json"), "--csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 6)
        #expect(rows.last?.contains(",[E],") == true)
        let filtered = try CLIRunner.run(["list", directory, "--party", "name:Joe Perry", "--json"])
        let objects = try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(objects.count == 1)
        #expect((objects.first?["parties"] as? [String])?.first == "Joe Perry")
    }
}
