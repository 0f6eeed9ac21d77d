import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// Reading at 80 columns (issue 12, items 6, 7, 8, 9, 10, 12, 16, 19).
@Suite struct ReadingAt80Tests {
    func lines(_ state: AppState) -> [String] {
        screen(state).plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A vCon with findings of every severity, written so that the first one in the file is only info.
    static let findingsJSON = """
        {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
         "extensions": ["x-made-up"],
         "parties": [{"name": "Alice"}],
         "dialog": [{"type": "text", "start": "the day before yesterday, in the afternoon", "parties": [0, 7], "body": "x", "encoding": "none"}]}
        """

    // MARK: - 7: findings

    @Test func findingsAreReadableAt80ColumnsErrorsFirst() throws {
        let (state, _) = try state(keys: "!", file: try loadFixture(Self.findingsJSON))
        let entries = state.findingEntries
        #expect(entries.first?.severity == .error)
        #expect(entries.map(\.severity) == entries.map(\.severity).sorted(by: >))
        let text = lines(state)
        // The selected finding's whole message is on screen (wrapped in the preview), not cut at 12 characters.
        let message = try #require(entries.first?.message)
        let preview = text.joined(separator: " ").replacingOccurrences(of: "│", with: " ")
        for word in message.split(separator: " ") { #expect(preview.contains(word), "\(word) missing") }
        expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/findings-errors-first-80x24")
    }

    @Test func jumpingToAFindingShowsItWholeInTheStatusLine() throws {
        let (state, _) = try state(keys: "!<Enter>", file: try loadFixture(Self.findingsJSON))
        let message = try #require(state.message)
        #expect(message.hasPrefix("error "))
        // Longer than the status line: wrapped upwards, every word shown.
        let bottom = lines(state).suffix(4).joined(separator: " ")
        for word in message.split(separator: " ").suffix(3) { #expect(bottom.contains(word), "\(word) missing from\n\(bottom)") }
    }

    // MARK: - 8: the list at 80 columns

    @Test func theListAt80ColumnsKeepsAShortUUIDAndAPosition() throws {
        let loaded = try LibraryListTests.files.map { try loadFixture($0.1, source: $0.0) }
        var state = AppState(session: BrowserSession(files: loaded), size: TerminalSize(width: 80, height: 24))
        _ = state.handle(script: try KeyScript.parse("jj"))
        let text = lines(state)
        let uuids = try (0..<5).map { try #require(state.session.documents[$0].vcon?.uuid) }
        for (position, id) in ShortIDs.make(uuids, ellipsis: "…").enumerated() {
            #expect(text[2 + position].contains(id), "\(text[2 + position])")
        }
        #expect(text[22].hasSuffix(" 3/6 ─┘"))
        expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/library-list-80x24")
    }

    @Test func shortIDsAreTheWindowInWhichTheRowsDiffer() {
        let demo = ["de016c0e-062b-8924-bdad-3d8da38d71bd", "de02f3f7-80ef-8d54-abc9-2af859bb244e"]
        #expect(ShortIDs.make(demo, ellipsis: "…") == ["de016c0e…", "de02f3f7…"])
        // A generator's uuids: the same time prefix and node suffix, the difference in the middle.
        let bundle = [
            "01a1fd07-c7cd-8d7a-8caa-f24ab1a0c334", "01a1fd07-c8c4-8011-8caa-f24ab1a0c334",
            "01a1fd07-c8c4-821b-8caa-f24ab1a0c334",
        ]
        let ids = ShortIDs.make(bundle, ellipsis: "…")
        #expect(Set(ids).count == 3)
        #expect(ids.allSatisfy { $0.count == 10 })
        #expect(ShortIDs.make(["a.json", "b.json"], ellipsis: "…") == ["a.json", "b.json"])
    }

    /// The ASCII path counts windows as packed bytes; the cut must be the one the character path makes.
    @Test func shortIDsOfASCIIIdsAreTheStringPathsWindows() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdef-.")
        for round in 0..<40 {
            let ids = (0..<(5 + round * 7)).map { index -> String in
                let length = round % 3 == 0 ? Int.random(in: 1...14, using: &generator) : 36
                return index % 9 == 0
                    ? "common-prefix-and-tail" : String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            }
            #expect(ShortIDs.make(ids, ellipsis: "…") == ShortIDs.makeCharacters(ids, ellipsis: "…"), "\(ids)")
        }
    }

    /// A grown list's cut starts looking where the list before it was told apart: the same cut as from scratch,
    /// also when the new ids leave no window that tells them all apart (then it looks from 0 again).
    @Test func aGrownListsShortIDsAreCutAsFromScratch() {
        let uuids = (0..<300).map { String(format: "01900000-0000-8000-8000-%012x", $0 * 7) }
        let before = ShortIDs.cut(Array(uuids.prefix(120)), ellipsis: "…")
        #expect(before.distinctFrom == 28)
        let grown = ShortIDs.cut(uuids, ellipsis: "…", from: before.distinctFrom)
        #expect(grown.ids == ShortIDs.makeCharacters(uuids, ellipsis: "…"))
        // Two pairs that differ only at either end: no 8-character window tells all four apart.
        let ends = uuids.prefix(2) + ["x" + uuids[0].dropFirst(), String(uuids[1].dropLast()) + "x"]
        let apart = ShortIDs.cut(Array(ends), ellipsis: "…", from: 28)
        #expect(apart.distinctFrom == nil)
        #expect(apart.ids == ShortIDs.makeCharacters(Array(ends), ellipsis: "…"))
    }

    // MARK: - 9: verdicts

    @Test func badgesAreColouredByVerdictAndTheHeaderNeverCutsIt() throws {
        #expect(BadgeKind(listBadge: "[S!]")?.style(.standard) == Theme.standard.error)
        #expect(BadgeKind(listBadge: "[s?]")?.style(.standard) == Theme.standard.warning)
        #expect(BadgeKind(listBadge: "[S]")?.style(.standard) != BadgeKind(listBadge: "[-]")?.style(.standard))
        #expect(BadgeKind(listBadge: "[S!]")?.style(.monochrome) != BadgeKind(listBadge: "[s?]")?.style(.monochrome))
        // A long file name and a long reason: the verdict word stays whole at 80 columns.
        let signed = try loadFixture(fixtureJSON, source: "a-rather-long-file-name-for-a-support-call-of-march.vcon.json")
        let document = BrowserDocument(
            memberIndex: 0, name: signed.source, file: signed, findings: [], envelope: nil, shortBadge: "[s?]")
        let header = BrowserScreen.documentHeader(document, room: 70, glyphs: .unicode, theme: .standard)
        #expect(header.width <= 70)
        #expect(header.plainText.contains("? Unverified"))
        #expect(header.plainText.hasSuffix("0 findings"))
    }

    @Test func theTabBarShortensLabelsBeforeHidingTabs() throws {
        let (state, _) = try state(keys: "3")
        let tabs = lines(state)[1]
        #expect(tabs.contains("3 Dialog"))
        #expect(tabs.contains("7 Sec"))
        #expect(tabs.contains("8 JSON"))
        #expect(!tabs.contains("…"))
    }

    // MARK: - 10: the legend

    @Test func theLegendExplainsEveryListBadgeAligned() throws {
        for glyphs in [Glyphs.unicode, .ascii] {
            let legend = Legend.lines(glyphs: glyphs, theme: .standard)
            var columns = Set<Int>()
            for kind in BadgeKind.allCases {
                let line = try #require(legend.first { $0.plainText.hasPrefix(kind.listBadge + " ") }, "no \(kind.listBadge)")
                let text = line.plainText
                let start = try #require(text.range(of: kind.meaning)?.lowerBound)
                columns.insert(SafeText(String(text[..<start])).width)
            }
            #expect(columns.count == 1, "meanings start at \(columns)")
            if glyphs.isASCII {
                for line in legend { #expect(!line.plainText.unicodeScalars.contains { $0.value > 0x7E }, "\(line.plainText)") }
            }
        }
    }

    // MARK: - 12: the split sized to the content, x visible

    @Test func aShortListLeavesTheRestToTheDetail() throws {
        let (state, _) = try state(keys: "2")
        #expect(state.layout.list.height == 2)
        #expect(state.layout.detail.height == 24 - 4 - 2 - 1 - 1)
        expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/parties-sized-80x24")
    }

    @Test func xShowsTheHexDumpOnScreen() throws {
        let (state, _) = try state(keys: "3jjx")
        let text = lines(state).joined(separator: "\n")
        #expect(text.contains("00000000  52 49 46 46"))
        #expect(state.message == "hex view of the body (x: decoded view)")
        let (summary, _) = try self.state2("x")
        #expect(summary.message?.hasPrefix("hex view: nothing here has a body") == true)
    }

    func state2(_ keys: String) throws -> (AppState, [Effect]) { try state(keys: keys) }

    // MARK: - 16: files that could not be opened

    @Test func skippedFilesAreCountedAndListed() throws {
        let loaded = try LibraryListTests.files.map { try loadFixture($0.1, source: $0.0) }
        var session = BrowserSession(files: loaded)
        session.skipped = ["broken.json: not JSON: unexpected end of input at 1:12", "empty.vcon: the file is empty"]
        var state = AppState(session: session, size: TerminalSize(width: 80, height: 24))
        #expect(lines(state)[0].contains("6 vCons · 2 files skipped (! says why)"))
        _ = state.handle(script: try KeyScript.parse("!"))
        let text = lines(state).joined(separator: "\n")
        #expect(text.contains("Files not opened (2)"))
        #expect(text.contains("unexpected end of input at 1:12"))
        expectSnapshot(screen(state).plainText, named: "BrowserCoreTests/library-skipped-80x24")
    }

    // MARK: - 6: search hits are shown

    @Test func aHitInAValueThePaneDoesNotDrawIsShownInTheJSONPane() throws {
        // The transcript's full text is not drawn by the turn view; its hit goes to the JSON node, shown around the match.
        let text = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "parties": [{"name": "A"}],
             "dialog": [{"type": "text", "parties": [0], "body": "x", "encoding": "none"}],
             "analysis": [{"type": "wtf_transcription", "dialog": 0, "encoding": "json", "body": {"transcript": {
               "text": "\(String(repeating: "words and more words ", count: 20))the zebra crossing"},
               "segments": [{"start": 0, "end": 1, "speaker": 0, "text": "nothing to see"}]}}]}
            """
        let (state, _) = try state(keys: "/zebra<Enter>", file: try loadFixture(text))
        #expect(state.pane == .json)
        let buffer = screen(state)
        let rows = lines(state)
        let row = try #require(rows.firstIndex { $0.contains("zebra") })
        #expect(row < state.layout.detail.maxY - 1)
        let column = SafeText(String(rows[row][..<(rows[row].range(of: "zebra")?.lowerBound ?? rows[row].endIndex)])).width
        #expect(buffer.style(x: column, y: row) == state.theme.searchHit)
    }

    @Test func aHitInTheDetailIsHighlightedAndNotOnTheLastLine() throws {
        let (state, _) = try state(keys: "/refund please<Enter>")
        let rows = lines(state)
        let row = try #require(rows.firstIndex { $0.contains("refund please") })
        #expect(row < state.layout.detail.maxY - 1)
        let column = SafeText(String(rows[row][..<(rows[row].range(of: "refund please")?.lowerBound ?? rows[row].endIndex)])).width
        #expect(screen(state).style(x: column, y: row) == state.theme.searchHit)
    }

    // MARK: - 19: the small ones

    @Test func setTZListsWhatItAccepts() throws {
        let (state, _) = try state(keys: ":set tz=soon<Enter>")
        let message = try #require(state.message)
        #expect(message.contains("offset"))
        let list = message.dropFirst("tz must be ".count).prefix { $0 != "(" }
        let words = list.split(whereSeparator: { ", /".contains($0) }).map(String.init).filter { $0.allSatisfy(\.isLetter) }
        for word in words where !["or", "an", "like"].contains(word) {
            guard case .success = TimeMode.parseSetting(word) else {
                Issue.record("the error lists \(word), which :set tz= refuses")
                continue
            }
        }
        #expect(TimeMode.parseSetting("offset") == .success(.written))
    }

    @Test func deltaTimesAreASCIIUnderLangC() throws {
        let (state, _) = try state(keys: "3TTTT", glyphs: .ascii)
        #expect(state.time.mode == .delta)
        let text = screen(state).plainText
        #expect(!text.unicodeScalars.contains { $0.value > 0x7E })
        #expect(text.contains("d+"))
    }

    @Test func longLabelsKeepTheValueColumn() throws {
        let text = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "parties": [],
             "analysis": [{"type": "summary", "vendor": "v", "vendor_schema": "bobject", "encoding": "none", "body": "b"}]}
            """
        let (state, _) = try state(keys: "4", file: try loadFixture(text))
        let detail = state.detail.lines.map(\.text.plainText)
        let label = try #require(detail.firstIndex(of: "vendor_schema"))
        #expect(detail[label + 1] == String(repeating: " ", count: 12) + "bobject")
    }
}
