import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// Issue 12 item 19: grammar, blank names, labels, ASCII legends, messages.
@Suite struct SmallFixesTests {
    @Test func countsAgreeWithTheirNouns() throws {
        #expect(Counted.text(1, "finding") == "1 finding")
        #expect(Counted.text(0, "error") == "0 errors")
        #expect(Counted.text(2, "match", plural: "matches") == "2 matches")
        let one = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "parties": [{"name": "A"}],
             "dialog": [{"type": "text", "parties": [0, 7], "body": "x", "encoding": "none"}]}
            """
        let (state, _) = try state(keys: "", file: try loadFixture(one))
        let findings = try #require(state.currentDocument?.findings)
        let header = screen(state).plainText.split(separator: "\n")[0]
        #expect(header.contains("\(findings.count) finding" + (findings.count == 1 ? " " : "s")))
        #expect(!screen(state).plainText.contains("1 errors"))
        #expect(!screen(state).plainText.contains("1 warnings"))
    }

    @Test func blankNamesAndIdentifiersAreNotLabels() throws {
        let text = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46",
             "parties": [{"name": "", "tel": "+1 555 0100"}, {"name": "Kenneth", "tel": "", "mailto": "k@example.com"},
                         {"name": " ", "tel": ""}, {"name": "+1 555 0199", "tel": "+1 555 0199"}]}
            """
        let (state, _) = try state(keys: "2", file: try loadFixture(text))
        let rows = state.itemRows.map(\.plainText)
        #expect(rows[0].hasPrefix("[0] +1 555 0100"))
        #expect(rows[1].hasPrefix("[1] Kenneth (k@example.com)"))
        #expect(rows[2].hasPrefix("[2] party 2"))
        #expect(rows[3] == "[3] +1 555 0199")
        for row in rows { #expect(!row.contains("()") && !row.contains("]  ("), "\(row)") }
    }
}
