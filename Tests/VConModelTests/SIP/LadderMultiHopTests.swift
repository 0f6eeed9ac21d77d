import LadderTestSupport
import Testing
import VConModel
import VConSIP

/// Issue 12.2: in a trace through an edge proxy and a B2BUA the receivers are the hops that exchanged each
/// message (transaction matching: Call-ID, CSeq, Via branch), not the dialog's two parties.
@Suite("Ladder: multi-hop receivers by transaction")
struct LadderMultiHopTests {
    private typealias V = VConText

    /// Alice → edge proxy → B2BUA → Bob (rings, CANCELled), then B2BUA → voicemail (answers, re-INVITEs);
    /// Alice's INVITE is retransmitted; BYE goes back through every hop. The dialog names only Alice and
    /// Bob, the parties a recording would show: a two-party dialog whose parties are not the hops.
    static func proxyB2BUAVoicemail() throws -> LadderLayout {
        let parties = [
            V.party([("name", "Alice"), ("sip", "alice@example.com")]),
            V.party([("name", "Edge proxy"), ("sip", "edge.example.com")]),
            V.party([("name", "B2BUA"), ("sip", "b2bua.example.com")]),
            V.party([("name", "Bob"), ("sip", "bob@example.com")]),
            V.party([("name", "Voicemail"), ("sip", "vm@example.com")]),
        ]
        let bob = "<sip:bob@example.com>"
        func a(_ cseq: String, _ branch: String, to: String = bob) -> [(String, String)] {
            V.ids("leg-a", cseq, branch: branch, from: "<sip:alice@example.com>;tag=a", to: to)
        }
        func b(_ cseq: String, _ branch: String, to: String = bob) -> [(String, String)] {
            V.ids("leg-b", cseq, branch: branch, from: "<sip:alice@example.com>;tag=b2", to: to)
        }
        func c(_ cseq: String, _ branch: String, to: String = bob + ";tag=vm") -> [(String, String)] {
            V.ids("leg-c", cseq, branch: branch, from: "<sip:alice@example.com>;tag=b3", to: to)
        }
        let entries = [
            V.entry(0.000, party: 0, "INVITE", a("1 INVITE", "z9hG4bKa1")),
            V.entry(0.500, party: 0, "INVITE", a("1 INVITE", "z9hG4bKa1")),  // retransmission
            V.entry(0.510, party: 1, "100 Trying", a("1 INVITE", "z9hG4bKa1")),
            V.entry(0.520, party: 1, "INVITE", a("1 INVITE", "z9hG4bKp1")),
            V.entry(0.530, party: 2, "100 Trying", a("1 INVITE", "z9hG4bKp1")),
            V.entry(0.540, party: 2, "INVITE", b("1 INVITE", "z9hG4bKb1")),
            V.entry(1.000, party: 3, "180 Ringing", b("1 INVITE", "z9hG4bKb1", to: bob + ";tag=bob")),
            V.entry(1.010, party: 2, "180 Ringing", a("1 INVITE", "z9hG4bKp1", to: bob + ";tag=x")),
            V.entry(1.020, party: 1, "180 Ringing", a("1 INVITE", "z9hG4bKa1", to: bob + ";tag=x")),
            V.entry(6.000, party: 2, "CANCEL", b("1 CANCEL", "z9hG4bKb1")),
            V.entry(6.010, party: 3, "200 OK", b("1 CANCEL", "z9hG4bKb1", to: bob + ";tag=bob")),
            V.entry(6.020, party: 3, "487 Request Terminated", b("1 INVITE", "z9hG4bKb1", to: bob + ";tag=bob")),
            V.entry(6.030, party: 2, "ACK", b("1 ACK", "z9hG4bKb1", to: bob + ";tag=bob")),
            V.entry(6.040, party: 2, "INVITE", c("1 INVITE", "z9hG4bKc1", to: "<sip:vm@example.com>")),
            V.entry(6.500, party: 4, "200 OK", c("1 INVITE", "z9hG4bKc1")),
            V.entry(6.510, party: 2, "200 OK", a("1 INVITE", "z9hG4bKp1", to: bob + ";tag=x")),
            V.entry(6.520, party: 1, "200 OK", a("1 INVITE", "z9hG4bKa1", to: bob + ";tag=x")),
            V.entry(6.530, party: 0, "ACK", a("1 ACK", "z9hG4bKa2", to: bob + ";tag=x")),
            V.entry(6.540, party: 1, "ACK", a("1 ACK", "z9hG4bKp2", to: bob + ";tag=x")),
            V.entry(6.550, party: 2, "ACK", c("1 ACK", "z9hG4bKc2")),
            V.entry(10.00, party: 4, "INVITE", c("2 INVITE", "z9hG4bKv1")),  // re-INVITE from voicemail
            V.entry(10.05, party: 2, "200 OK", c("2 INVITE", "z9hG4bKv1")),
            V.entry(10.06, party: 4, "ACK", c("2 ACK", "z9hG4bKv2")),
            V.entry(20.00, party: 0, "BYE", a("2 BYE", "z9hG4bKa3", to: bob + ";tag=x")),
            V.entry(20.01, party: 1, "BYE", a("2 BYE", "z9hG4bKp3", to: bob + ";tag=x")),
            V.entry(20.02, party: 2, "200 OK", a("2 BYE", "z9hG4bKp3", to: bob + ";tag=x")),
            V.entry(20.03, party: 1, "200 OK", a("2 BYE", "z9hG4bKa3", to: bob + ";tag=x")),
            V.entry(20.04, party: 2, "BYE", c("3 BYE", "z9hG4bKc3")),
            V.entry(20.05, party: 4, "200 OK", c("3 BYE", "z9hG4bKc3")),
        ]
        return try LadderFixtures.layout(
            V.vcon(parties: parties, dialog: [V.dialog(parties: [0, 3], duration: 20)], attachments: [V.trace(entries)]))
    }

    /// `from->to` per message, parties by index (`?` for the unknown lane).
    static func arrows(_ layout: LadderLayout) -> [String] {
        layout.messages.map { row in
            "\(row.from.party.map(String.init) ?? "?")->\(row.to.party.map(String.init) ?? "?") \(row.label)"
        }
    }

    @Test("every message is drawn between the hops that exchanged it")
    func proxyAndB2BUA() throws {
        let layout = try Self.proxyB2BUAVoicemail()
        #expect(
            Self.arrows(layout) == [
                "0->1 INVITE", "0->1 INVITE", "1->0 100 Trying", "1->2 INVITE", "2->1 100 Trying", "2->3 INVITE",
                "3->2 180 Ringing", "2->1 180 Ringing", "1->0 180 Ringing", "2->3 CANCEL", "3->2 200 OK",
                "3->2 487 Request Terminated", "2->3 ACK", "2->4 INVITE", "4->2 200 OK", "2->1 200 OK", "1->0 200 OK",
                "0->1 ACK", "1->2 ACK", "2->4 ACK", "4->2 INVITE", "2->4 200 OK", "4->2 ACK", "0->1 BYE", "1->2 BYE",
                "2->1 200 OK", "1->0 200 OK", "2->4 BYE", "4->2 200 OK",
            ])
        // Answered requests and responses are matched by transaction, not by the dialog's two parties.
        #expect(layout.messages.allSatisfy { $0.to.source == .transaction }, "\(layout.messages.map(\.to.source))")
        #expect(layout.messages[1].retransmissionOf == 0)
    }

    @Test("the dialog's parties are the fallback, marked as inferred from the dialog")
    func dialogFallback() throws {
        let parties = [LadderScenarios.alice, LadderScenarios.bob]
        let entries = [
            V.entry(0.0, party: 0, "INVITE", V.ids("x", "1 INVITE", branch: "z9hG4bK1")),
            V.entry(0.1, party: 1, "200 OK", V.ids("x", "1 INVITE", branch: "z9hG4bK1")),
            V.entry(9.0, party: 1, "BYE", V.ids("x", "2 BYE", branch: "z9hG4bK2")),
        ]
        let layout = try LadderFixtures.layout(
            V.vcon(parties: parties, dialog: [V.dialog(parties: [0, 1])], attachments: [V.trace(entries)]))
        #expect(Self.arrows(layout) == ["0->1 INVITE", "1->0 200 OK", "1->0 BYE"])
        #expect(layout.messages.map(\.to.source) == [.transaction, .transaction, .twoPartyDialog])
        #expect(layout.messages[2].to.isInferred)
    }
}
