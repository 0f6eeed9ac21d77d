import BrowserCore
import Foundation
import TermUI
import TestSupport
import Testing

@testable import vcon_browser

/// The Links and Security panes over the built-in demo, opened as the browser opens it (`BrowserSecurity`):
/// real OpenSSL verdicts, bundle `files/` hashes, STIR, decrypted layers and `:key`.
@Suite struct DemoPanesTests {
    let session: BrowserSession

    init() throws {
        let recipe = BrowserSecurity.Recipe(
            origin: .demo, trustPaths: [], keyPaths: [], x5uFiles: [:], filesDirectory: nil,
            ascii: false, now: BuiltInDemoTests.now)
        session = try BrowserSecurity.session(recipe).0
    }

    /// The state after opening list row `row` and typing `keys`, with the work they asked for carried out.
    func state(row: Int, _ keys: String, glyphs: Glyphs = .unicode) throws -> AppState {
        var state = AppState(session: session, size: TerminalSize(width: 200, height: 60), glyphs: glyphs)
        BrowserApp.settle(&state, state.handle(script: try KeyScript.parse(":\(row + 1)<Enter><Enter>" + keys)))
        return state
    }

    func rows(_ state: AppState) -> [String] { state.items.map(\.row.plainText) }

    @Test func securityVerdictsOfTheSignedMembers() throws {
        #expect(rows(try state(row: 3, "7"))[0] == "✔ Authentic — signed by CN=signer.demo.vcon-browser.example")
        #expect(rows(try state(row: 5, "7"))[1].hasPrefix("jws     ✖ Invalid signature — signature does not match"))
        #expect(rows(try state(row: 5, "7", glyphs: .ascii))[0].hasPrefix("[S!] signature does not match"))
        #expect(rows(try state(row: 6, "7"))[0].hasPrefix("? Unverified — signature valid"))
        #expect(rows(try state(row: 9, "7"))[0] == "🔒 Encrypted — pass --key")
        #expect(rows(try state(row: 8, "7"))[0] == "⚠ Encrypted, not signed")
    }

    /// One row per vCon (issue 12.4): an encrypted member the demo key opens is one row with the verdicts of every
    /// layer it came through; no sealed "(not readable)" shell beside it, and no shell carrying [S] or "Authentic".
    @Test func anOpenedEncryptedMemberIsOneRowWithTheVerdictsOfItsLayers() throws {
        let list = AppState(session: session, size: TerminalSize(width: 200, height: 60)).libraryRows.map(\.plainText)
        // Columns are fitted to the widest badge, so match the badge and the subject, not the spacing.
        #expect(list.count == 23)
        #expect(list[7].contains("[S] ") && list[7].contains("Encrypted, then opened with the b"))
        #expect(list[8].contains("[E!] ") && list[8].contains("Encrypted but not signed"))
        let unreadable = list.filter { $0.contains("(not readable)") }
        #expect(unreadable.count == 1)
        #expect(unreadable.allSatisfy { $0.contains("[E] ") && !$0.contains("[S]") })
        let security = rows(try state(row: 7, "7"))
        #expect(security[0].hasPrefix("✔ Authentic — signed by"))
        #expect(security[1].hasPrefix("jwe     🔓 Decrypted — "))
        #expect(security[2].hasPrefix("jws     ✔ Authentic — "))
        let locked = try state(row: 9, "7")
        #expect(rows(locked)[0] == "🔒 Encrypted — pass --key")
        #expect(!rows(locked).contains { $0.contains("Authentic") })
    }

    @Test func hashesAgainstTheBundleFilesAndStir() throws {
        let support = try state(row: 1, "7")
        #expect(rows(support).contains("hashes  3 ✔  "))
        let sip = try state(row: 2, "7")
        #expect(rows(sip).contains("stir    [0] Alice Moreno ✔ verified, report agrees"))
        #expect(rows(sip).contains("stir    [2] Carol Nguyen ✖ invalid, 1 report disagrees"))
    }

    @Test func groupAmendedChainAndMissingLink() throws {
        let group = rows(try state(row: 12, "6"))
        #expect(group[0] == "Links to (3)")
        #expect(group[3].hasPrefix("└─ group → inline [-] Incident review, part 3"))
        let amended = rows(try state(row: 17, "6"))
        #expect(amended[2].hasPrefix("   └─ amended → here [-] Insurance claim call, version 1 of 3"))
        let old = rows(try state(row: 10, "6"))
        #expect(old[1] == "└─ appended → missing deffc9cc-4c9c-808c-adc8-179458c79d5e")
    }

    @Test func keyThatDoesNotExistIsSaid() throws {
        var state = try state(row: 9, "7")
        let effects = state.handle(script: try KeyScript.parse(":key /nonexistent/demo.pem<Enter>"))
        BrowserApp.settle(&state, effects)
        #expect(state.message == ":key /nonexistent/demo.pem: no such file")
        #expect(rows(state)[0] == "🔒 Encrypted — pass --key")
    }

    @Test(.corpus) func keyOpensAnEncryptedCorpusFileAndEveryPaneIsJudgedAgain() throws {
        let file = Corpus.path("python-vcon-generated/pyvcon_encrypted.vcon.json")
        let recipe = BrowserSecurity.Recipe(
            origin: .paths([file]), trustPaths: [], keyPaths: [], x5uFiles: [:],
            filesDirectory: nil, ascii: false, now: BuiltInDemoTests.now)
        var state = AppState(session: try BrowserSecurity.session(recipe).0, size: TerminalSize(width: 120, height: 40))
        _ = state.handle(script: try KeyScript.parse("7"))
        #expect(rows(state)[0] == "🔒 Encrypted — pass --key")
        let effects = state.handle(script: try KeyScript.parse(":key \(file).decrypt-key.pem<Enter>"))
        BrowserApp.settle(&state, effects)
        #expect(state.message?.hasPrefix("key pyvcon_encrypted.vcon.json.decrypt-key.pem added, every vCon judged again") == true)
        #expect(state.pane == .security)
        #expect(rows(state)[1].hasPrefix("jwe     🔓 Decrypted — "))
        // Updated in place (issue 12.4): still one vCon, now readable in every pane without leaving it.
        #expect(state.session.documents.count == 1)
        #expect(state.currentDocument?.vcon != nil)
        _ = state.handle(script: try KeyScript.parse("1"))
        #expect(!rows(state).contains { $0.contains("not readable") })
        _ = state.handle(script: try KeyScript.parse("q"))
        #expect(!state.libraryRows.contains { $0.plainText.contains("(not readable)") })
    }
}
