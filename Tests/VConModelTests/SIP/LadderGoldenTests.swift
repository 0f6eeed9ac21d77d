import LadderTestSupport
import Testing

@testable import VConModel
@testable import VConSIP

/// Ladder layouts as text in (vCon JSON built by `LadderScenarios`) and text out (`Tests/Goldens/SIP/*.txt`).
@Suite struct LadderGoldenTests {
    @Test func fivePartyTrace() throws {
        let layout = try LadderScenarios.fivePartyTrace()
        expectGolden(layout.dump(), file: "five-party-trace.txt")
        #expect(layout.lanes.count == 5)
        #expect(layout.messages.allSatisfy { $0.to.party != nil })
    }

    @Test func forkedInvite() throws {
        let layout = try LadderScenarios.forkedInvite()
        expectGolden(layout.dump(), file: "forked-invite.txt")
    }

    @Test func selfMessageAndUnknownRegistrar() throws {
        let layout = try LadderScenarios.selfMessageAndUnknownRegistrar()
        expectGolden(layout.dump(), file: "self-message.txt")
        #expect(layout.messages[0].isSelf)
        #expect(layout.messages[2].to.party == nil)
    }

    @Test func retransmissionStorm() throws {
        let layout = try LadderScenarios.retransmissionStorm()
        expectGolden(layout.dump(), file: "retransmission-storm.txt")
        #expect(layout.messages[0].retransmissionCount == 3)
        #expect(layout.messages[3].retransmissionOf == 0)
        #expect(layout.messages[9].retransmissionOf == nil)  // other direction: not a retransmission
    }

    @Test func identicalAndOutOfOrderTimestamps() throws {
        let layout = try LadderScenarios.identicalAndOutOfOrderTimestamps()
        expectGolden(layout.dump(), file: "timestamps-identical-and-out-of-order.txt")
        #expect(layout.messages.map(\.delta) == [nil, 0, -1, 2, 0])
    }

    @Test func missingParty() throws {
        let layout = try LadderScenarios.missingParty()
        expectGolden(layout.dump(), file: "missing-party.txt")
    }

    @Test func partyOutOfRange() throws {
        let layout = try LadderScenarios.partyOutOfRange()
        expectGolden(layout.dump(), file: "party-out-of-range.txt")
    }

    @Test func bareLineFeedSIPAttachments() throws {
        let layout = try LadderScenarios.bareLineFeedSIPAttachments()
        expectGolden(layout.dump(), file: "bare-lf-sip.txt")
    }

    @Test func cjkDisplayNamesAndUnsafeText() throws {
        let layout = try LadderScenarios.cjkDisplayNamesAndUnsafeText()
        expectGolden(layout.dump(), file: "cjk-display-names.txt")
        #expect(layout.lanes.map(\.title) == ["[0] 山田太郎", "[1] 王芳", "[2] Eve\u{202E}evil\u{1B}[2J"])
    }
}

/// Sources beyond a single JSON trace: duplicates, string and base64url trace bodies, events, header summaries.
@Suite struct LadderSourceGoldenTests {
    typealias V = VConText

    @Test func traceAndIndividualAttachmentsShowEachMessageOnce() throws {
        let from = "Alice <sip:alice@example.com>;tag=1"
        let invite =
            "INVITE sip:bob@biloxi.example.com SIP/2.0\r\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKdup\r\n"
            + "From: \(from)\r\nTo: Bob <sip:bob@biloxi.example.com>\r\nCall-ID: dup-1\r\nCSeq: 7 INVITE\r\nContent-Length: 0\r\n\r\n"
        let ok =
            "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKdup\r\nFrom: \(from)\r\n"
            + "To: Bob <sip:bob@biloxi.example.com>;tag=2\r\nCall-ID: dup-1\r\nCSeq: 7 INVITE\r\nContent-Length: 0\r\n\r\n"
        let json = V.vcon(
            parties: [LadderScenarios.alice, LadderScenarios.bob], dialog: [V.dialog(parties: [0, 1])],
            attachments: [
                V.trace(
                    [
                        V.entry(0.000, party: 0, "INVITE", [("CSeq", "7 INVITE")], direction: "sent"),
                        V.entry(0.100, party: 1, "180 Ringing", [("CSeq", "7 INVITE")], direction: "received"),
                        V.entry(1.000, party: 1, "200 OK", [("CSeq", "7 INVITE")], direction: "received"),
                    ], callID: "dup-1"),
                V.sipAttachment("sip-invite", 0.0004, party: 0, wire: invite),
                V.sipAttachment("sip-response", 1.0, party: nil, wire: ok),
                V.sipAttachment("sip-response", 9.0, party: 1, wire: ok),  // 8 s later: a separate message
            ])
        let layout = try LadderFixtures.layout(json)
        expectGolden(layout.dump(), file: "dedupe-trace-and-attachments.txt")
        #expect(layout.messages.count == 4)
        #expect(layout.messages[0].message.raw == invite)  // the wire copy replaces the trace's summary
        #expect(layout.messages[0].sources == ["/attachments/0/body/messages/0", "/attachments/1"])
        #expect(layout.messages[0].direction == .sent)
    }

    @Test func traceBodyAsStringOrBase64url() throws {
        let body = V.traceBody(
            [
                V.entry(0, party: 0, "OPTIONS", V.ids("s-1", "1 OPTIONS", branch: nil)),
                V.entry(0.2, party: 1, "200 OK", V.ids("s-1", "1 OPTIONS", branch: nil)),
            ], callID: "s-1")
        let stringBody = "{\"purpose\": \"sip-message-trace\", \"dialog\": 0, \"encoding\": \"none\", \"body\": \(V.quote(body))}"
        let base64Body =
            "{\"purpose\": \"sip-message-trace\", \"dialog\": 0, \"encoding\": \"base64url\", \"body\": "
            + V.quote(Base64.urlEncode(Array(body.utf8))) + "}"
        let broken = "{\"purpose\": \"sip-message-trace\", \"dialog\": 0, \"encoding\": \"none\", \"body\": \"not json\"}"
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [LadderScenarios.alice, LadderScenarios.bob], dialog: [V.dialog(parties: [0, 1])],
                attachments: [stringBody, base64Body, broken]))
        expectGolden(layout.dump(), file: "trace-string-and-base64url-bodies.txt")
        #expect(layout.messages.count == 4)
        #expect(layout.messages[2].retransmissionOf == 0)  // the same trace twice: the copies look like retransmissions
    }

    @Test func eventsOnTheTimeLine() throws {
        let layout = try LadderScenarios.eventsOnTheTimeLine()
        expectGolden(layout.dump(), file: "events-on-the-time-line.txt")
    }

    @Test func wholeVConAcrossDialogs() throws {
        let vcon = try LadderFixtures.vcon(
            V.vcon(
                parties: [LadderScenarios.alice, LadderScenarios.bob],
                dialog: [V.dialog(parties: [0, 1]), V.dialog(parties: [1, 0], start: 60)],
                attachments: [
                    V.trace([V.entry(0, party: 0, "INVITE", V.ids("d0", "1 INVITE", branch: nil))], callID: "d0", dialog: 0),
                    V.trace([V.entry(60, party: 1, "INVITE", V.ids("d1", "1 INVITE", branch: nil))], callID: "d1", dialog: 1),
                ]))
        #expect(LadderSources.signalingDialogs(vcon) == [0, 1])
        #expect(LadderSources.hasSignaling(vcon))
        expectGolden(LadderFixtures.dump(vcon, dialog: nil), file: "whole-vcon.txt")
        let second = LadderLayout(LadderSources.input(from: vcon, dialog: 1))
        #expect(second.messages.map(\.callID) == ["d1"])
        let missing = LadderLayout(LadderSources.input(from: vcon, dialog: 4))
        #expect(missing.warnings == [SIPWarning("dialog 4 does not exist (2 dialogs)")])
    }
}
