import Foundation
import VConModel
import VConSIP

/// A generated trace among several parties, and the time to lay it out and to draw it as text
/// (not a test: no threshold; the bench executable prints the numbers).
public enum LadderRenderBenchmark {
    /// What one run measured.
    public struct Result: Sendable, Equatable {
        public let messages: Int
        public let parties: Int
        public let width: Int
        /// Seconds for `LadderLayout(input)` (messages already parsed).
        public let layoutSeconds: Double
        /// Seconds for `LadderGeometry` (once per width) and `LadderText.lines` over every row.
        public let geometrySeconds: Double
        public let renderSeconds: Double
        /// Lines drawn, so the work cannot be optimised away.
        public let lines: Int
    }

    /// Generates `messages` messages of whole calls between pairs of `parties` parties (deterministic,
    /// every 40th INVITE retransmitted), lays them out, computes the geometry at `width` and draws every line.
    public static func run(messages count: Int = 10_000, parties partyCount: Int = 6, width: Int = 200) -> Result {
        let parties = max(2, partyCount)
        let input = LadderInput(
            parties: (0..<parties).map { LadderParty(index: $0, name: "Party \($0)", sip: "p\($0)@example.com") },
            dialogParties: Array(0..<parties), messages: generate(messages: count, parties: parties))
        let clock = ContinuousClock()
        var layout: LadderLayout?
        let layoutTime = clock.measure { layout = LadderLayout(input) }
        guard let layout else {
            return Result(messages: 0, parties: parties, width: width, layoutSeconds: 0, geometrySeconds: 0, renderSeconds: 0, lines: 0)
        }
        var geometry: LadderGeometry?
        let metrics = LadderMetrics(width: width, allowsLaneScrolling: true)
        let geometryTime = clock.measure { geometry = LadderGeometry(layout: layout, metrics: metrics) }
        var lines = 0
        let renderTime = clock.measure { if let geometry { lines = LadderText.lines(geometry).count } }
        return Result(
            messages: layout.messages.count, parties: parties, width: width, layoutSeconds: seconds(layoutTime),
            geometrySeconds: seconds(geometryTime), renderSeconds: seconds(renderTime), lines: lines)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// INVITE, 100, 180, 200 (SDP), ACK, BYE, 200 per call until `messages` are made.
    static func generate(messages count: Int, parties: Int) -> [LadderSourceMessage] {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var out: [LadderSourceMessage] = []
        out.reserveCapacity(count)
        var time = 1_768_487_400.0
        var call = 0
        while out.count < count {
            let caller = next(parties), callee = (caller + 1 + next(parties - 1)) % parties
            func wire(_ line: String, _ branch: String, _ cseq: String) -> String {
                line + "\r\nVia: SIP/2.0/UDP h\(caller).example.com;branch=" + branch
                    + "\r\nFrom: <sip:p\(caller)@example.com>;tag=f\(call)"
                    + "\r\nTo: <sip:p\(callee)@example.com>\r\nCall-ID: call-\(call)@bench\r\nCSeq: " + cseq
                    + "\r\nContent-Length: 0\r\n\r\n"
            }
            let invite = wire("INVITE sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)i", "1 INVITE")
            var flow: [(Int, Double, String)] = [(caller, 0, invite)]
            if call % 40 == 0 { flow.append((caller, 0.5, invite)) }
            flow += [
                (callee, 0.01, wire("SIP/2.0 100 Trying", "z9hG4bK\(call)i", "1 INVITE")),
                (callee, 0.2, wire("SIP/2.0 180 Ringing", "z9hG4bK\(call)i", "1 INVITE")),
                (callee, 2.0, wire("SIP/2.0 200 OK", "z9hG4bK\(call)i", "1 INVITE")),
                (caller, 0.05, wire("ACK sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)a", "1 ACK")),
                (caller, 30, wire("BYE sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)b", "2 BYE")),
                (callee, 0.05, wire("SIP/2.0 200 OK", "z9hG4bK\(call)b", "2 BYE")),
            ]
            for (party, step, text) in flow where out.count < count {
                time += step
                out.append(
                    LadderSourceMessage(
                        party: party, time: Date(timeIntervalSince1970: time), direction: .sent, message: SIPMessage.parse(text),
                        source: "/attachments/\(out.count)", kind: .attachment))
            }
            call += 1
        }
        return out
    }
}
