import Foundation
import StoreTestSupport
import TestSupport
import Testing

/// The browser over a store, end to end through the real executable: the list paged as it scrolls, a row opened,
/// links followed into the store, the `\` prompt as a store query (injection included), bad credentials.
/// `vcons_many` (1000 generated vCons with links, seeded by `.ci/postgres`) and the contract server's `--linked`
/// serve the same rows. Esc during a load and a lost connection run on a real terminal (tmux).
@Suite(.postgres)
struct PostgresBrowserCLITests {
    let url = TestStores.postgresURL ?? ""
    let password = TestStores.password ?? "unset"

    func browse(_ keys: String, size: String = "100x12", url: String? = nil) throws -> CLIResult {
        try CLIRunner.run([url ?? self.url, "--table", "vcons_many", "--keys", keys, "--size", size, "--dump", "text"])
    }

    @Test func theListPagesAsItScrollsAndGoesToAnyRow() throws {
        let first = try browse("")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("200 of ≈1000 vCons"))
        #expect(first.stderr.contains("CREATE INDEX CONCURRENTLY"), "the missing index is said once")
        let bottom = try browse("G")
        #expect(bottom.stdout.contains("400 of ≈1000 vCons"))
        let far = try browse(":750<Enter>")
        #expect(far.stdout.contains("▶ 2025-01-01 00:04:10Z  [ ]  generated call 250"))
        let end = try browse(":1000<Enter>")
        #expect(end.stdout.contains("1000 vCons") && end.stdout.contains("generated call 0 "))
        #expect(!(first.stdout + first.stderr + far.stdout + end.stdout).contains(password))
    }

    @Test func aRowOpensAndLinksAreFollowedIntoTheStore() throws {
        let links = try browse("<Enter>6", size: "120x12")
        #expect(links.stdout.contains("redacted → not loaded yet"))
        let followed = try browse("<Enter>6j<Enter>", size: "120x12")
        #expect(followed.stdout.contains("Subject     generated call 699"), "\(followed.stdout)")
        let back = try browse("<Enter>6j<Enter>q", size: "120x12")
        #expect(back.stdout.contains("redacted → here"))
        let missing = try browse("j<Enter>6jj<Enter>", size: "120x12")
        #expect(missing.stdout.contains("group → missing 00000000-0000-4000-8000-00000000dead"))
        #expect(missing.stdout.contains("missing: the store has no vCon 00000000-0000-4000-8000-00000000dead"))
        let present = try browse("j<Enter>6j<Enter>", size: "120x12")
        #expect(present.stdout.contains("Subject     generated call 997"))
    }

    @Test func theFilterPromptIsAStoreQueryAndInjectionMatchesNothingAndChangesNothing() throws {
        let tel = try browse("\\tel:+15550000500<Enter>")
        #expect(tel.stdout.contains("1 vCon · store filter: tel:+15550000500"))
        #expect(tel.stdout.contains("generated call 500 "))
        let subject = try browse("\\call 12<Enter>")
        #expect(subject.stdout.contains("11 vCons · store filter: call 12"))
        for attempt in ["name:x' OR '1'='1", "party:'; DROP TABLE vcons_many; --", "x%' OR 1=1 --", "subject:%", "tel:+1555%"] {
            let result = try browse("\\" + attempt + "<Enter>")
            #expect(result.status == 0)
            #expect(result.stdout.contains("0 vCons"), "\(attempt): \(result.stdout)")
        }
        for attempt in ["since:2025-01-01';DELETE", "until:now()"] {
            let result = try browse("\\" + attempt + "<Enter>")
            #expect(result.stdout.contains("expects YYYY-MM-DD or an RFC 3339 time"), "\(attempt)")
        }
        let count = try CLIRunner.run(["list", url, "--table", "vcons_many", "--csv"])
        #expect(count.stdout.split(separator: "\r\n").count == 1001, "the table is intact")
    }

    @Test func everyCommandTakesTheTableOptionForAStoreMember() throws {
        let listed = try CLIRunner.run(["list", url, "--table", "vcons_many", "--csv", "--limit", "1"])
        let uuid = String(try #require(listed.stdout.split(separator: "\r\n").dropFirst().first).prefix(36))
        let member = url + "#" + uuid
        let show = try CLIRunner.run(["show", member, "--table", "vcons_many"])
        #expect(show.status == 0 && show.stdout.contains("generated call 999"), "\(show.stderr)")
        let tree = try CLIRunner.run(["tree", member, "--table", "vcons_many", "--ascii"])
        #expect(tree.status == 0 && tree.stdout.contains("redacted ->"), "\(tree.stderr)")
        for command in ["validate", "verify", "ladder"] {
            let result = try CLIRunner.run([command, member, "--table", "vcons_many"])
            #expect(result.status != 2, "\(command): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains(password))
        }
        let elsewhere = try CLIRunner.run(["show", member])
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("no vCon"), "not in the default table")
    }

    @Test func badCredentialsExitTwoWithoutThePassword() throws {
        let wrong = url.replacingOccurrences(of: ":" + password + "@", with: ":NotThePassword9@")
        let result = try browse("", url: wrong)
        #expect(result.status == 2)
        #expect(result.stderr.contains("password authentication failed"))
        #expect(!(result.stdout + result.stderr).contains("NotThePassword9"))
    }
}

/// The same over the vcon-server API (the local contract server serving the generated rows).
@Suite(.localAPIServer)
struct APIBrowserCLITests {
    func browse(_ server: LocalAPIServer, _ keys: String, size: String = "100x12", token: String? = nil) throws -> CLIResult {
        try CLIRunner.run(
            [server.base, "--keys", keys, "--size", size, "--dump", "text"], environment: ["VCON_SERVER_TOKEN": token ?? server.token])
    }

    @Test func pagesOpensFollowsLinksAndFilters() throws {
        let server = try LocalAPIServer(arguments: ["--linked", "1000"], corpus: false)
        let first = try browse(server, "")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("generated call 999"))
        let far = try browse(server, ":750<Enter>")
        #expect(far.stdout.contains("▶ 2025-01-01 00:04:10Z  [ ]  generated call 250"), "\(far.stdout)")
        let followed = try browse(server, "<Enter>6j<Enter>", size: "120x12")
        #expect(followed.stdout.contains("Subject     generated call 699"))
        let missing = try browse(server, "j<Enter>6jj<Enter>", size: "120x12")
        #expect(missing.stdout.contains("group → missing 00000000-0000-4000-8000-00000000dead"))
        let tel = try browse(server, "\\tel:+15550000500<Enter>")
        #expect(tel.stdout.contains("1 vCon · store filter: tel:+15550000500"))
        let injected = try browse(server, "\\name:x' OR '1'='1<Enter>")
        #expect(injected.stdout.contains("0 vCons"))
        #expect(!(first.stdout + first.stderr + far.stdout + tel.stdout).contains(server.token))
    }

    @Test func aRefusedTokenExitsTwoWithoutPrintingIt() throws {
        let server = try LocalAPIServer(arguments: ["--linked", "10"], corpus: false)
        let result = try browse(server, "", token: "BadToken777")
        #expect(result.status == 2)
        #expect(result.stderr.contains("refused the token (403"))
        #expect(!(result.stdout + result.stderr).contains("BadToken777"))
    }
}

/// Esc during a load, and a lost connection, on a real terminal: the browser keeps answering keys.
@Suite(.serialized, .postgres, .enabled(if: Tmux.executable != nil, "tmux is not installed"))
struct StoreTerminalTests {
    let url = TestStores.postgresURL ?? ""

    func start(_ arguments: String, environment: String = "") throws -> Tmux {
        let tmux = try Tmux(path: #require(Tmux.executable))
        let binary = try #require(CLIRunner.binary).path
        let shell =
            "env -i PATH=/usr/bin:/bin HOME=/tmp TERM=xterm-256color TZ=UTC LANG=C.UTF-8 \(environment) PS1='SH$ ' bash --norc --noprofile -i"
        try tmux.run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "24", "-s", "t", shell])
        try tmux.run(["set", "-g", "escape-time", "0"])
        _ = try tmux.waitFor("SH$")
        try tmux.type("'\(binary)' \(arguments)")
        try tmux.keys("Enter")
        return tmux
    }

    @Test func escCancelsAPageLoadBlockedInTheServerAndTheBrowserStaysUsable() throws {
        let tmux = try start("'\(url)' --table vcons_many 2>/dev/null")
        defer { tmux.kill() }
        _ = try tmux.waitFor("200 of")
        let holder = try PostgresLockHolder(url: url, table: "vcons_many")
        defer { holder.release() }
        try tmux.keys("G")
        _ = try tmux.waitFor("loading…")
        let started = Date()
        try tmux.keys("Escape")
        let screen = try tmux.waitFor("cancelled")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(screen.contains("200 of"))
        try tmux.keys("g", "g")
        _ = try tmux.waitUntil("the selection back at the top") { $0.contains("▶ 2025-01-01 00:16:39Z") }
        holder.release()
        try tmux.keys("G")
        _ = try tmux.waitFor("400 of")
        try tmux.keys("Q")
    }

    @Test func aLostConnectionReconnectsWhenTheListScrolls() throws {
        let tagged = url + (url.contains("?") ? "&" : "?") + "application_name=vcb-lost-test"
        let tmux = try start("'\(tagged)' --table vcons_many 2>/dev/null")
        defer { tmux.kill() }
        _ = try tmux.waitFor("200 of")
        let killer = try PostgresLockHolder(
            url: url, sql: "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vcb-lost-test';")
        killer.release()
        try tmux.keys("G")
        let screen = try tmux.waitFor("400 of")
        #expect(!screen.contains("lost"))
        try tmux.keys("Enter")
        _ = try tmux.waitFor("Subject")
        try tmux.keys("Q")
    }
}
