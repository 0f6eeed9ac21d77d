import Testing

@testable import VConModel

/// The semantic diff over small fixtures written here, one case each.
@Suite struct VConDiffFixtureTests {
    private func vcon(_ json: String) throws -> VCon { VCon(json: try JSONDocument.parse(string: json).root) }

    private func diff(_ before: String, _ after: String, options: VConDiff.Options = VConDiff.Options()) throws -> VConDiff.Result {
        VConDiff.compare(before: try vcon(before), after: try vcon(after), options: options)
    }

    private let threeDialogs = #"""
        {"uuid":"u1","dialog":[
          {"type":"text","body":"hi","encoding":"none"},
          {"type":"recording","url":"https://example.com/a.wav","content_hash":"sha512-x"},
          {"type":"text","body":"bye","encoding":"none"}]}
        """#

    @Test func placeholderIsReportedAsRedacted() throws {
        let after =
            #"{"uuid":"u1","dialog":[{"type":"text","body":"hi","encoding":"none"},{},{"type":"text","body":"bye","encoding":"none"}]}"#
        let result = try diff(threeDialogs, after)
        #expect(result.summary == "1 dialog redacted (placeholder)")
        #expect(result.entries.count == 1)
        let entry = try #require(result.entries.first)
        #expect(entry.kind == .redacted && entry.level == .item && entry.pointer == "/dialog/1" && entry.after == "{}")
        // The label names what was redacted, from the original.
        #expect(entry.label == "dialog[1] recording")
        #expect(VConDiff.renderText(result) == "1 dialog redacted (placeholder)\n- dialog[1] recording  redacted (placeholder)")
        #expect(VConDiff.render(result).last?.style == .removed)
    }

    @Test func placeholderFilledTheOtherWay() throws {
        let before = #"{"uuid":"u1","parties":[{},{"name":"Bob"}]}"#
        let after = #"{"uuid":"u1","parties":[{"name":"Alice"},{"name":"Bob"}]}"#
        let result = try diff(before, after)
        #expect(result.summary == "1 party filled (was a placeholder)")
        #expect(VConDiff.renderText(result).hasSuffix("+ parties[0] Alice  filled (was a placeholder)  {} → {\"name\":\"Alice\"}"))
    }

    @Test func itemsWithUUIDsAreMatchedByUUIDWhenReordered() throws {
        let before = #"{"uuid":"u","parties":[{"uuid":"p1","name":"Alice","tel":"+1"},{"uuid":"p2","name":"Bob"}]}"#
        let after = #"{"uuid":"u","parties":[{"uuid":"p2","name":"Bob"},{"uuid":"p1","name":"Alice","tel":"+2"}]}"#
        let result = try diff(before, after)
        #expect(result.summary == "1 field changed in 1 item, 1 party moved")
        #expect(
            VConDiff.renderText(result) == """
                1 field changed in 1 item, 1 party moved
                ~ parties[0] Bob  moved  (was /parties/1)
                ~ parties[1] Alice  (was /parties/0)
                    ~ /parties/1/tel  "+1" → "+2"
                """)
        #expect(result.entries[1].beforePointer == "/parties/0")
    }

    @Test func differentUUIDsAtOneIndexAreARemovalAndAnAddition() throws {
        let before = #"{"uuid":"u","parties":[{"uuid":"p1","name":"Alice"}]}"#
        let after = #"{"uuid":"u","parties":[{"uuid":"p9","name":"Zed"}]}"#
        let result = try diff(before, after)
        #expect(result.entries.map(\.kind) == [.removed, .added])
        #expect(result.summary == "1 party added, 1 party removed")
    }

    @Test func itemsWithoutUUIDsAreMatchedByIndex() throws {
        let before = #"{"uuid":"u","parties":[{"name":"Alice"},{"name":"Bob"}]}"#
        let after = #"{"uuid":"u","parties":[{"name":"Bob"},{"name":"Alice"}]}"#
        let result = try diff(before, after)
        #expect(result.entries.filter { $0.level == .field }.map(\.pointer) == ["/parties/0/name", "/parties/1/name"])
    }

    @Test func nestedChangesHaveFullPointers() throws {
        let before = #"""
            {"uuid":"u","parties":[{"name":"A","civicaddress":{"country":"US","pc":"94102"}}],
             "dialog":[{"type":"recording","parties":[0,1],"party_history":[{"party":0,"event":"join"},{"party":1,"event":"hold"}]}]}
            """#
        let after = #"""
            {"uuid":"u","parties":[{"name":"A","civicaddress":{"country":"US","pc":"94103"}}],
             "dialog":[{"type":"recording","parties":[1,0],"party_history":[{"party":0,"event":"join"},{"party":1,"event":"unhold"}]}]}
            """#
        let result = try diff(before, after)
        let fields = result.entries.filter { $0.level == .field }
        #expect(fields.map(\.pointer) == ["/parties/0/civicaddress/pc", "/dialog/0/parties", "/dialog/0/party_history/1/event"])
        // A short array of scalars is one entry, shown whole.
        #expect(fields[1].before == "[0,1]" && fields[1].after == "[1,0]")
        #expect(fields[2].before == "\"hold\"" && fields[2].after == "\"unhold\"")
        #expect(result.summary == "3 fields changed in 2 items")
    }

    @Test func bigBodiesAreComparedAsWrittenAndShownBySize() throws {
        let body = String(repeating: "QUJD", count: 1500)
        func file(_ text: String, hash: Bool) -> String {
            #"{"uuid":"u","dialog":[{"type":"recording","encoding":"base64url","body":""# + text + #"""#
                + (hash ? #","content_hash":"sha512-abc""# : "") + "}]}"
        }
        let same = try diff(file(body, hash: true), file(body, hash: true))
        #expect(same.isEmpty)
        let changed = try diff(file(body, hash: true), file(String(body.dropLast()) + "E", hash: false))
        let entry = try #require(changed.entries.first { $0.pointer == "/dialog/0/body" })
        #expect(entry.before == "(body, 6000 chars, base64url, content_hash)")
        #expect(entry.after == "(body, 6000 chars, base64url, no content_hash)")
        #expect(changed.entries.contains { $0.pointer == "/dialog/0/content_hash" && $0.kind == .removed })
    }

    @Test func smallJSONBodiesAreWalked() throws {
        let before = #"{"uuid":"u","analysis":[{"type":"sentiment","encoding":"json","body":{"score":0.5,"label":"neutral"}}]}"#
        let after = #"{"uuid":"u","analysis":[{"type":"sentiment","encoding":"json","body":{"score":0.9,"label":"neutral"}}]}"#
        let result = try diff(before, after)
        #expect(result.entries.map(\.pointer) == ["/analysis/0", "/analysis/0/body/score"])
        #expect(result.entries.last?.before == "0.5" && result.entries.last?.after == "0.9")
    }

    @Test func addedAndRemovedItemsInDocumentOrder() throws {
        let before = #"{"uuid":"u","analysis":[],"attachments":[{"purpose":"notes","body":"x"},{"purpose":"tags","body":"y"}]}"#
        let after = #"{"uuid":"u","analysis":[{"type":"summary","vendor":"v","body":"s"}],"attachments":[{"purpose":"notes","body":"x"}]}"#
        let result = try diff(before, after)
        #expect(result.summary == "1 analysis added, 1 attachment removed")
        #expect(
            VConDiff.renderText(result) == """
                1 analysis added, 1 attachment removed
                + analysis[0] summary  {"type":"summary","vendor":"v","body":"s"}
                - attachments[1] tags  {"purpose":"tags","body":"y"}
                """)
    }

    @Test func topLevelFieldsAndReferences() throws {
        let before = #"{"vcon":"0.3.0","uuid":"a","subject":"Call","updated_at":"2024-01-01T00:00:00Z","appended":{"uuid":"z"}}"#
        let after = #"{"vcon":"0.4.0","uuid":"b","subject":"Call (amended)","updated_at":"2024-02-01T00:00:00Z","amended":{"uuid":"a"}}"#
        let result = try diff(before, after)
        #expect(
            VConDiff.renderText(result) == """
                6 top-level fields changed
                ~ /vcon  "0.3.0" → "0.4.0"
                ~ /uuid  "a" → "b"
                ~ /subject  "Call" → "Call (amended)"
                ~ /updated_at  "2024-01-01T00:00:00Z" → "2024-02-01T00:00:00Z"
                - /appended  {"uuid":"z"}
                + /amended  {"uuid":"a"}
                """)
        #expect(result.entries.allSatisfy { $0.section == .top && $0.level == .field })
        #expect(result.entries.first { $0.pointer == "/subject" }?.label == "subject")
    }

    @Test func memberOrderAndNumberSpellingAreNotDifferences() throws {
        let before = #"{"uuid":"u","parties":[{"name":"A","tel":"+1"}],"dialog":[{"type":"text","duration":1.0}]}"#
        let after = #"{ "dialog": [ { "duration": 1, "type": "text" } ], "parties": [ { "tel": "+1", "name": "A" } ], "uuid": "u" }"#
        let result = try diff(before, after)
        #expect(result.isEmpty)
        #expect(result.summary == "no differences")
    }

    @Test func escapeSequencesInValuesKeysAndLabelsAreNeverRaw() throws {
        let before = #"{"uuid":"u","parties":[{"name":"Eve\u001b[31m\u202e","note":"a"}],"subject":"ok"}"#
        let after = #"{"uuid":"u","parties":[{"name":"Eve\u001b[31m\u202e","note":"b\u0007\nc","x\u001bkey":1}],"subject":"\u009b2J"}"#
        let result = try diff(before, after)
        let text = VConDiff.renderText(result)
        #expect(!text.unicodeScalars.contains { TextSafety.needsEscape($0) && $0 != "\n" })
        #expect(text.contains(#"~ parties[0] Eve\u001b[31m\u202e"#))
        #expect(text.contains(#"~ /parties/0/note  "a" → "b\u0007\u000ac""#))
        #expect(text.contains(#"+ /parties/0/x\u001bkey  1"#))
        #expect(text.contains(#"~ /subject  "ok" → "\u009b2J""#))
        // The model holds sanitised text too, but for the exact pointer, which still finds the value.
        let key = try #require(result.entries.first { $0.kind == .added })
        #expect(key.pointer == "/parties/0/x\u{1b}key" && key.displayPointer == #"/parties/0/x\u001bkey"#)
        #expect(try vcon(after).document.value(at: key.pointer)?.int == 1)
        for entry in result.entries {
            for field in [entry.label, entry.displayPointer, entry.before ?? "", entry.after ?? ""] {
                #expect(!field.unicodeScalars.contains(where: TextSafety.needsEscape))
            }
        }
    }

    @Test func longValuesAreCut() throws {
        let long = String(repeating: "abcdefghij", count: 30)
        let result = try diff(#"{"uuid":"u","subject":"short"}"#, #"{"uuid":"u","subject":""# + long + #""}"#)
        let after = try #require(result.entries.first?.after)
        #expect(after.count == 62 && after.hasSuffix("…\""))
    }

    @Test func limitsCountWhatTheyLeaveOut() throws {
        var options = VConDiff.Options()
        options.maxFieldsPerItem = 2
        let before = #"{"uuid":"u","parties":[{"a":1,"b":1,"c":1,"d":1,"e":1}]}"#
        let after = #"{"uuid":"u","parties":[{"a":2,"b":2,"c":2,"d":2,"e":2}]}"#
        let result = try diff(before, after, options: options)
        #expect(result.entries.filter { $0.level == .field }.count == 2)
        #expect(result.omitted == 3)
        #expect(result.summary == "2 fields changed in 1 item, 3 more not listed")
        #expect(VConDiff.renderText(result).hasSuffix("… 3 more differences not listed"))
    }

    @Test func deepNestingStopsWalkingAtTheDepthLimit() throws {
        let depth = 500
        func nested(_ leaf: String) -> String {
            #"{"uuid":"u","parties":[{"deep":"# + String(repeating: "[", count: depth) + leaf + String(repeating: "]", count: depth) + "}]}"
        }
        let result = try diff(nested("1"), nested("2"))
        let field = try #require(result.entries.first { $0.level == .field })
        #expect(field.kind == .changed)
        // Item pointer, `deep`, then maxDepth - 1 array levels.
        #expect(field.pointer.split(separator: "/").count == 3 + VConDiff.Options().maxDepth - 1)
        #expect(field.before == "[…] 1 item")
    }

    @Test func bothModeAddsALineDiffBesideTheEntries() throws {
        var options = VConDiff.Options()
        options.mode = .both
        let result = try diff(#"{"uuid":"u","subject":"a"}"#, #"{"uuid":"u","subject":"b"}"#, options: options)
        #expect(result.mode == .semantic && result.entries.count == 1)
        #expect(
            VConDiff.renderText(result) == """
                1 top-level field changed
                ~ /subject  "a" → "b"
                line diff:
                @@ -1,4 +1,4 @@
                  {
                    "uuid": "u",
                -   "subject": "a"
                +   "subject": "b"
                  }
                """)
    }

    @Test func anItemArrayThatIsNotAnArrayIsComparedAsAField() throws {
        let result = try diff(#"{"uuid":"u","parties":[{"name":"A"}]}"#, #"{"uuid":"u","parties":"redacted"}"#)
        #expect(result.entries.count == 1)
        #expect(result.entries.first?.pointer == "/parties" && result.entries.first?.section == .top)
        #expect(result.entries.first?.before == #"[{"name":"A"}]"# && result.entries.first?.after == "\"redacted\"")
    }

    @Test func duplicateMembersCountOnceWithTheLastValue() throws {
        let result = try diff(#"{"uuid":"u","subject":"a","subject":"b"}"#, #"{"uuid":"u","subject":"b"}"#)
        #expect(result.isEmpty)
        let changed = try diff(#"{"uuid":"u","parties":[{"n":1,"n":2}]}"#, #"{"uuid":"u","parties":[{"n":3,"n":4}]}"#)
        #expect(changed.entries.filter { $0.level == .field }.map(\.pointer) == ["/parties/0/n"])
        #expect(changed.entries.last?.before == "2" && changed.entries.last?.after == "4")
    }

    @Test func manyRemovedItemsStayCheapAndAreCapped() throws {
        let dialogs = Array(repeating: #"{"type":"text","body":"x"}"#, count: 20_000).joined(separator: ",")
        let result = try diff(#"{"uuid":"u","dialog":["# + dialogs + "]}", #"{"uuid":"u","dialog":[]}"#)
        #expect(result.entries.count == VConDiff.Options().maxEntries)
        #expect(result.omitted == 20_000 - VConDiff.Options().maxEntries)
        #expect(result.entries.first?.pointer == "/dialog/0" && result.entries.last?.pointer == "/dialog/4999")
        #expect(result.summary == "5000 dialogs removed, 15000 more not listed")
    }
}
