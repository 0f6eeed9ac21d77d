import VConModel
import VConSIP

/// The SIP traces that both the layout goldens (`Tests/VConModelTests/SIP/LadderGoldenTests.swift`) and the
/// ladder text goldens (`Tests/BrowserCoreTests/Ladder/`) lay out, one builder per scenario.
public enum LadderScenarios {
    private typealias V = VConText

    /// Alice as a party object (name, tel, sip).
    public static let alice = V.party([("name", "Alice"), ("tel", "+12125551234"), ("sip", "alice@example.com")])
    /// Bob as a party object (name, tel, sip).
    public static let bob = V.party([("name", "Bob"), ("tel", "+12125559876"), ("sip", "bob@biloxi.example.com")])

    /// One JSON trace across five parties: a caller, an SBC, an IVR that REFERs to an agent, and a supervisor.
    public static func fivePartyTrace() throws -> LadderLayout {
        let parties = [
            V.party([("name", "Alice"), ("tel", "+12125551234"), ("sip", "alice@example.com")]),
            V.party([("name", "SBC"), ("tel", "+18005550100"), ("sip", "sbc.example.com")]),
            V.party([("name", "IVR"), ("sip", "ivr@ivr.example.com")]),
            V.party([("name", "Agent Bob"), ("sip", "bob@agents.example.com"), ("sip_contact", "sip:bob@192.0.2.30")]),
            V.party([("name", "Supervisor"), ("mailto", "sue@example.com"), ("sip", "sue@example.com")]),
        ]
        let sbc = "<sip:+18005550100@sbc.example.com>"
        let entries = [
            V.entry(
                0.000, party: 0, "INVITE", V.ids("leg-a", "1 INVITE", branch: "z9hG4bKa1", from: "<sip:alice@example.com>;tag=a", to: sbc)),
            V.entry(0.010, party: 1, "100 Trying", V.ids("leg-a", "1 INVITE", branch: "z9hG4bKa1")),
            V.entry(
                0.020, party: 1, "INVITE",
                V.ids("leg-b", "10 INVITE", branch: "z9hG4bKb1", from: sbc + ";tag=s", to: "<sip:ivr@ivr.example.com>")),
            V.entry(
                0.300, party: 2, "200 OK", V.ids("leg-b", "10 INVITE", branch: "z9hG4bKb1", more: [("Content-Type", "application/sdp")]),
                body: "v=0\r\no=- 1 1 IN IP4 192.0.2.20\r\ns=-\r\nc=IN IP4 192.0.2.20\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"),
            V.entry(0.310, party: 1, "200 OK", V.ids("leg-a", "1 INVITE", branch: "z9hG4bKa1")),
            V.entry(0.400, party: 0, "ACK", V.ids("leg-a", "1 ACK", branch: "z9hG4bKa2", to: sbc)),
            V.entry(0.410, party: 1, "ACK", V.ids("leg-b", "10 ACK", branch: "z9hG4bKb2", to: "<sip:ivr@ivr.example.com>")),
            V.entry(
                20.00, party: 2, "REFER",
                V.ids(
                    "leg-b", "1 REFER", branch: "z9hG4bKi1", to: sbc,
                    more: [("Refer-To", "<sip:bob@agents.example.com>")])),
            V.entry(20.05, party: 1, "202 Accepted", V.ids("leg-b", "1 REFER", branch: "z9hG4bKi1")),
            V.entry(20.10, party: 1, "INVITE", V.ids("leg-c", "20 INVITE", branch: "z9hG4bKc1", to: "<sip:bob@agents.example.com>")),
            V.entry(20.20, party: 3, "180 Ringing", V.ids("leg-c", "20 INVITE", branch: "z9hG4bKc1")),
            V.entry(25.00, party: 3, "200 OK", V.ids("leg-c", "20 INVITE", branch: "z9hG4bKc1")),
            V.entry(25.01, party: 1, "ACK", V.ids("leg-c", "20 ACK", branch: "z9hG4bKc2", to: "<sip:bob@agents.example.com>")),
            V.entry(40.00, party: 4, "INVITE", V.ids("leg-d", "1 INVITE", branch: "z9hG4bKd1", to: sbc)),
            V.entry(40.10, party: 1, "200 OK", V.ids("leg-d", "1 INVITE", branch: "z9hG4bKd1")),
            V.entry(60.00, party: 2, "BYE", V.ids("leg-b", "2 BYE", branch: "z9hG4bKi2", to: sbc)),
            V.entry(60.05, party: 1, "200 OK", V.ids("leg-b", "2 BYE", branch: "z9hG4bKi2")),
        ]
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: parties, dialog: [V.dialog(parties: [0, 1, 2, 3, 4], duration: 60)],
                attachments: [V.trace(entries)]))
        return layout
    }

    /// A proxy forking an INVITE to two contacts, one answering and one CANCELled; trace entries and wire copies mixed.
    public static func forkedInvite() throws -> LadderLayout {
        let parties = [
            V.party([("name", "Alice"), ("sip", "alice@example.com")]),
            V.party([("name", "Proxy"), ("sip", "proxy.example.com")]),
            V.party([("name", "Bob desk"), ("sip", "bob@example.com"), ("sip_contact", "sip:bob@192.0.2.10")]),
            V.party([("name", "Bob mobile"), ("tel", "+15551230003"), ("sip_contact", "sip:bob@192.0.2.20")]),
        ]
        let alice = "<sip:alice@example.com>;tag=a1"
        func ids(_ cseq: String, _ branch: String, to: String = "<sip:bob@example.com>", _ more: [(String, String)] = []) -> [(
            String, String
        )] {
            V.ids("fork-1", cseq, branch: branch, from: alice, to: to, more: more)
        }
        let inviteA =
            "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP alice.example.com;branch=z9hG4bKa\r\n"
            + "Route: <sip:proxy.example.com;lr>\r\nFrom: \(alice)\r\nTo: <sip:bob@example.com>\r\nCall-ID: fork-1\r\n"
            + "CSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n"
        func forward(_ target: String, _ branch: String, method: String = "INVITE") -> String {
            "\(method) sip:bob@\(target) SIP/2.0\r\nVia: SIP/2.0/UDP proxy.example.com;branch=\(branch)\r\n"
                + "Via: SIP/2.0/UDP alice.example.com;branch=z9hG4bKa\r\nFrom: \(alice)\r\nTo: <sip:bob@example.com>\r\n"
                + "Call-ID: fork-1\r\nCSeq: 1 \(method)\r\nContent-Length: 0\r\n\r\n"
        }
        let attachments = [
            V.sipAttachment("sip-invite", 0.00, party: 0, wire: inviteA),
            V.trace(
                [
                    V.entry(0.01, party: 1, "100 Trying", ids("1 INVITE", "z9hG4bKa"))
                ], callID: "fork-1"),
            V.sipAttachment("sip-invite", 0.02, party: 1, wire: forward("192.0.2.10", "z9hG4bKb1")),
            V.sipAttachment("sip-invite", 0.03, party: 1, wire: forward("192.0.2.20", "z9hG4bKb2")),
            V.trace(
                [
                    V.entry(0.50, party: 2, "180 Ringing", ids("1 INVITE", "z9hG4bKb1", to: "<sip:bob@example.com>;tag=desk")),
                    V.entry(0.60, party: 3, "180 Ringing", ids("1 INVITE", "z9hG4bKb2", to: "<sip:bob@example.com>;tag=mob")),
                    V.entry(0.51, party: 1, "180 Ringing", ids("1 INVITE", "z9hG4bKa", to: "<sip:bob@example.com>;tag=desk")),
                    V.entry(0.61, party: 1, "180 Ringing", ids("1 INVITE", "z9hG4bKa", to: "<sip:bob@example.com>;tag=mob")),
                    V.entry(
                        3.00, party: 2, "200 OK",
                        ids(
                            "1 INVITE", "z9hG4bKb1", to: "<sip:bob@example.com>;tag=desk",
                            [("Contact", "<sip:bob@192.0.2.10>")])),
                ], callID: "fork-1"),
            V.sipAttachment("sip-cancel", 3.01, party: 1, wire: forward("192.0.2.20", "z9hG4bKb2", method: "CANCEL")),
            V.trace(
                [
                    V.entry(3.05, party: 3, "200 OK", ids("1 CANCEL", "z9hG4bKb2", to: "<sip:bob@example.com>;tag=mob")),
                    V.entry(3.06, party: 3, "487 Request Terminated", ids("1 INVITE", "z9hG4bKb2", to: "<sip:bob@example.com>;tag=mob")),
                    V.entry(3.07, party: 1, "ACK", ids("1 ACK", "z9hG4bKb2", to: "<sip:bob@example.com>;tag=mob")),
                    V.entry(3.02, party: 1, "200 OK", ids("1 INVITE", "z9hG4bKa", to: "<sip:bob@example.com>;tag=desk")),
                ], callID: "fork-1"),
            V.sipAttachment(
                "sip-ack", 3.10, party: 0,
                wire: "ACK sip:bob@192.0.2.10 SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP alice.example.com;branch=z9hG4bKc\r\nFrom: \(alice)\r\nTo: <sip:bob@example.com>;tag=desk\r\n"
                    + "Call-ID: fork-1\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n"),
        ]
        let layout = try LadderFixtures.layout(V.vcon(parties: parties, dialog: [V.dialog(parties: [0, 2, 3])], attachments: attachments))
        return layout
    }

    /// A MESSAGE to oneself and a REGISTER to a registrar that is no party.
    public static func selfMessageAndUnknownRegistrar() throws -> LadderLayout {
        let me = "<sip:alice@example.com>"
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0])],
                attachments: [
                    V.trace([
                        V.entry(0, party: 0, "MESSAGE", V.ids("self-1", "1 MESSAGE", branch: "z9hG4bKs1", from: me + ";tag=1", to: me)),
                        V.entry(
                            0.01, party: 0, "200 OK",
                            V.ids("self-1", "1 MESSAGE", branch: "z9hG4bKs1", from: me + ";tag=1", to: me + ";tag=2")),
                        V.entry(1, party: 0, "REGISTER", V.ids("reg-1", "1 REGISTER", branch: "z9hG4bKr1", from: me + ";tag=3", to: me)),
                    ])
                ]))
        return layout
    }

    /// INVITE and 200 OK retransmitted several times, with an ACK seen in both directions.
    public static func retransmissionStorm() throws -> LadderLayout {
        let invite = V.ids(
            "storm", "1 INVITE", branch: "z9hG4bKst", from: "<sip:alice@example.com>;tag=1", to: "<sip:bob@biloxi.example.com>")
        let ok = V.ids(
            "storm", "1 INVITE", branch: "z9hG4bKst", from: "<sip:alice@example.com>;tag=1", to: "<sip:bob@biloxi.example.com>;tag=2")
        let entries = [
            V.entry(0.0, party: 0, "INVITE", invite, direction: "sent"),
            V.entry(0.5, party: 0, "INVITE", invite, direction: "sent"),
            V.entry(1.5, party: 0, "INVITE", invite, direction: "sent"),
            V.entry(3.5, party: 0, "INVITE", invite, direction: "sent"),
            V.entry(3.6, party: 1, "100 Trying", invite, direction: "received"),
            V.entry(4.0, party: 1, "200 OK", ok, direction: "received"),
            V.entry(4.5, party: 1, "200 OK", ok, direction: "received"),
            V.entry(5.5, party: 1, "200 OK", ok, direction: "received"),
            V.entry(
                5.6, party: 0, "ACK", V.ids("storm", "1 ACK", branch: "z9hG4bKack", to: "<sip:bob@biloxi.example.com>;tag=2"),
                direction: "sent"),
            V.entry(
                5.7, party: 0, "ACK", V.ids("storm", "1 ACK", branch: "z9hG4bKack", to: "<sip:bob@biloxi.example.com>;tag=2"),
                direction: "received"),
        ]
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0, 1])],
                attachments: [V.trace(entries, callID: "storm")]))
        return layout
    }

    /// Entries with equal timestamps and one that goes back in time.
    public static func identicalAndOutOfOrderTimestamps() throws -> LadderLayout {
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0, 1], start: 1.5)],
                attachments: [
                    V.trace([
                        V.entry(1, party: 0, "INVITE"), V.entry(1, party: 1, "100 Trying"), V.entry(0, party: 1, "180 Ringing"),
                        V.entry(2, party: 1, "200 OK"), V.entry(2, party: 0, "ACK"),
                    ])
                ]))
        return layout
    }

    /// Trace entries with no `party` field.
    public static func missingParty() throws -> LadderLayout {
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0, 1])],
                attachments: [
                    V.trace(
                        [
                            V.entry(
                                0, party: nil, "INVITE",
                                V.ids(
                                    "np", "1 INVITE", branch: "z9hG4bKn", from: "<sip:alice@example.com>;tag=1",
                                    to: "<sip:+12125559876@biloxi.example.com;user=phone>")),
                            V.entry(1, party: nil, "180 Ringing", V.ids("np", "1 INVITE", branch: "z9hG4bKn")),
                            V.entry(2, party: nil, "ACK"),
                        ], callID: "np")
                ]))
        return layout
    }

    /// Party indexes outside `parties` (7, -1) in the trace and the dialog.
    public static func partyOutOfRange() throws -> LadderLayout {
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0, 1, 5])],
                attachments: [
                    V.trace(
                        [
                            V.entry(
                                0, party: 7, "INVITE", V.ids("oor", "1 INVITE", branch: "z9hG4bKo", from: "<sip:alice@example.com>;tag=1")),
                            V.entry(1, party: -1, "486 Busy Here", V.ids("oor", "1 INVITE", branch: "z9hG4bKo")),
                        ], callID: "oor")
                ]))
        return layout
    }

    /// Individual `message/sip` attachments with bare LF line ends, one base64url-encoded.
    public static func bareLineFeedSIPAttachments() throws -> LadderLayout {
        let invite =
            "INVITE sip:bob@biloxi.example.com SIP/2.0\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKlf\n"
            + "From: Alice <sip:alice@example.com>;tag=9\nTo: Bob <sip:bob@biloxi.example.com>\nCall-ID: lf-1\n"
            + "CSeq: 1 INVITE\nContent-Type: application/sdp\nContent-Length: 62\n\n"
            + "v=0\no=- 1 1 IN IP4 h\ns=-\nc=IN IP4 h\nt=0 0\nm=audio 9 RTP/AVP 0\n"
        let ok =
            "SIP/2.0 200 OK\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bKlf\n"
            + "From: Alice <sip:alice@example.com>;tag=9\nTo: Bob <sip:bob@biloxi.example.com>;tag=8\nCall-ID: lf-1\n"
            + "CSeq: 1 INVITE\nContent-Length: 0\n\n"
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [Self.alice, Self.bob], dialog: [V.dialog(parties: [0, 1])],
                attachments: [
                    V.sipAttachment("sip-invite", 0, party: 0, wire: invite),
                    V.sipAttachment("sip-response", 1, party: 1, wire: ok, base64: true),
                    V.sipAttachment("sip-bye", 2, party: 0, wire: ok),
                    V.sipAttachment("sip-notify", 3, party: 1, wire: "NOTIFY sip:alice@example.com SIP/2.0\nCall-ID: lf-1\n\n"),
                ]))
        return layout
    }

    /// CJK display names and a party name with bidi and escape controls that must be shown escaped.
    public static func cjkDisplayNamesAndUnsafeText() throws -> LadderLayout {
        let parties = [
            V.party([("name", "山田太郎"), ("tel", "+81312345678")]),
            V.party([("sip_display_name", "王芳"), ("sip", "wang@example.cn")]),
            V.party([("name", "Eve\u{202E}evil\u{1B}[2J"), ("sip", "eve@example.com")]),
        ]
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: parties, dialog: [V.dialog(parties: [0, 1, 2])],
                attachments: [
                    V.trace(
                        [
                            V.entry(
                                0, party: 0, "INVITE",
                                V.ids(
                                    "cjk", "1 INVITE", branch: "z9hG4bKj",
                                    from: "\"山田 太郎\" <tel:+81312345678>;tag=1", to: "\"王芳\" <sip:wang@example.cn>")),
                            V.entry(1, party: 1, "603 拒否\u{7}", V.ids("cjk", "1 INVITE", branch: "z9hG4bKj")),
                        ], callID: "cjk")
                ]))
        return layout
    }

    /// Party history events, a transfer dialog, a header summary and an SDP attachment beside a short trace.
    public static func eventsOnTheTimeLine() throws -> LadderLayout {
        let dialogs = [
            V.dialog(
                parties: [0, 1, 2], start: 0, duration: 30,
                extra: """
                    , "sip_call_id": "ev-1", "party_history": [
                      {"party": 0, "event": "join", "time": "\(V.at(0))"}, {"party": 1, "event": "join", "time": "\(V.at(2.5))"},
                      {"party": 1, "event": "hold", "time": "\(V.at(10))"}, {"party": 9, "event": "drop", "time": "\(V.at(20))"},
                      {"party": 2, "event": "keypress", "time": "\(V.at(21))"}, {"party": 1, "event": "drop"}]
                    """),
            "{\"type\": \"transfer\", \"start\": \"\(V.at(15))\", \"transferee\": 0, \"transferor\": 1, \"transfer_target\": 2, \"original\": 0}",
        ]
        let layout = try LadderFixtures.layout(
            V.vcon(
                parties: [alice, bob, V.party([("name", "Carol"), ("tel", "+15550000003")])],
                dialog: dialogs,
                attachments: [
                    V.trace(
                        [
                            V.entry(1, party: 0, "INVITE", [("CSeq", "1 INVITE"), ("To", "<tel:+12125559876>")]),
                            V.entry(2, party: 1, "200 OK", [("CSeq", "1 INVITE")]),
                            V.entry(14, party: 1, "REFER", [("CSeq", "2 REFER"), ("To", "<sip:alice@example.com>")]),
                        ], callID: ""),
                    "{\"purpose\": \"sip-headers\", \"dialog\": 0, \"encoding\": \"json\", \"body\": {\"Call-ID\": \"from-summary\"}}",
                    "{\"purpose\": \"sip-sdp\", \"dialog\": 0, \"party\": 2, \"start\": \"\(V.at(16))\", \"encoding\": \"none\", "
                        + "\"body\": \"v=0\\r\\nm=audio 5004 RTP/AVP 0\\r\\nc=IN IP4 192.0.2.3\\r\\n\"}",
                ]))
        return layout
    }
}
