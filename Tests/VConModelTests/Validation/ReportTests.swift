import Testing
import VConCommands

@testable import VConModel

/// The pure renderers: finding lines, JSON shape, counts, and escapes in every vCon-derived string.
@Suite struct ReportTests {
    @Test func findingLineFormat() {
        let finding = Finding(
            severity: .warning, rule: "media-type", pointer: "/dialog/0/mediatype", line: 3, column: 7, message: "bad \u{1B}[31m")
        #expect(
            FindingsReport.line(finding, source: "a\u{1B}.vcon", file: nil)
                == "a\\u001b.vcon:3:7: warning: bad \\u001b[31m [media-type] (/dialog/0/mediatype)")
    }

    @Test func countsAndJSON() {
        let findings = [
            Finding(severity: .error, rule: "r", pointer: "/a", line: 1, column: 2, message: "m"),
            Finding(severity: .info, rule: "r", pointer: "/b", line: 1, column: 3, message: "m"),
            Finding(severity: .info, rule: "r", pointer: "/c", line: 1, column: 4, message: "m"),
        ]
        #expect(FindingsReport.counts(findings) == "1 error, 2 infos")
        #expect(FindingsReport.counts([]) == "no findings")
        let json = FindingsReport.json([FindingsReport.Entry(source: "f", file: nil, findings: Array(findings.prefix(1)))]).render()
        #expect(
            json
                == #"[{"file":"f","profile":null,"findings":[{"severity":"error","rule":"r","pointer":"/a","line":1,"column":2,"message":"m","section":""}]}]"#
        )
    }

    @Test func showTextEscapesAndResolvesParties() throws {
        let text =
            #"{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2024-01-15T10:00:00Z","subject":"a\u001bb","#
            + #""parties":[{"name":"Al\u202eice","tel":"+1"}],"dialog":[{"type":"recording","start":"2024-01-15T10:00:00Z","parties":[[0],null,[3]],"#
            + #""mediatype":"audio/x-wav","encoding":"base64url","body":"AAAA"}]}"#
        let file = try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: "t")
        let output = ShowReport(file: file, findings: Validator.validate(file)).text()
        #expect(output.contains("  subject     a\\u001bb\n"))
        #expect(output.contains("parties ch0: [0] Al\\u202eice (+1); ch1: (none); ch2: [3] (no such party)"))
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test func byteCounts() {
        #expect(ByteCount.format(0) == "0 B")
        #expect(ByteCount.format(1536) == "1.5 KiB")
        #expect(ByteCount.format(60 * 1024 * 1024) == "60 MiB")
    }
}
