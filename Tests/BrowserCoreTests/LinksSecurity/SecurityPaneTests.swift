import Foundation
import TermUI
import TestSupport
import Testing

@testable import BrowserCore
@testable import VConModel

/// The Security pane over the spec's signed and encrypted examples, judged by fake crypto; hashes and STIR
/// from a fake checker; `:trust` / `:key` through the checker's `rejudge`.
@Suite struct SecurityPaneTests {
    typealias F = LinksSecurityFixtures

    func signed(
        _ crypto: FakeJOSE, checker: (any SecurityChecking)? = FakeChecker(), glyphs: Glyphs = .unicode,
        keys: String = "7"
    ) throws -> AppState {
        try F.state(
            F.session([try F.corpusFile(F.signedSpec)], crypto: crypto, checker: checker, ascii: glyphs.isASCII),
            keys: keys, glyphs: glyphs)
    }

    @Test(.corpus) func badgesFollowTheUXTable() throws {
        let cases: [(FakeJOSE, String, String)] = [
            (.trusted, "✔ Authentic — signed by CN=grp.div.fakevcon.io", "[S] signed by CN=grp.div.fakevcon.io"),
            (.untrusted, "? Unverified — signature valid; chain signatures valid; chain rejected", "[s?] signature valid;"),
            (
                .invalid, "✖ Invalid signature — signature does not match the signed data",
                "[S!] signature does not match the signed data"
            ),
        ]
        for (crypto, unicode, ascii) in cases {
            let state = try signed(crypto)
            #expect(state.rowTexts[0].hasPrefix(unicode))
            #expect(state.rowTexts[1].hasPrefix("jws     " + unicode))
            #expect(screen(state).plainText.split(separator: "\n")[0].contains(" · " + String(unicode.prefix(12))))
            let plain = try signed(crypto, glyphs: .ascii)
            #expect(plain.rowTexts[0].hasPrefix(ascii))
        }
        let encrypted = try F.state(F.session([try F.corpusFile(F.encryptedSpec)], crypto: .trusted), keys: "7")
        #expect(encrypted.rowTexts[0] == "🔒 Encrypted — pass --key")
        #expect(encrypted.rowTexts[1] == "jwe     🔒 Encrypted — pass --key")
        _ = encrypted
        let asciiEncrypted = try F.state(
            F.session([try F.corpusFile(F.encryptedSpec)], crypto: .trusted, ascii: true),
            keys: "7", glyphs: .ascii)
        #expect(asciiEncrypted.rowTexts[0] == "[E] pass --key")
    }

    @Test(.corpus) func encryptedButNotSignedAndUnsigned() throws {
        let plain = Array(#"{"vcon":"0.4.0","uuid":"0199e054-ed10-8035-b9a2-279e0d16bc46","parties":[]}"#.utf8)
        var crypto = FakeJOSE.trusted
        crypto.decryption = .decrypted(plaintext: plain, key: "fake key", warnings: [])
        let state = try F.state(F.session([try F.corpusFile(F.encryptedSpec)], crypto: crypto), keys: "7")
        #expect(state.rowTexts[0] == "⚠ Encrypted, not signed")
        #expect(state.rowTexts[1] == "jwe     ⚠ Encrypted, not signed")
        #expect(state.rowTexts[2] == "vcon    · Unsigned")
        let ascii = try F.state(
            F.session([try F.corpusFile(F.encryptedSpec)], crypto: crypto, ascii: true), keys: "7",
            glyphs: .ascii)
        #expect(ascii.rowTexts[0] == "[E!] encrypted, not signed")
        // An unsigned vCon: the header shows one separator before the badge, not "· · Unsigned".
        let (unsigned, _) = try BrowserCoreTests.state(keys: "7")
        let header = screen(unsigned).plainText.split(separator: "\n")[0]
        #expect(header.contains("0.4.0 · Unsigned · 5 findings"))
        #expect(unsigned.rowTexts[0] == "· Unsigned")
    }

    @Test(.corpus) func chainDetailShowsValidityKeysLinksAndPath() throws {
        var state = try signed(.untrusted)
        let chainRow = try #require(state.rowTexts.firstIndex { $0.hasPrefix("chain") })
        #expect(state.rowTexts[chainRow] == "chain   3 certificates, rejected: invalid CA certificate")
        _ = state.handle(script: try KeyScript.parse(":\(chainRow + 1)<Enter>"))
        let detail = state.detailTexts
        #expect(detail.contains("[0] CN=grp.div.fakevcon.io"))
        #expect(detail.contains { $0.hasPrefix("valid       2022-06-03 23:46Z → 2032-06-03 18:26Z") && $0.hasSuffix("✔ valid now") })
        #expect(detail.contains("at signing  unknown: no iat header and no created_at"))
        #expect(detail.contains("key         RSA 2048-bit · X.509 v1 · no extensions (OpenSSL refuses v1 as a CA)"))
        #expect(detail.contains("key         RSA 4096-bit · X.509 v3 · CA · self-issued"))
        #expect(detail.contains("signature   ✔ signed by x5c[1] CN=div.fakevcon.io"))
        #expect(detail.contains("path        ✖ rejected by OpenSSL: invalid CA certificate at depth 1 (CN=div.fakevcon.io)"))
        #expect(detail.contains("why         v1 intermediate"))
        // Judged later than the leaf's notAfter, the same chain is expired now.
        var late = FakeChecker()
        late.now = Date(timeIntervalSince1970: 2_000_000_000)
        var expired = try signed(.untrusted, checker: late)
        _ = expired.handle(script: try KeyScript.parse(":\(chainRow + 1)<Enter>"))
        #expect(expired.detailTexts.contains { $0.hasSuffix("✖ expired now") })
    }

    @Test(.corpus) func headersAndUUIDCheck() throws {
        var state = try signed(.trusted)
        let headers = try #require(state.rowTexts.firstIndex { $0.hasPrefix("headers") })
        _ = state.handle(script: try KeyScript.parse(":\(headers + 1)<Enter>"))
        #expect(state.detailTexts.contains(" protected:"))
        #expect(state.detailTexts.contains { $0.hasPrefix("  alg       \"RS256\"") })
        let uuid = try #require(state.rowTexts.firstIndex { $0.hasPrefix("uuid") })
        #expect(state.rowTexts[uuid].hasPrefix("uuid    ✔ header = payload "))
        // A signature header naming another uuid is flagged.
        var session = F.session([try F.corpusFile(F.signedSpec)], crypto: .trusted, checker: FakeChecker())
        session.documents[0].envelope?.layers[0].signatures[0].uuid = "01928e10-0000-8000-8000-000000000000"
        let other = try F.state(session, keys: "7")
        #expect(other.rowTexts.contains("uuid    ✖ header and payload uuid differ"))
    }

    /// Hashing external files and checking STIR is work off the UI loop: pane 7 asks for it once as an effect, says
    /// "checking…" until the answer, then shows the checker's results.
    @Test(.corpus) func contentHashesAreCheckedAsAnEffect() throws {
        var checker = FakeChecker()
        checker.hashes = [
            HashCheck(
                pointer: "/dialog/0", url: "https://example.com/ab_call.mp3", algorithm: "sha512", expected: "sha512-AAAA",
                actual: "sha512-AAAA", status: .match, detail: "sha512 matches bundle.vconz!files/sha512-AAAA.mp3")
        ]
        let session = F.session([try F.corpusFile(F.signedSpec)], crypto: .trusted, checker: checker)
        var state = AppState(session: session, size: TerminalSize(width: 120, height: 40))
        let asked = state.handle(script: try KeyScript.parse("7jk"))
        #expect(asked == [.checkSecurity(0)])
        #expect(state.rowTexts.contains("hashes  checking…"))
        #expect(state.handle(script: try KeyScript.parse("j")) == [], "asked once while it runs")
        BrowserApp.settle(&state, asked)
        #expect(state.rowTexts.contains("hashes  1 ✔  "))
        #expect(state.handle(script: try KeyScript.parse("67")) == [], "checked once per member")
    }

    @Test(.corpus) func contentHashesFromTheChecker() throws {
        var checker = FakeChecker()
        checker.hashes = [
            HashCheck(
                pointer: "/dialog/0", url: "https://example.com/ab_call.mp3", algorithm: "sha512", expected: "sha512-AAAA",
                actual: "sha512-AAAA", status: .match, detail: "sha512 matches bundle.vconz!files/sha512-AAAA.mp3"),
            HashCheck(
                pointer: "/attachments/0", url: nil, algorithm: "sha512", expected: "sha512-BBBB", actual: "sha512-CCCC",
                status: .mismatch, detail: "sha512 mismatch for the inline body (12 bytes)"),
            HashCheck(
                pointer: "/analysis/0", url: "https://example.com/t.json", algorithm: "sha256", expected: "sha256-DDDD",
                actual: nil, status: .notAvailable, detail: "not available offline"),
        ]
        var state = try signed(.trusted, checker: checker)
        let row = try #require(state.rowTexts.firstIndex { $0.hasPrefix("hashes") })
        #expect(state.rowTexts[row] == "hashes  1 ✔  1 ✖  1 –  ")
        _ = state.handle(script: try KeyScript.parse(":\(row + 1)<Enter>"))
        let detail = state.detailTexts
        #expect(detail[0] == "Content hashes: 1 match, 1 mismatch, 1 not available offline")
        #expect(detail.contains("✔ .dialog[0]       sha512 matches bundle.vconz!files/sha512-AAAA.mp3"))
        #expect(detail.contains("    expected sha512-BBBB"))
        #expect(detail.contains("    actual  sha512-CCCC"))
        #expect(detail.contains("– .analysis[0]     not available offline"))
        // Enter on a hash line goes to the item.
        _ = state.handle(script: try KeyScript.parse("lj<Enter>"))
        #expect(state.pane == .dialog)
        let ascii = try signed(.trusted, checker: checker, glyphs: .ascii)
        #expect(ascii.rowTexts.contains("hashes  1 ok  1 X  1 -  "))
    }

    @Test(.corpus) func stirPassportsWithReports() throws {
        var checker = FakeChecker()
        checker.stirChecks = [
            StirCheck(
                party: 0, pointer: "/parties/0/stir",
                header: [HeaderEntry(name: "alg", value: "\"ES256\"", placement: .protected)],
                claims: [
                    HeaderEntry(name: "attest", value: "\"A\"", placement: .protected),
                    HeaderEntry(name: "iat", value: "1772548205", placement: .protected),
                ],
                verdict: .invalid, reason: "invalid signature: tampered", chain: nil,
                certificateSource: "stir-certificate attachment /attachments/1",
                reports: [
                    StirReportComparison(
                        pointer: "/attachments/2", verifier: "gw", result: "verified", attestation: "A",
                        disagreement: "it says \"verified\", but the PASSporT signature does not verify here")
                ],
                notes: [])
        ]
        var state = try signed(.trusted, checker: checker)
        let row = try #require(state.rowTexts.firstIndex { $0.hasPrefix("stir") })
        #expect(state.rowTexts[row].hasSuffix("✖ invalid, 1 report disagrees"))
        _ = state.handle(script: try KeyScript.parse(":\(row + 1)<Enter>"))
        let detail = state.detailTexts
        #expect(detail.contains("checked by  stir-certificate attachment /attachments/1"))
        #expect(detail.contains("  iat       1772548205  (2026-03-03 14:30Z)"))
        #expect(detail.contains("  orig      (missing)"))
        #expect(detail.contains { $0.hasPrefix("  check     ✖ disagrees: it says \"verified\"") })
    }

    @Test(.corpus) func trustAndKeyRejudgeAndRefreshEveryPane() throws {
        let untrusted = F.session([try F.corpusFile(F.signedSpec)], crypto: .untrusted)
        var checker = FakeChecker()
        checker.next = F.session([try F.corpusFile(F.signedSpec)], crypto: .trusted)
        var session = untrusted
        session.checker = checker
        var state = try F.state(session, keys: "7")
        #expect(state.rowTexts[0].hasPrefix("? Unverified"))
        let asked = state.handle(script: try KeyScript.parse(":trust /tmp/root.pem<Enter>"))
        #expect(asked == [.rejudge(.trust("/tmp/root.pem"))])
        BrowserApp.settle(&state, asked)
        #expect(state.message == "trust anchor root.pem added, every vCon judged again: 1 verdict changed")
        #expect(state.pane == .security)
        #expect(state.rowTexts[0].hasPrefix("✔ Authentic"))
        #expect(screen(state).plainText.contains("· ✔ Authentic — signed by CN=grp.div.fakevcon.io"))
        // Errors are said, and nothing changes.
        var failing = try F.state(
            F.session([try F.corpusFile(F.signedSpec)], crypto: .untrusted, checker: FakeChecker()),
            keys: "7")
        let failed = failing.handle(script: try KeyScript.parse(":key notes.txt<Enter>"))
        BrowserApp.settle(&failing, failed)
        #expect(failing.message == ":key notes.txt: no PEM certificate in it")
        _ = failing.handle(script: try KeyScript.parse(":trust<Enter>"))
        #expect(failing.message == ":trust needs a file: :trust FILE")
        let (plain, _) = try BrowserCoreTests.state(keys: ":key k.pem<Enter>")
        #expect(plain.message == ":key is not available here (this session cannot judge envelopes)")
    }

    @Test(.corpus, arguments: [(80, 24), (200, 60)])
    func snapshots(width: Int, height: Int) throws {
        for (name, crypto) in [("trusted", FakeJOSE.trusted), ("invalid", .invalid)] {
            let state = try F.state(
                F.session([try F.corpusFile(F.signedSpec)], crypto: crypto, checker: FakeChecker()),
                keys: "7", width: width, height: height)
            expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/security-\(name)-\(width)x\(height)")
        }
        let chain = try F.state(
            F.session([try F.corpusFile(F.signedSpec)], crypto: .untrusted, checker: FakeChecker()),
            keys: "7jjj", width: width, height: height)
        expectSnapshot(screen(chain).plainText, named: "BrowserCoreTests/security-chain-\(width)x\(height)")
        let ascii = try F.state(
            F.session([try F.corpusFile(F.encryptedSpec)], crypto: .trusted, ascii: true), keys: "7",
            width: width, height: height, glyphs: .ascii)
        expectSnapshot(screen(ascii).plainText, named: "BrowserCoreTests/security-encrypted-ascii-\(width)x\(height)")
    }
}
