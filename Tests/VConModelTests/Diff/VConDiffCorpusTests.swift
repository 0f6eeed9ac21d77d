import TestSupport
import Testing

@testable import VConModel

/// The semantic diff over real pairs from the shared corpus (python-vcon 0.6.0 and vcon-lib 0.10.0 output).
@Suite(.corpus) struct VConDiffCorpusTests {
    private func diff(_ before: String, _ after: String, options: VConDiff.Options = VConDiff.Options()) throws -> VConDiff.Result {
        VConDiff.compare(
            before: try FileLoader().load(path: Corpus.path(before)), after: try FileLoader().load(path: Corpus.path(after)),
            options: options)
    }

    @Test func pythonRedactionAgainstItsOriginal() throws {
        let result = try diff(
            "python-vcon-generated/pyvcon_redaction_original.vcon.json", "python-vcon-generated/pyvcon_redaction_redacted.vcon.json")
        #expect(result.mode == .semantic)
        #expect(
            VConDiff.renderText(result) == """
                4 fields changed in 3 items, 4 top-level fields changed
                ~ /created_at  "2024-01-15T10:00:00.000+00:00" → "2024-01-15T11:00:00.000+00:00"
                + /redacted/type  "PII Redaction"
                + /redacted/uuid  "01a1fd07-c8c4-8f80-8caa-f24ab1a0c334"
                ~ /uuid  "01a1fd07-c8c4-8f80-8caa-f24ab1a0c334" → "01a1fd07-c951-88d7-8caa-f24ab1a0c334"
                ~ parties[0] Alice
                    - /parties/0/tel  "+12345678901"
                    - /parties/0/mailto  "alice@example.com"
                ~ parties[1] Bob
                    - /parties/1/tel  "+19876543210"
                ~ dialog[0] text
                    ~ /dialog/0/body  "My SSN is 123-45-6789" → "My SSN is [REDACTED]"
                """)
        let body = try #require(result.entries.first { $0.pointer == "/dialog/0/body" })
        #expect(body.kind == .changed && body.level == .field && body.section == .dialog && body.label == "dialog[0] text")
        #expect(result.beforeUUID == "01a1fd07-c8c4-8f80-8caa-f24ab1a0c334")
        #expect(result.afterUUID == "01a1fd07-c951-88d7-8caa-f24ab1a0c334")
    }

    @Test func pythonAmendedV2AgainstTheSignedV1Payload() throws {
        let before = try FileLoader().load(path: Corpus.path("python-vcon-generated/pyvcon_amended_v1_signed.vcon.json"))
        #expect(before.isEnveloped)
        let result = try diff(
            "python-vcon-generated/pyvcon_amended_v1_signed.vcon.json", "python-vcon-generated/pyvcon_amended_v2.vcon.json")
        #expect(result.summary == "2 top-level fields changed, 1 analysis added")
        #expect(result.entries.map(\.pointer) == ["/uuid", "/amended", "/analysis/0"])
        let amended = try #require(result.entries.first { $0.pointer == "/amended" })
        #expect(amended.kind == .added && amended.after == #"{"uuid":"01a1fd07-c951-8cf3-8caa-f24ab1a0c334"}"#)
        let analysis = try #require(result.entries.last)
        #expect(analysis.label == "analysis[0] summary" && analysis.level == .item && analysis.kind == .added)
    }

    @Test func pythonAmendedV3AddsADialog() throws {
        let result = try diff(
            "python-vcon-generated/pyvcon_amended_v2.vcon.json", "python-vcon-generated/pyvcon_amended_v3_signed.vcon.json")
        #expect(result.summary == "2 top-level fields changed, 1 dialog added")
        #expect(
            VConDiff.render(result).map(\.text).contains(
                "~ /amended/uuid  \"01a1fd07-c951-8cf3-8caa-f24ab1a0c334\" → \"01a1fd07-c9c0-8755-8caa-f24ab1a0c334\""))
        #expect(result.entries.last?.label == "dialog[1] text")
    }

    @Test func vconLibAmendedAgainstItsSignedOriginal() throws {
        let result = try diff("vcon-lib-generated/vconlib_signed.vcon.json", "vcon-lib-generated/vconlib_amended.vcon.json")
        #expect(result.mode == .semantic)
        #expect(result.summary == "2 top-level fields changed, 1 analysis added")
        #expect(result.entries.contains { $0.pointer == "/analysis/0" && $0.kind == .added })
    }

    /// vcon-lib's redacted sampler names the features file's uuid; the non-critical copy is the one it was made from.
    @Test func vconLibRedactedAgainstItsOriginal() throws {
        let result = try diff(
            "vcon-lib-generated/vconlib_unsigned_features_noncritical.vcon.json", "vcon-lib-generated/vconlib_redacted.vcon.json")
        #expect(result.summary == "9 fields changed in 4 items, 3 top-level fields changed")
        let lines = VConDiff.render(result).map(\.text)
        #expect(lines.contains("+ /redacted/uuid  \"01a1fd08-7c10-8d05-9dd8-dd37220d739c\""))
        #expect(lines.contains("    - /parties/0/civicaddress  {…} 6 members"))
        #expect(lines.contains("    - /parties/1/jCard  {\"fn\":\"Bob Agent\",\"email\":\"bob@example.com\"}"))
        // The recording body is described by size, never decoded or shown.
        #expect(lines.contains("    - /dialog/1/body  (body, 10307 chars, base64url, no content_hash)"))
        #expect(lines.contains("~ dialog[2] recording"))
    }

    @Test func encryptedOriginalFallsBackToALineDiffWithANote() throws {
        let result = try diff(
            "python-vcon-generated/pyvcon_redaction_original_signed_encrypted.vcon.json",
            "python-vcon-generated/pyvcon_redaction_redacted.vcon.json")
        #expect(result.mode == .lines)
        #expect(result.notes.contains { $0.hasPrefix("before: ") && $0.contains("encrypted") })
        #expect(result.notes.last == "not both readable vCons: showing a line diff of the JSON as stored")
        guard case .lines(let lines)? = result.lineDiff else {
            Issue.record("expected a line diff")
            return
        }
        // The 17 KB ciphertext is cut and fingerprinted, not printed whole.
        let cipher = try #require(lines.first { $0.text.contains("\"ciphertext\"") })
        #expect(cipher.op == .deleted && cipher.text.count < 200 && cipher.text.contains("(17387 chars, #"))
        #expect(result.summary == "line diff: 27 lines added, 14 lines removed")
    }

    @Test func linesModeGivesUnifiedHunks() throws {
        var options = VConDiff.Options()
        options.mode = .lines
        let result = try diff(
            "python-vcon-generated/pyvcon_redaction_original.vcon.json", "python-vcon-generated/pyvcon_redaction_redacted.vcon.json",
            options: options)
        #expect(result.summary == "line diff: 8 lines added, 8 lines removed")
        let text = VConDiff.renderText(result)
        #expect(
            text.hasPrefix(
                """
                line diff: 8 lines added, 8 lines removed
                @@ -3,12 +3,9 @@
                    "group": [],
                    "parties": [
                      {
                -       "tel": "+12345678901",
                -       "name": "Alice",
                -       "mailto": "alice@example.com"
                +       "name": "Alice"
                      },
                """))
        #expect(text.contains("@@ -20,13 +17,16 @@"))
    }

    @Test func aVConAgainstItselfHasNoDifferences() throws {
        let path = "vcon-lib-generated/vconlib_unsigned_features.vcon.json"
        let result = try diff(path, path)
        #expect(result.isEmpty && result.summary == "no differences")
        #expect(VConDiff.renderText(result) == "no differences")
    }

    @Test func aBigVConAgainstItselfNeedsNoLineDiff() throws {
        // 3.3 MB, more lines than the line diff takes: identical text is known without printing it.
        var options = VConDiff.Options()
        options.mode = .lines
        let path = "py-vcon/tests__example_external_dialog.vcon"
        let result = try diff(path, path, options: options)
        #expect(result.isEmpty && result.summary == "no differences (line diff)")
        #expect(try diff(path, path).summary == "no differences")
    }

    @Test func aBigVConAgainstADifferentOneIsTooLargeForLines() throws {
        var options = VConDiff.Options()
        options.mode = .lines
        let result = try diff("py-vcon/tests__hello.vcon", "py-vcon/tests__example_external_dialog.vcon", options: options)
        #expect(result.summary == "too large for a line diff: more than 50000 lines on a side")
        #expect(VConDiff.renderText(result) == "too large for a line diff: more than 50000 lines on a side")
        // The semantic diff still works, and describes the 175 KB recording by its size.
        let semantic = try diff("py-vcon/tests__hello.vcon", "py-vcon/tests__example_external_dialog.vcon")
        #expect(semantic.summary == "12 fields changed in 3 items, 3 top-level fields changed, 3 analyses added")
        #expect(
            semantic.entries.contains { $0.pointer == "/dialog/0/body" && $0.before == "(body, 174926 chars, base64url, no content_hash)" })
    }
}
