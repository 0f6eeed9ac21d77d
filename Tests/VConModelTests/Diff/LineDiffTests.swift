import Testing

@testable import VConModel

/// The line diff fallback: Myers' edit script, its limits, the pretty printer and the hunks.
@Suite struct LineDiffTests {
    private func lines(_ outcome: LineDiff.Outcome) -> [LineDiff.Line] {
        if case .lines(let lines) = outcome { return lines }
        Issue.record("expected lines, got \(outcome)")
        return []
    }

    /// The length of a longest common subsequence, by dynamic programming (the reference).
    private func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diagonal = 0
            for j in 1...max(1, b.count) where j <= b.count {
                let up = row[j]
                row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                diagonal = up
            }
        }
        return row[b.count]
    }

    @Test func editScriptsAreMinimalAndRebuildBothSides() {
        // A fixed linear congruential generator: the same 300 cases on every run.
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let a = (0..<next(12)).map { _ in ["a", "b", "c", "d"][next(4)] }
            let b = (0..<next(12)).map { _ in ["a", "b", "c", "d"][next(4)] }
            let diff = lines(LineDiff.diff(a, b))
            #expect(diff.filter { $0.op != .inserted }.map(\.text) == a)
            #expect(diff.filter { $0.op != .deleted }.map(\.text) == b)
            #expect(diff.filter { $0.op == .same }.count == lcsLength(a, b), "a=\(a) b=\(b)")
        }
    }

    @Test func lineNumbersOnEachSide() {
        let diff = lines(LineDiff.diff(["a", "b", "c"], ["a", "x", "c", "d"]))
        #expect(diff.map(\.op) == [.same, .deleted, .inserted, .same, .inserted])
        #expect(diff.map(\.beforeLine) == [1, 2, nil, 3, nil])
        #expect(diff.map(\.afterLine) == [1, nil, 2, 3, 4])
    }

    @Test func emptySides() {
        #expect(lines(LineDiff.diff([], ["a", "b"])).map(\.op) == [.inserted, .inserted])
        #expect(lines(LineDiff.diff(["a"], [])).map(\.op) == [.deleted])
        #expect(lines(LineDiff.diff([], [])).isEmpty)
    }

    @Test func tooManyLinesOrEditsIsSaidPlainly() {
        var limits = LineDiff.Limits()
        limits.maxLines = 10
        guard case .tooLarge(let message) = LineDiff.diff((0..<11).map(String.init), [], limits: limits) else {
            Issue.record("expected too large")
            return
        }
        #expect(message == "too large for a line diff: more than 10 lines on a side")
        limits = LineDiff.Limits()
        limits.maxEdits = 5
        // A long common head and tail are trimmed first, so only the 6 edits in the middle count.
        let head = (0..<1000).map { "h\($0)" }
        guard case .tooLarge(let edits) = LineDiff.diff(head + ["a", "b", "c"] + head, head + ["x", "y", "z"] + head, limits: limits) else {
            Issue.record("expected too many edits")
            return
        }
        #expect(edits == "too large for a line diff: more than 5 lines differ")
        #expect(lines(LineDiff.diff(head + ["a", "b"] + head, head + ["x", "y"] + head, limits: limits)).count == 2004)
    }

    @Test func hunksKeepThreeLinesOfContextAndSplitWhenFarApart() throws {
        let before = (1...20).map { "line \($0)" }
        var after = before
        after[1] = "changed 2"
        after[16] = "changed 17"
        let a = try JSONDocument.parse(string: "[" + before.map { "\"\($0)\"" }.joined(separator: ",") + "]").root
        let b = try JSONDocument.parse(string: "[" + after.map { "\"\($0)\"" }.joined(separator: ",") + "]").root
        let text = VConDiff.renderText(VConDiff.lines(before: a, after: b))
        #expect(
            text == """
                line diff: 2 lines added, 2 lines removed
                @@ -1,6 +1,6 @@
                  [
                    "line 1",
                -   "line 2",
                +   "changed 2",
                    "line 3",
                    "line 4",
                    "line 5",
                @@ -15,7 +15,7 @@
                    "line 14",
                    "line 15",
                    "line 16",
                -   "line 17",
                +   "changed 17",
                    "line 18",
                    "line 19",
                    "line 20"
                """)
    }

    @Test func prettyLinesEscapeEverythingAndFingerprintCutStrings() throws {
        let long = String(repeating: "x", count: 300)
        let document = try JSONDocument.parse(
            string: #"{"a\u001bb":"\u202etxt\u0007","n":[1,2.50,true,null],"e":{},"long1":""# + long + #"1","long2":""# + long + #"2"}"#)
        let printed = JSONPrettyLines.lines(document.root, limits: LineDiff.Limits())
        #expect(printed[0] == "{")
        #expect(printed[1] == #"  "a\u001bb": "\u202etxt\u0007","#)
        #expect(printed[2...7] == ["  \"n\": [", "    1,", "    2.50,", "    true,", "    null", "  ],"])
        #expect(printed[8] == "  \"e\": {},")
        // Two strings equal in their first 120 characters still print differently.
        #expect(printed[9].hasPrefix("  \"long1\": \"" + String(repeating: "x", count: 119) + "…\" (301 chars, #"))
        #expect(printed[10].hasPrefix("  \"long2\": \"" + String(repeating: "x", count: 119) + "…\" (301 chars, #"))
        #expect(printed[9].split(separator: "#").last != printed[10].split(separator: "#").last)
        for line in printed { #expect(!line.unicodeScalars.contains(where: TextSafety.needsEscape)) }
    }

    @Test func prettyLinesStopAtTheDepthLimit() throws {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let printed = JSONPrettyLines.lines(try JSONDocument.parse(string: deep).root, limits: LineDiff.Limits())
        #expect(printed.count == 2 * LineDiff.Limits().maxDepth + 1)
        #expect(printed[LineDiff.Limits().maxDepth].hasSuffix("… (nested too deep to print)"))
    }

    @Test func noDifferencesInLines() throws {
        let value = try JSONDocument.parse(string: #"{"a":1}"#).root
        let result = VConDiff.lines(before: value, after: value)
        #expect(result.isEmpty && result.summary == "no differences (line diff)")
        #expect(VConDiff.renderText(result) == "no differences (line diff)")
    }
}
