import TermUI
import TestSupport
import Testing

@testable import BrowserCore

/// The vCon list: fixed columns measured by display width, whatever the times and titles are.
@Suite struct LibraryListTests {
    /// A minimal vCon with a start time and a subject (both spliced in as JSON string contents).
    static func vcon(start: String, subject: String, errors: Bool = false) -> String {
        """
        {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc4\(subject.count % 10)", "created_at": "2024-01-15T10:00:00Z",
         "subject": "\(subject)", "parties": [{"name": "Alice"}, {"name": "Bob"}],
         "dialog": [{"type": "text", "start": "\(start)", "parties": [0, 1], "body": "hi", "encoding": "none"\(errors ? ", \"originator\": 9" : "")}]}
        """
    }

    static let files: [(String, String)] = [
        ("plain.vcon.json", vcon(start: "2026-03-01T09:00:00Z", subject: "A plain call")),
        ("millis.vcon.json", vcon(start: "2026-03-03T14:30:03.950Z", subject: "Milliseconds in the start time")),
        ("vague.vcon.json", vcon(start: "yesterday afternoon", subject: "An unparseable start", errors: true)),
        ("wide.vcon.json", vcon(start: "2026-03-04T08:00:00+09:00", subject: "東京の通話：請求について 📞 and a long tail of words")),
        ("hostile.vcon.json", vcon(start: "2026-03-05T10:00:00\\u001b[2J", subject: "Escapes \\u001b]0;title\\u0007 here")),
        (
            "sealed.vcon.json",
            #"{"protected": "eyJhbGciOiJSU0EtT0FFUC0yNTYifQ", "recipients": [{"encrypted_key": "AA"}], "iv": "AA", "ciphertext": "AA", "tag": "AA"}"#
        ),
    ]

    func library(width: Int, height: Int = 12, glyphs: Glyphs = .unicode) throws -> AppState {
        let loaded = try Self.files.map { try loadFixture($0.1, source: $0.0) }
        return AppState(
            session: BrowserSession(files: loaded, ascii: glyphs.isASCII),
            size: TerminalSize(width: width, height: height), glyphs: glyphs)
    }

    @Test(arguments: [80, 120, 200])
    func columnsStayFixed(width: Int) throws {
        let state = try library(width: width)
        #expect(state.mode == .library)
        let text = screen(state).plainText
        expectSnapshot(text, named: "BrowserCoreTests/library-\(width)x12")
        // Every row's badge starts in the same cell, whatever the time or title before it.
        let rows = text.split(separator: "\n").dropFirst(2).prefix(Self.files.count).map(String.init)
        let badgeColumns = Set(
            rows.map { row in
                let badge = row.range(of: "  [")?.lowerBound ?? row.endIndex
                return row[..<badge].reduce(0) { $0 + DisplayWidth.of($1) }
            })
        #expect(badgeColumns.count == 1, "badges at \(badgeColumns)")
        for row in rows { #expect(SafeText(row).width == width, "\(row)") }
    }

    @Test func fittingGivesUpTheFileThenTheCountsThenTheFindings() throws {
        let rows = try Self.files.map {
            LibraryRow(
                BrowserDocument(
                    memberIndex: 0, name: $0.0, file: try loadFixture($0.1, source: $0.0),
                    findings: [], envelope: nil, shortBadge: nil),
                time: TimeFormatter(mode: .utc))
        }
        let wide = LibraryColumns.fit(rows, width: 196)
        // The widest time is the hostile one, escapes shown: the column is as wide as it.
        #expect(wide.time == SafeText("2026-03-05T10:00:00\\u001b[2J ⚠").width)
        #expect(wide.counts > 0 && wide.findings > 0 && wide.file > 0)
        let narrow = LibraryColumns.fit(rows, width: 76)
        #expect(narrow.file == 0)
        #expect(narrow.counts == 0)
        #expect(narrow.title >= LibraryColumns.titleMinimum)
        #expect(narrow.used <= 76)
        let tiny = LibraryColumns.fit(rows, width: 40)
        #expect(tiny.counts == 0 && tiny.findings == 0)
        #expect(tiny.used <= 40)
    }

    @Test func aTimeTooLongForItsColumnIsCut() throws {
        let long = String(repeating: "soon ", count: 12)
        let file = try loadFixture(Self.vcon(start: long, subject: "x"), source: "long.json")
        let row = LibraryRow(
            BrowserDocument(
                memberIndex: 0, name: "long.json", file: file, findings: [], envelope: nil,
                shortBadge: nil), time: TimeFormatter(mode: .utc))
        let columns = LibraryColumns.fit([row], width: 120)
        #expect(columns.time == LibraryColumns.timeMaximum)
        let text = row.text(columns, glyphs: .unicode, theme: .standard).plainText
        #expect(text.hasPrefix(String(long.prefix(LibraryColumns.timeMaximum - 1)) + "…  [-]"))
    }

    @Test(arguments: ["plain ascii 123", "", "tab\there", "esc \u{1B}[31m", "名前 wide", "é combining e\u{301}", "\u{7F}del"])
    func columnWidthsMeasureAsDrawn(_ text: String) {
        #expect(LibraryColumns.cells(text) == SafeText(text).width)
    }
}
