import Foundation
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// The Links pane over corpus files: the tree both ways, statuses, cycles, Enter with history, `d` diffs.
@Suite struct LinksPaneTests {
    typealias F = LinksSecurityFixtures

    func redactionPair() throws -> BrowserSession {
        F.session([try F.corpusFile(F.redacted), try F.corpusFile(F.original)])
    }

    @Test(.corpus) func redactedLinksToItsOriginalAndEnterOpensItWithHistory() throws {
        var state = try F.state(try redactionPair(), keys: "<Enter>6")
        #expect(state.document == 0)
        #expect(state.rowTexts.first == "Links to (1)")
        #expect(state.rowTexts[1].hasPrefix("└─ redacted → here [-] "))
        #expect(state.rowTexts.last == "Linked from: nothing")
        _ = state.handle(script: try KeyScript.parse("j"))
        #expect(state.detailTexts.contains { $0.hasPrefix("kind        redacted: this is a redacted version of it") })
        #expect(state.detailTexts.contains { $0.contains("d compares this version with it") })
        _ = state.handle(script: try KeyScript.parse("<Enter>"))
        #expect(state.document == 1)
        #expect(state.history.count == 2)
        // From the original, the redacted version links here.
        _ = state.handle(script: try KeyScript.parse("6"))
        #expect(state.rowTexts.first == "Links to: nothing")
        #expect(state.rowTexts.contains { $0.hasPrefix("└─ redacted ← here [-] ") })
        _ = state.handle(script: try KeyScript.parse("["))
        #expect(state.document == 0)
        #expect(state.pane == .links)
    }

    @Test(.corpus) func diffOverlayShowsTheSemanticDiffAndTogglesTheLineDiff() throws {
        var state = try F.state(try redactionPair(), keys: "<Enter>6jd")
        guard case .diff(let view)? = state.overlay else {
            Issue.record("no diff overlay: \(state.message ?? "")")
            return
        }
        #expect(view.before == 1 && view.after == 0 && view.kind == "redacted")
        #expect(view.semantic.contains { $0.kind == .summary })
        #expect(view.semantic.contains { $0.text.hasPrefix("~ /uuid") && $0.kind == .changed })
        #expect(view.semantic.contains { $0.text.hasPrefix("+ /redacted") && $0.kind == .added })
        _ = state.handle(script: try KeyScript.parse("l"))
        guard case .diff(let lines)? = state.overlay else { return }
        #expect(lines.showingLines)
        #expect(lines.shown.contains { $0.kind == .hunk && $0.text.hasPrefix("@@ -") })
        #expect(BrowserScreen.hints(state).map(\.label).contains("semantic diff"))
        _ = state.handle(script: try KeyScript.parse("jjq"))
        #expect(state.overlay == nil)
        // From another pane, d takes the vCon's first version link.
        _ = state.handle(script: try KeyScript.parse("1d"))
        guard case .diff(let again)? = state.overlay else {
            Issue.record("d from Summary did not diff")
            return
        }
        #expect(again.before == 1)
    }

    @Test(.corpus) func amendedChainIsFollowedTransitively() throws {
        let session = F.session(
            ["pyvcon_amended_v3_signed", "pyvcon_amended_v2", "pyvcon_amended_v1_signed"].map {
                try? F.corpusFile("python-vcon-generated/\($0).vcon.json")
            }.compactMap { $0 })
        let state = try F.state(session, keys: "<Enter>6")
        #expect(state.rowTexts[0] == "Links to (2)")
        #expect(state.rowTexts[1].hasPrefix("└─ amended → here "))
        #expect(state.rowTexts[2].hasPrefix("   └─ amended → here "))
        let v1 = try F.state(session, keys: "jj<Enter>6")
        #expect(v1.rowTexts.contains("Linked from (2)"))
        #expect(v1.rowTexts.contains { $0.hasPrefix("   └─ amended ← here ") })
    }

    @Test(.corpus) func missingTargetIsSaidPlainlyAndCannotBeDiffed() throws {
        var state = try F.state(
            F.session([try F.corpusFile("python-vcon-generated/pyvcon_amended_v2.vcon.json")]),
            keys: "6j")
        #expect(state.rowTexts[1] == "└─ amended → missing 01a1fd07-c951-8cf3-8caa-f24ab1a0c334")
        #expect(state.detailTexts.contains { $0.contains("no opened file has this uuid: open its file or bundle too") })
        _ = state.handle(script: try KeyScript.parse("d"))
        #expect(state.overlay == nil)
        #expect(state.message?.hasPrefix("cannot diff: the version it links to (01a1fd07-c951-8cf3") == true)
        #expect(state.message?.contains("is missing") == true)
    }

    @Test(.corpus) func groupMembersAreLinkedBothWaysButNotDiffed() throws {
        let session = F.session(
            ["pyvcon_group_parent", "pyvcon_group_child1", "pyvcon_group_child2"].compactMap {
                try? F.corpusFile("python-vcon-generated/\($0).vcon.json")
            })
        var parent = try F.state(session, keys: "<Enter>6")
        #expect(parent.rowTexts[0] == "Links to (2)")
        #expect(parent.rowTexts[1].hasPrefix("├─ group → here [-] "))
        #expect(parent.rowTexts[2].hasPrefix("└─ group → here [-] "))
        _ = parent.handle(script: try KeyScript.parse("jd"))
        #expect(parent.message?.contains("group members are separate conversations") == true)
        let child = try F.state(session, keys: "j<Enter>6")
        #expect(child.rowTexts.contains { $0.hasPrefix("└─ group ← here [-] ") })
    }

    @Test func cyclesAreMarkedAndNotFollowed() throws {
        let a = try F.file(
            """
            {"vcon":"0.4.0","uuid":"0000000a-0000-8000-8000-000000000000","created_at":"2024-01-01T00:00:00Z",
             "subject":"A","parties":[],"amended":{"uuid":"0000000b-0000-8000-8000-000000000000"}}
            """, source: "a.vcon.json")
        let b = try F.file(
            """
            {"vcon":"0.4.0","uuid":"0000000b-0000-8000-8000-000000000000","created_at":"2024-01-01T00:00:00Z",
             "subject":"B","parties":[],"amended":{"uuid":"0000000a-0000-8000-8000-000000000000"}}
            """, source: "b.vcon.json")
        var state = try F.state(F.session([a, b]), keys: "<Enter>6")
        #expect(state.rowTexts[1] == "└─ amended → here [-] B")
        #expect(state.rowTexts[2] == "   └─ amended → cycle A (already above)")
        _ = state.handle(script: try KeyScript.parse("jj<Enter>"))
        #expect(state.document == 0, "Enter on a cycle row does not open anything")
    }

    @Test(.corpus) func encryptedTargetWithoutKeyIsSaidPlainly() throws {
        let encrypted = try F.corpusFile(F.encryptedSpec)
        let redacted = try F.file(
            """
            {"vcon":"0.4.0","uuid":"0000000c-0000-8000-8000-000000000000","created_at":"2024-01-01T00:00:00Z",
             "subject":"Redacted call","parties":[],"redacted":{"uuid":"0199e054-ed10-8035-b9a2-279e0d16bc46"}}
            """, source: "redacted.vcon.json")
        var state = try F.state(F.session([redacted, encrypted], crypto: .trusted), keys: "<Enter>6j")
        #expect(state.rowTexts[1].hasPrefix("└─ redacted → encrypted [E] "))
        #expect(state.detailTexts.contains { $0.contains("encrypted: no key opened it (pass --key FILE, or :key FILE here)") })
        _ = state.handle(script: try KeyScript.parse("d"))
        #expect(state.message == "cannot diff: the version it links to is encrypted and no key opens it (pass --key FILE, or :key FILE)")
    }

    @Test(.corpus, arguments: [(80, 24), (200, 60)])
    func snapshots(width: Int, height: Int) throws {
        let tree = try F.state(try redactionPair(), keys: "<Enter>6j", width: width, height: height)
        expectSnapshot(screen(tree).plainText, named: "BrowserCoreTests/links-redaction-\(width)x\(height)")
        let diff = try F.state(try redactionPair(), keys: "<Enter>6jd", width: width, height: height)
        expectSnapshot(screen(diff).plainText, named: "BrowserCoreTests/links-diff-\(width)x\(height)")
        let lines = try F.state(try redactionPair(), keys: "<Enter>6jdl", width: width, height: height)
        expectSnapshot(screen(lines).plainText, named: "BrowserCoreTests/links-linediff-\(width)x\(height)")
        let ascii = try F.state(try redactionPair(), keys: "<Enter>6j", width: width, height: height, glyphs: .ascii)
        let text = screen(ascii).plainText
        #expect(!text.unicodeScalars.contains { $0.value > 0x7E })
        #expect(text.contains("`- redacted > here [-] Original with PII"))
    }
}
