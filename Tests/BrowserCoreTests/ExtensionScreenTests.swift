import Foundation
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

/// The extensions shown as what they are: a WTF transcript with times (80×24 and 200×60, T changing the
/// format, w showing words), a contact-center party list with roles, a lawful-basis attachment, and the
/// Summary's extensions (re-record snapshots with `VCON_RECORD=1`).
@Suite struct ExtensionScreenTests {
    static let wtfJSON = """
        {
          "vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2025-01-02T12:00:00Z",
          "extensions": ["wtf_transcription", "CC", "lawful_basis", "x-acme-scoring"],
          "parties": [
            {"tel": "+1-555-123-4567", "name": "Alice", "role": "agent"},
            {"tel": "+1-555-987-6543", "name": "Bob", "role": "customer"},
            {"name": "Carol", "role": "supervisor", "uuid": "sup-0042"}
          ],
          "dialog": [
            {"type": "recording", "start": "2025-01-02T12:15:30Z", "duration": 65.2, "parties": [0, 1],
             "mediatype": "audio/x-wav", "url": "https://media.example.com/call.wav",
             "content_hash": "sha512-GLy6IPaIUM1GqzZqfIPZlWjaDsNgNvZM0iCONNThnH0a75fhUM6cYzLZ5GynSURREvZwmOh54-2lRRieyj82UQ",
             "campaign": "spring-renewals", "interaction_type": "inbound", "interaction_id": "INT-7781",
             "skill": ["billing", "spanish"]}
          ],
          "analysis": [
            {"type": "wtf_transcription", "dialog": 0, "vendor": "deepgram", "product": "nova-2",
             "mediatype": "application/json", "encoding": "json",
             "body": {
               "transcript": {"text": "Hello, this is Alice. Hi Alice, I need help.", "language": "en-US", "duration": 65.2,
                              "confidence": 0.92},
               "segments": [
                 {"id": 0, "start": 0.5, "end": 4.8, "text": "Hello, this is Alice from customer service.",
                  "confidence": 0.95, "speaker": 0, "words": [0, 1]},
                 {"id": 1, "start": 5.2, "end": 9.1, "text": "Hi Alice, I'm having trouble with my account.",
                  "confidence": 0.88, "speaker": 1, "words": [2]},
                 {"id": 2, "start": 61.25, "end": 64.0, "text": "Let me bring in my supervisor.", "speaker": "Speaker C"}
               ],
               "words": [
                 {"id": 0, "start": 0.5, "end": 0.8, "text": "Hello", "confidence": 0.98},
                 {"id": 1, "start": 0.9, "end": 1.1, "text": ",", "confidence": 0.95, "is_punctuation": true},
                 {"id": 2, "start": 5.2, "end": 5.4, "text": "Hi", "confidence": 0.91}
               ],
               "speakers": {"Speaker C": {"id": "Speaker C", "label": "Carol (supervisor)"}},
               "metadata": {"created_at": "2025-01-02T12:15:30Z", "processed_at": "2025-01-02T12:16:35Z",
                            "provider": "deepgram", "model": "nova-2", "audio": {"duration": 65.2, "sample_rate": 8000}},
               "enrichments": {"sentiment": {"overall": "negative", "score": -0.4}, "topics": ["account", "password"],
                               "entities": [{"text": "Alice", "type": "PERSON", "start": 2.1, "end": 2.4}]}
             }}
          ],
          "attachments": [
            {"purpose": "lawful_basis", "start": "2025-01-02T12:15:30Z", "party": 1, "dialog": 0,
             "mediatype": "application/json", "encoding": "json",
             "body": {"lawful_basis": "consent", "expiration": "2024-12-31T23:59:59Z",
                      "purpose_grants": [{"purpose": "recording", "granted": true, "granted_at": "2025-01-02T12:15:30Z"},
                                         {"purpose": "sentiment_analysis", "granted": false, "granted_at": "2025-01-02T12:15:30Z"}],
                      "terms_of_service": "https://example.com/terms"}}
          ]
        }
        """

    static func wtfState(keys: String, width: Int = 80, height: Int = 24) throws -> AppState {
        try state(keys: keys, width: width, height: height, file: try loadFixture(wtfJSON, source: "wtf.vcon.json")).0
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func transcriptWithTimes(width: Int, height: Int) throws {
        // At 80×24 the transcript is below the WTF fields: the detail cursor goes to its last line.
        let state = try Self.wtfState(keys: width == 80 ? "4lG" : "4l", width: width, height: height)
        let text = screen(state).plainText
        expectSnapshot(text, named: "BrowserCoreTests/wtf-transcript-\(width)x\(height)")
        // Times in UTC (the dialog starts 12:15:30Z; the first segment 0.5 s in), the speaker resolved to the party.
        #expect(text.contains("12:15:30.500Z–12:15:34.800Z"))
        #expect(text.contains("[0] Alice (agent) 95%: Hello, this is Alice"))
        #expect(text.contains("Carol (supervisor): Let me bring in"))
    }

    /// A real IETF meeting (mlx-whisper, 259 segments, no speakers) at 80×24 as it opens on the Analysis pane:
    /// the WTF fields and the first turns with their times in UTC.
    @Test(.corpus) func ietfMeetingTranscriptAt80x24() throws {
        let file = try FileLoader().load(path: Corpus.path("ietf-meeting-vcons/ietf125_aipref_35166.vcon.json"))
        let text = screen(try state(keys: "4l", width: 80, height: 24, file: file).0).plainText
        expectSnapshot(text, named: "BrowserCoreTests/wtf-ietf125-aipref-80x24")
        #expect(text.contains("provider    mlx-whisper · tiny"))
        #expect(text.contains("Transcript (259 turns)"))
        // The dialog starts 2026-03-16T03:30:00+00:00; segment 1 runs 22.16 s to 29.52 s, confidence 0.7481.
        #expect(text.contains("03:30:22.160Z–03:30:29.520Z  75%  preferences."))
        let relative = screen(try state(keys: "4lTTT", width: 80, height: 24, file: file).0).plainText
        #expect(relative.contains("+22.160s–+29.520s  75%  preferences."))
    }

    /// The real lawful-basis attachment of an IETF meeting: fields, not JSON; expiring in 2099, so not marked.
    @Test(.corpus) func ietfMeetingLawfulBasisFields() throws {
        let file = try FileLoader().load(path: Corpus.path("ietf-meeting-vcons/ietf110_6lo_28676.vcon.json"))
        let text = screen(try state(keys: "5jjl", width: 100, height: 30, file: file).0).plainText
        #expect(text.contains("basis       legitimate_interests"))
        #expect(text.contains("expires     2099-12-31 23:59:59Z"))
        #expect(text.contains("purposes    recording ✓, transcription ✓, publication ✓, archival ✓, analysis ✓"))
        #expect(text.contains("scope       the whole vCon (no party or dialog named)"))
        #expect(!text.contains("expired before"))
    }

    @Test func timeModeChangesTheTurnTimes() throws {
        let relative = screen(try Self.wtfState(keys: "4lTTT", width: 200, height: 60)).plainText
        #expect(relative.contains("+0.500s–+4.800s"))
        let delta = screen(try Self.wtfState(keys: "4lTTTT", width: 200, height: 60)).plainText
        #expect(delta.contains("Δ+4.700s"), "the second turn starts 4.7 s after the first")
        let utc = screen(try Self.wtfState(keys: "4l", width: 200, height: 60)).plainText
        #expect(utc.contains("12:16:31.250Z–12:16:34Z"))
    }

    @Test func wordsOnDemand() throws {
        let hidden = screen(try Self.wtfState(keys: "4l", width: 200, height: 60)).plainText
        #expect(!hidden.contains("words: Hello"))
        #expect(hidden.contains("(w shows words)"))
        let shown = screen(try Self.wtfState(keys: "4lw", width: 200, height: 60)).plainText
        #expect(shown.contains("words: Hello 98% · , 95%"))
    }

    @Test func wtfFieldsAreShown() throws {
        let text = screen(try Self.wtfState(keys: "4l", width: 200, height: 60)).plainText
        for field in [
            "transcript  en-US · 1m05s · 92% confidence", "provider    deepgram · nova-2", "audio       1m05s, 8000 Hz",
            "sentiment   negative (-0.4)", "topics      account, password", "entities    Alice (PERSON) 2.1s–2.4s",
        ] {
            #expect(text.contains(field), "\(field)")
        }
    }

    @Test func contactCenterPartyList() throws {
        let state = try Self.wtfState(keys: "2", width: 80, height: 24)
        let text = screen(state).plainText
        expectSnapshot(text, named: "BrowserCoreTests/cc-parties-80x24")
        #expect(text.contains("▶ [0] Alice (agent, +1-555-123-4567)  "))
        #expect(text.contains("[2] Carol (supervisor, sup-0042)  "))
        #expect(!text.contains("supervisor)  supervisor"), "the role is shown once")
    }

    @Test func contactCenterDialogFields() throws {
        let text = screen(try Self.wtfState(keys: "3l", width: 120, height: 40)).plainText
        #expect(text.contains("campaign    spring-renewals"))
        #expect(text.contains("interaction inbound"))
        #expect(text.contains("skill       billing, spanish"))
        #expect(text.contains("→ [1] Bob (customer, +1-555-987-6543)"))
    }

    @Test func lawfulBasisFieldsAndExpiry() throws {
        let text = screen(try Self.wtfState(keys: "5l", width: 160, height: 40)).plainText
        #expect(text.contains("basis       consent"))
        #expect(text.contains("expired before the vCon was created"))
        #expect(text.contains("purposes    recording ✓, sentiment_analysis ✗"))
        #expect(text.contains("scope       party [1] Bob (customer), dialog 0"))
        let findings = Validator.validate(try loadFixture(Self.wtfJSON))
        #expect(findings.contains { $0.rule == "lawful-basis" && $0.pointer == "/attachments/0/body/expiration" })
    }

    @Test func summaryListsExtensionsKnownAndUnknown() throws {
        let text = screen(try Self.wtfState(keys: "", width: 160, height: 50)).plainText
        #expect(text.contains("extensions  wtf_transcription  known: WTF transcription"))
        #expect(text.contains("            CC                 known: contact center"))
        #expect(text.contains("            x-acme-scoring     unknown to this reader"))
        #expect(text.contains("profile     core-04: draft-ietf-vcon-vcon-core-04"))
        #expect(!text.contains("critical"))
        // A critical extension this reader does not know stays an error, in the Summary and in the findings.
        let json = Self.wtfJSON.replacingOccurrences(
            of: #""extensions": ["#, with: #""critical": ["x-acme-scoring"], "extensions": ["#)
        let file = try loadFixture(json, source: "critical.vcon.json")
        let critical = screen(try state(keys: "", width: 160, height: 50, file: file).0).plainText
        #expect(critical.contains("critical    x-acme-scoring     UNKNOWN to this reader: what is shown may be misread"))
        #expect(Validator.validate(try #require(file.vcon)).contains { $0.rule == "critical-extension" && $0.severity == .error })
    }

    /// A 0.4.0 file valid under core-03 but not core-04 (a body without `encoding`, as in vcon-js's files, which
    /// however look like 0.0.1 and so keep their own rules): the header says so, the status line says why when it
    /// opens, and the Summary keeps the reason.
    @Test func headerSaysValidUnderCore03NotCore04() throws {
        let json = """
            {"vcon":"0.4.0","uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2024-01-15T10:00:00Z",
             "parties":[{"name":"A"},{"name":"B"}],
             "dialog":[{"type":"text","start":"2024-01-15T10:00:00Z","parties":[0,1],"mediatype":"text/plain","body":"hi"}]}
            """
        let file = try loadFixture(json, source: "no-encoding.vcon.json")
        let state = try state(keys: "", width: 120, height: 40, file: file).0
        let text = screen(state).plainText
        let header = try #require(text.split(separator: "\n").first)
        #expect(header.contains("0.4.0 (core-03 ok, not core-04)"))
        #expect(state.message?.hasPrefix("valid under core-03, not core-04: ") == true)
        #expect(text.contains("valid under core-03, not core-04"))
        // A file valid under both says nothing of the kind.
        let clean = screen(try Self.wtfState(keys: "", width: 120, height: 40)).plainText
        #expect(!clean.contains("core-03 ok"))
    }
}
