import Foundation
import TestSupport
import Testing

/// The command line end to end: the built binary's stdout, stderr and exit status.
@Suite(.serialized) struct CLITests {
    static let small = """
        {
          "vcon": "0.4.0",
          "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46",
          "created_at": "2024-01-15T10:00:00Z",
          "subject": "Refund",
          "parties": [
            {"name": "Alice", "tel": "+1 555 0100"},
            {"name": "Bob", "tel": "+1 555 0199", "mailto": "bob@example.com"}
          ],
          "dialog": [
            {"type": "text", "start": "2024-01-15T10:00:00Z", "duration": 12.5, "parties": [0, 1],
             "mediatype": "text/plain", "encoding": "none", "body": "Hello"}
          ],
          "analysis": [
            {"type": "summary", "dialog": 0, "vendor": "acme", "mediatype": "text/plain", "encoding": "none", "body": "A refund."}
          ],
          "attachments": [
            {"purpose": "invoice", "start": "2024-01-15T10:00:00Z", "party": 1, "dialog": 0,
             "mediatype": "application/pdf", "url": "https://example.com/i.pdf",
             "content_hash": "sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ"}
          ]
        }
        """

    @Test func showPrintsTheSummary() throws {
        let path = try CLIRunner.fixture("small.vcon", Self.small)
        let result = try CLIRunner.run(["show", path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let expected = """
            \(path)
              form        unsigned
              generation  0.4.0 (declared "vcon": "0.4.0")
              profile     core-04 (draft-ietf-vcon-vcon-core-04 (September 2026))
              spellings   mediatype, attachment.purpose, content_hash
              uuid        01928e10-193e-8231-b9a2-279e0d16bc46
              created     2024-01-15T10:00:00Z
              updated     -
              subject     Refund
            parties (2)
              [0] Alice (+1 555 0100)  tel +1 555 0100
              [1] Bob (+1 555 0199)  tel +1 555 0199  mailto bob@example.com
            dialog (1)
              [0] text  2024-01-15T10:00:00Z  12.5 s  parties [0] Alice (+1 555 0100), [1] Bob (+1 555 0199)  text/plain  inline none, 5 B
            analysis (1)
              [0] summary  dialog 0  vendor acme  text/plain  inline none, 9 B
            attachments (1)
              [0] invoice  party [1] Bob (+1 555 0199)  dialog 0  2024-01-15T10:00:00Z  application/pdf  external https://example.com/i.pdf (sha512)
            relations (0)
            findings (0): no findings

            """
        #expect(result.stdout == expected)
    }

    @Test func defaultCommandShowsAndNoArgumentsPrintsHelp() throws {
        let path = try CLIRunner.fixture("small.vcon", Self.small)
        let show = try CLIRunner.run(["show", path])
        let implicit = try CLIRunner.run([path])
        #expect(implicit.status == 0)
        #expect(implicit.stdout == show.stdout)
        let help = try CLIRunner.run([])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: vcon-browser"))
        #expect(help.stdout.contains("validate"))
    }

    @Test func showJSONHasStableKeys() throws {
        let path = try CLIRunner.fixture("small.vcon", Self.small)
        let result = try CLIRunner.run(["show", "--json", path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["uuid", "generation", "form", "subject", "created_at", "parties", "dialog", "analysis", "attachments", "findings"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["generation"] as? String == "0.4.0")
        let party = try #require((object["parties"] as? [[String: Any]])?.last)
        #expect(party["index"] as? Int == 1 && party["name"] as? String == "Bob" && party["mailto"] as? String == "bob@example.com")
        let dialog = try #require((object["dialog"] as? [[String: Any]])?.first)
        #expect(dialog["parties"] as? [Int] == [0, 1])
        #expect(dialog["duration"] as? Double == 12.5)
        // Key order is fixed: the text is identical run to run, and uuid comes before generation.
        let again = try CLIRunner.run(["show", "--json", path])
        #expect(again.stdout == result.stdout)
        let uuidAt = try #require(result.stdout.range(of: "\"uuid\""))
        let generationAt = try #require(result.stdout.range(of: "\"generation\""))
        #expect(uuidAt.lowerBound < generationAt.lowerBound)
    }

    @Test func showFailsClearlyOnNonVCons() throws {
        let notJSON = try CLIRunner.fixture("bad.vcon", "{\n  \"vcon\" : 0.0.1\n}\n")
        let result = try CLIRunner.run(["show", notJSON])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("\(notJSON):2:15: not JSON"))

        let array = try CLIRunner.fixture("array.json", "[1, 2]")
        let arrayResult = try CLIRunner.run(["show", array])
        #expect(arrayResult.status == 1)
        #expect(arrayResult.stderr.hasPrefix("\(array):1:1: not a vCon"))

        let missing = try CLIRunner.run(["show", "/nonexistent/x.vcon"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("/nonexistent/x.vcon: "))
    }

    @Test(.corpus) func showInflatesGzipFilesAndGzipPayloads() throws {
        let gzip = Corpus.path("edge-cases/ab_call_ext_rec.gzip.vcon")
        let plain = try CLIRunner.run(["show", gzip])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("form        gzip > unsigned"))
        #expect(plain.stdout.contains("uuid        019f15a6-a752-826f-b9a2-279e0d16bc46"))
        let signed = Corpus.path("edge-cases/signed_gzip_payload.vcon.json")
        let payload = try CLIRunner.run(["show", "--json", signed])
        #expect(payload.status == 0)
        #expect(payload.stdout.contains(#""uuid": "019f15a6-a752-826f-b9a2-279e0d16bc46""#))
        let validated = try CLIRunner.run(["validate", signed])
        #expect(!validated.stdout.contains("not-validated"))
    }

    @Test func showReadsStandardInput() throws {
        let result = try CLIRunner.run(["show", "-"], stdin: Data(Self.small.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("-\n  form        unsigned\n"))
    }

    @Test(.corpus) func showDescribesEnvelopes() throws {
        let signed = Corpus.url("spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_signed.vcon")
            .path
        let result = try CLIRunner.run(["show", signed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  form        signed (JWS general) > unsigned\n"))
        #expect(
            result.stdout.contains(
                "  envelope    signature 1: RS256, x5c chain of 3 certificates, header uuid 019f15a6-a752-826f-b9a2-279e0d16bc46\n"))
        #expect(
            result.stdout.contains(
                "[0] recording  2022-06-21T17:53:26.000+00:00  33.12 s  parties [0] Alice (+12345678901), [1] Bob (+19876543210)"))

        let encrypted = Corpus.path("spec-examples/draft-petrie-vcon-00_01/ab_call_ext_rec_encrypted.vcon")
        let enc = try CLIRunner.run(["show", encrypted])
        #expect(enc.status == 0)
        #expect(enc.stdout.contains("  form        encrypted (JWE general (legacy cyphertext))\n"))
        #expect(enc.stdout.contains("  envelope    1 recipient (RSA-OAEP), enc A256CBC-HS512\n"))
    }

    @Test(.corpus) func validatePrintsLocatedFindingsAndExitCodes() throws {
        let clean = try CLIRunner.fixture("small.vcon", Self.small)
        let ok = try CLIRunner.run(["validate", clean])
        #expect(ok.status == 0)
        #expect(ok.stdout == "")

        let broken = try CLIRunner.fixture(
            "broken.vcon",
            """
            {"uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
             "parties": [{"name": "A"}],
             "dialog": [{"type": "text", "start": "2024-01-15T10:00:00Z", "parties": [0, 3],
                         "mediatype": "text/plain", "encoding": "none", "body": "x"}]}
            """)
        let bad = try CLIRunner.run(["validate", broken, clean])
        #expect(bad.status == 1)
        #expect(
            bad.stdout
                == "\(broken):3:78: error: \"parties\": 3 refers to parties[3], which does not exist: parties has 1 element (0…0) [party-index §4.3.4] (/dialog/0/parties/1)\n"
        )

        let unreadable = try CLIRunner.run(["validate", broken, "/nonexistent/y.vcon"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.hasPrefix("/nonexistent/y.vcon: "))
        #expect(unreadable.stdout.contains("[party-index §4.3.4]"))

        let schema = Corpus.path("cc-extension-draft/cc_json_schema.json")
        let notVCon = try CLIRunner.run(["validate", schema])
        #expect(notVCon.status == 1)
        #expect(notVCon.stdout == "\(schema):1:1: error: not a vCon: a JSON schema, not a vCon [not-vcon] ()\n")
    }

    @Test(.corpus) func validateJSONIsAnArrayOfFiles() throws {
        let fixture = Corpus.path("vcon-server/invalid_fixtures/bad_party_ref.json")
        let result = try CLIRunner.run(["validate", "--json", fixture])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array[0]["file"] as? String == fixture)
        let findings = try #require(array[0]["findings"] as? [[String: Any]])
        let hit = try #require(findings.first { $0["rule"] as? String == "party-index" })
        #expect(hit["pointer"] as? String == "/dialog/0/parties/1")
        #expect(hit["severity"] as? String == "error")
        #expect(hit["line"] as? Int == 18 && hit["column"] as? Int == 22)
    }

    @Test(.corpus) func payloadFindingsPointAtThePayload() throws {
        let signed = Corpus.url("spec-examples/draft-ietf-vcon-vcon-core-03__main/ab_call_ext_rec_signed.vcon")
            .path
        let result = try CLIRunner.run(["validate", signed])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "error: the vCon has no \"created_at\" (the draft says it MUST be present) [required-field §4.1.5] (payload /)")
        )
    }

    @Test func escapeSequencesNeverReachTheTerminal() throws {
        let hostile = try CLIRunner.fixture(
            "hostile.vcon",
            """
            {"uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
             "subject": "\\u001b[2J\\u001b]0;pwned\\u0007 hi \\u202e",
             "parties": [{"name": "Eve\\u001b[31m", "tel": "+1\\r\\n555"}],
             "dialog": [{"type": "te\\u009bxt", "start": "2024-01-15T10:00:00Z", "parties": [0]}],
             "x\\u001bkey": 1}
            """)
        for arguments in [["show", hostile], ["show", "--json", hostile], ["validate", hostile], ["validate", "--json", hostile]] {
            let result = try CLIRunner.run(arguments)
            let raw = result.stdout.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
            }
            #expect(raw.isEmpty, "\(arguments): \(raw.map { String($0.value, radix: 16) })")
        }
        let show = try CLIRunner.run(["show", hostile])
        #expect(show.stdout.contains("  subject     \\u001b[2J\\u001b]0;pwned\\u0007 hi \\u202e\n"))
        #expect(show.stdout.contains("[0] Eve\\u001b[31m (+1\\u000d\\u000a555)"))
    }
}
