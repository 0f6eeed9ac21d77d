import Foundation
import LadderTestSupport
import TermUI
import TestSupport
import Testing
import VConModel
import VConSIP

@testable import BrowserCore

/// The ladder view: opening it, its keys, the message panel, history; on the SIP draft example and the
/// demo's SIP call (`Tests/Fixtures/Demo/vcons/03-sip-call.vcon.json`).
@Suite struct LadderPaneTests {
    static let draft = "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json"

    static func draftFile() throws -> LoadedFile {
        let text = try String(contentsOf: Corpus.url(draft), encoding: .utf8)
        return try loadFixture(text, source: "full_sip_trace_stir_shaken.vcon.json")
    }

    static func demoCall() throws -> LoadedFile {
        let url = PackagePaths.url("Tests/Fixtures/Demo/vcons/03-sip-call.vcon.json")
        return try loadFixture(try String(contentsOf: url, encoding: .utf8), source: "03-sip-call.vcon.json")
    }

    /// The label of the selected row's message.
    static func selectedLabel(_ state: AppState) -> String? {
        guard let pane = state.ladder, let row = pane.view.selectedRow, let index = pane.message(ofRow: row) else {
            return nil
        }
        return pane.layout.messages[index].label
    }

    @Test(.corpus) func openingWithLFromTheSummaryShowsTheFirstSignalingDialog() throws {
        let (state, _) = try state(keys: "L", file: try Self.draftFile())
        let pane = try #require(state.ladder)
        #expect(pane.dialog == 0)
        #expect(pane.layout.messages.count == 7)
        #expect(Self.selectedLabel(state) == "INVITE (SDP)")
        #expect(state.focusedPointer == "/attachments/0/body/messages/0")
        let text = screen(state).plainText
        #expect(text.contains("│ L Ladder"))
        #expect(text.contains("│── INVITE (SDP) ──▶│"))
        #expect(text.contains("│◀── 100 Trying ────│"))
        #expect(text.contains("Enter message"))
    }

    /// The contact-center role is in the lane header beside the party's name (cc-extension-02 §3.1.1).
    @Test func laneHeadersCarryTheContactCenterRole() throws {
        let url = PackagePaths.url("Tests/Fixtures/Demo/vcons/03-sip-call.vcon.json")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: #""name": "Bob Okafor""#, with: #""name": "Bob Okafor", "role": "agent""#)
        #expect(text.contains(#""role": "agent""#))
        let (state, _) = try state(keys: "L", width: 200, height: 60, file: try loadFixture(text, source: "cc.vcon.json"))
        let header = try #require(state.ladder).layout.lanes.map(\.title)
        #expect(header.contains("[1] Bob Okafor (agent)"))
        #expect(screen(state).plainText.contains("[1] Bob Okafor (agent)"))
    }

    @Test(.corpus) func markShowsTheTimeSinceItAndSpaceOnASecondMessageDiffsTheHeaders() throws {
        var (state, _) = try state(keys: "Ljjj<Space>jjj", file: try Self.draftFile())
        var pane = try #require(state.ladder)
        #expect(pane.view.markedRow == 3)
        #expect(pane.view.selectedRow == 6)
        #expect(Self.selectedLabel(state) == "BYE")
        // The BYE row's delta column shows the time since the marked 200 OK, not since the ACK.
        let bye = try #require(screen(state).plainText.split(separator: "\n").first { $0.contains("── BYE ──") })
        #expect(bye.contains("▶ 14:35:17.700   +5m12.5s"))
        _ = state.handle(.key(.char(" ")))
        pane = try #require(state.ladder)
        #expect(pane.panel == .diff(3, 6))
        #expect(pane.view.markedRow == 3)
        let lines = pane.panelLines.map(\.text.plainText)
        #expect(lines.first == "Diff  #3 200 OK  →  #5 BYE")
        // The draft's trace gives the 200 OK two headers and the BYE none.
        #expect(lines.contains { $0.hasPrefix("~ start ") && $0.hasSuffix("SIP/2.0 200 OK") })
        #expect(lines.contains { $0.hasSuffix("→ BYE SIP/2.0") })
        #expect(lines.contains { $0.hasPrefix("- To ") && $0.hasSuffix("<sip:bob@biloxi.example.com>;tag=a6c85cf") })
        // Space on the mark clears it and the panel falls back to the message.
        _ = state.handle(script: try KeyScript.parse("kkk "))
        #expect(state.ladder?.view.markedRow == nil)
        #expect(state.ladder?.panel == .message(3))
    }

    @Test(.corpus) func enterShowsTheMessageUnderTheLadderWhenNarrowAndBesideWhenWide() throws {
        var (state, _) = try state(keys: "L<Enter>", file: try Self.draftFile())
        var areas = state.ladderLayout
        #expect(state.ladder?.panel == .message(0))
        #expect(areas.panel.y > areas.ladder.maxY - 1)
        var text = screen(state).plainText
        #expect(text.contains("│ #0 INVITE (SDP)"))
        #expect(
            state.ladder?.panelLines.contains { $0.text.plainText.hasPrefix("▸ SDP  9 lines: audio 49170 RTP/AVP PCMU,PCMA,opus") } == true)
        #expect(!text.contains("m=audio"))
        _ = state.handle(.key(.char("l")))
        #expect(state.ladder?.sdpUnfolded == true)
        #expect(state.ladder?.panelLines.contains { $0.text.plainText.contains("m=audio 49170 RTP/AVP 0") } == true)
        _ = state.handle(.resize(width: 200, height: 60))
        areas = state.ladderLayout
        #expect(areas.panel.x > areas.ladder.maxX - 1)
        #expect(areas.panel.y == areas.ladder.y)
        text = screen(state).plainText
        #expect(text.contains("m=audio 49170 RTP/AVP 0"))
        // h folds the SDP, h again closes the panel; the ladder gets the whole box back.
        _ = state.handle(script: try KeyScript.parse("hh"))
        #expect(state.ladder?.panel == LadderPane.Panel.none)
        #expect(state.ladderLayout.ladder.width == 198)
        // Moving with the panel open shows the new message.
        _ = state.handle(script: try KeyScript.parse("<Enter>jj"))
        #expect(state.ladder?.panel == .message(2))
        #expect(screen(state).plainText.contains("SIP/2.0 180 Ringing"))
    }

    @Test func bracesJumpBetweenErrors() throws {
        var (state, _) = try state(keys: ":ladder 1<Enter>", file: try Self.demoCall())
        #expect(state.ladder?.dialog == 1)
        #expect(Self.selectedLabel(state) == "INVITE (SDP)")
        _ = state.handle(.key(.char("}")))
        #expect(Self.selectedLabel(state) == "486 Busy Here")
        _ = state.handle(.key(.char("}")))
        #expect(Self.selectedLabel(state) == "486 Busy Here")
        #expect(state.message == "no later error (4xx-6xx)")
        _ = state.handle(script: try KeyScript.parse("G{"))
        #expect(Self.selectedLabel(state) == "486 Busy Here")
    }

    @Test func rCollapsesRetransmissionsAndKeepsTheSelectionOnTheOriginal() throws {
        var (state, _) = try state(keys: "Ljjjj", file: try Self.demoCall())
        #expect(state.ladder?.geometry.visibleRows.count == 10)
        #expect(state.ladder?.layout.messages[4].retransmissionOf == 3)
        #expect(state.ladder?.view.selectedRow == 4)
        _ = state.handle(.key(.char("r")))
        #expect(state.ladderSettings.collapse)
        #expect(state.ladder?.geometry.visibleRows.count == 9)
        #expect(state.ladder?.view.selectedRow == 3)
        #expect(screen(state).plainText.contains("│◀─ 200 OK (SDP) ×2 ───│"))
        #expect(screen(state).plainText.contains("retransmissions collapsed"))
    }

    @Test func enterOnASIPAttachmentOpensItsDialogAtItsMessage() throws {
        var (state, _) = try state(keys: "5jjjj", file: try Self.demoCall())
        #expect(state.selectedItem == 4)
        _ = state.handle(.key(KeyPress(.enter)))
        #expect(state.ladder?.dialog == 1)
        #expect(state.focusedPointer?.hasPrefix("/attachments/4") == true)
        // Enter on an attachment that is not signaling still opens the detail.
        (state, _) = try LadderPaneTests.stateAt(keys: "5jj<Enter>", file: try Self.demoCall())
        #expect(state.ladder == nil)
        #expect(state.focus == .detail)
    }

    static func stateAt(keys: String, file: LoadedFile, width: Int = 80, height: Int = 24) throws -> (AppState, [Effect]) {
        try state(keys: keys, width: width, height: height, file: file)
    }

    @Test func lFromTheDialogPaneOpensTheFocusedDialog() throws {
        let (state, _) = try state(keys: "3jL", file: try Self.demoCall())
        #expect(state.ladder?.dialog == 1)
        #expect(state.ladder?.layout.lanes.map(\.title) == ["[1] Bob Okafor", "[2] Carol Nguyen"])
    }

    @Test func historyEntersAndLeavesTheLadder() throws {
        var (state, _) = try state(keys: "Ljj", file: try Self.demoCall())
        _ = state.handle(.key(.char("[")))
        #expect(state.ladder == nil)
        #expect(state.pane == .summary)
        _ = state.handle(.key(.char("]")))
        #expect(state.ladder?.view.selectedRow == 2)
        // Esc first closes the panel, then leaves the ladder.
        _ = state.handle(script: try KeyScript.parse("<Enter><Esc>"))
        #expect(state.ladder?.panel == LadderPane.Panel.none)
        _ = state.handle(.key(KeyPress(.escape)))
        #expect(state.ladder == nil)
        #expect(state.pane == .summary)
        // Tab leaves for the next pane, and [ comes back.
        _ = state.handle(script: try KeyScript.parse("L<Tab>"))
        #expect(state.ladder == nil)
        #expect(state.pane == .parties)
        _ = state.handle(.key(.char("[")))
        #expect(state.ladder != nil)
    }

    @Test func theSummaryMentionsTheLadderAndEnterOpensIt() throws {
        var (state, _) = try state(keys: "", file: try Self.demoCall())
        let line = try #require(state.detail.lines.firstIndex { $0.text.plainText.hasPrefix("Signaling") })
        #expect(state.detail.lines[line].text.plainText == "Signaling   → SIP ladder of dialog 0, 1  (L)")
        _ = state.handle(script: try KeyScript.parse(":\(line + 1)<Enter><Enter>"))
        #expect(state.ladder?.dialog == 0)
        _ = state.handle(.key(.char("q")))
        #expect(state.ladder == nil)
        #expect(state.detail.cursor == line)
    }

    @Test func withoutSignalingLSaysSo() throws {
        let (plain, _) = try state(keys: "L")
        #expect(plain.ladder == nil)
        #expect(plain.message?.hasPrefix("no SIP signaling") == true)
        let (other, _) = try state(keys: "r")
        #expect(other.message == "only in the ladder (L opens it)")
    }

    @Test func colonNumberSelectsAMessage() throws {
        let (state, _) = try state(keys: "L:5<Enter>", file: try Self.demoCall())
        #expect(Self.selectedLabel(state) == "ACK")
    }

    /// Eight parties do not fit 80 columns: `L`/`H` scroll lanes and the gutter stays.
    @Test func capitalHAndLScrollLanesWithTheGutterPinned() throws {
        typealias V = VConText
        let names = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi"]
        let parties = names.map { V.party([("name", $0), ("sip", "\($0.lowercased())@example.com")]) }
        let entries = (0..<7).map { n in
            V.entry(
                Double(n), party: n, "MESSAGE",
                V.ids(
                    "c1", "\(n + 1) MESSAGE", branch: "z9hG4bK\(n)",
                    to: "<sip:" + names[n + 1].lowercased() + "@example.com>"))
        }
        let text = V.vcon(
            parties: parties, dialog: [V.dialog(parties: Array(0..<8), duration: 10)],
            attachments: [V.trace(entries)])
        var (state, _) = try state(keys: "L", file: try loadFixture(text))
        let pane = try #require(state.ladder)
        #expect(pane.geometry.maxLaneScroll > 0)
        var rows = screen(state).plainText.split(separator: "\n").map(String.init)
        #expect(rows[3].contains("[0] Alice"))
        _ = state.handle(.key(.char("L")))
        #expect(state.ladder?.view.laneScroll == 1)
        rows = screen(state).plainText.split(separator: "\n").map(String.init)
        #expect(!rows[3].contains("[0] Alice"))
        #expect(rows[3].contains("[1] Bob"))
        #expect(rows[6].contains("14:30:00.000"))
        _ = state.handle(script: try KeyScript.parse("HH"))
        #expect(state.ladder?.view.laneScroll == 0)
    }

    @Test func cColoursArrowsByClassUnlessMonochrome() throws {
        var (state, _) = try state(keys: "Lc", file: try Self.demoCall())
        #expect(state.ladderSettings.colour == .messageClass)
        let buffer = screen(state)
        let y = 6
        #expect(buffer.rowText(y).contains("INVITE"))
        let colours = Set((0..<buffer.width).map { buffer.style(x: $0, y: y).foreground })
        #expect(colours.contains(.blue))
        let trying = Set((0..<buffer.width).map { buffer.style(x: $0, y: 7).foreground })
        #expect(trying.contains(.cyan))
        let plain = BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: .monochrome)
        #expect(!(0..<plain.width).contains { plain.style(x: $0, y: y).foreground != .default })
        _ = state.handle(script: try KeyScript.parse("ccc"))
        #expect(state.ladderSettings.colour == LadderColouring.none)
    }

    @Test func asciiLadderHasNoUnicode() throws {
        let (state, _) = try state(keys: "L<Enter>", file: try Self.demoCall(), glyphs: .ascii)
        let text = screen(state).plainText
        #expect(!text.unicodeScalars.contains { $0.value > 0x7E })
        #expect(text.contains("|---- INVITE (SDP) --->|"))
    }

    /// Whole screens at 80×24 and 200×60 (re-record with `VCON_RECORD=1`).
    @Test(.corpus, arguments: [(80, 24), (200, 60)])
    func snapshots(width: Int, height: Int) throws {
        let scripts: [(name: String, demo: Bool, keys: String)] = [
            ("ladder-draft-mark", false, "Ljjj<Space>jjj"), ("ladder-draft-message", false, "L<Enter>l"),
            ("ladder-demo-diff", true, "L<Space>jjj<Space>"), ("ladder-demo-error", true, ":ladder 1<Enter>}<Enter>"),
        ]
        for script in scripts {
            let file = try script.demo ? Self.demoCall() : Self.draftFile()
            let (state, _) = try state(keys: script.keys, width: width, height: height, file: file)
            expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/\(script.name)-\(width)x\(height)")
        }
    }
}

/// The header diff on its own: matched by canonical name, case-insensitively, in the first message's order.
@Suite struct SIPHeaderDiffTests {
    @Test func sameChangedAndOneSided() {
        let a = SIPMessage.parse(
            "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\n"
                + "i: call-1\r\nCSeq: 1 INVITE\r\nSubject: hi\r\n\r\n")
        let b = SIPMessage.parse(
            "SIP/2.0 200 OK\r\nvia: SIP/2.0/UDP a;branch=z9hG4bK1\r\nCall-ID: call-1\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:bob@192.0.2.1>\r\n\r\n")
        let diff = SIPHeaderDiff(a, b)
        #expect(diff.startLine == .changed("INVITE sip:bob@example.com SIP/2.0", "SIP/2.0 200 OK"))
        #expect(
            diff.entries == [
                .init(name: "Via", change: .same("SIP/2.0/UDP a;branch=z9hG4bK1")),
                .init(name: "Call-ID", change: .same("call-1")),
                .init(name: "CSeq", change: .same("1 INVITE")),
                .init(name: "Subject", change: .onlyFirst("hi")),
                .init(name: "Contact", change: .onlySecond("<sip:bob@192.0.2.1>")),
            ])
    }
}
