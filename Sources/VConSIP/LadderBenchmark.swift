import Foundation
import VConModel

/// A generated SIP trace among several parties, and the time to parse and lay it out (not a test: no
/// threshold here; callers print the numbers).
public enum LadderBenchmark {
    /// What one run measured.
    public struct Result: Sendable, Equatable {
        /// Messages laid out (duplicates included).
        public let messages: Int
        /// Parties (lanes) in the generated vCon.
        public let parties: Int
        /// Seconds to parse the generated wire texts into `SIPMessage`s.
        public let parseSeconds: Double
        /// Wall-clock seconds for `LadderLayout(input)` (the target is under 0.050 for 10 000 messages).
        public let layoutSeconds: Double
        /// Process CPU seconds for the same layout (`clock()`): closer to the truth on a busy machine.
        public let layoutCPUSeconds: Double
        /// Rows (messages + events) in the layout, so the work cannot be optimised away.
        public let rows: Int
    }

    /// Generates `messages` messages of calls between random pairs of `parties` parties (deterministic),
    /// parses them, lays them out, and returns the times. Every 40th INVITE is retransmitted.
    public static func run(messages count: Int = 10_000, parties partyCount: Int = 6) -> Result {
        let texts = generate(messages: count, parties: max(2, partyCount))
        let clock = ContinuousClock()
        var sources: [LadderSourceMessage] = []
        sources.reserveCapacity(texts.count)
        let parse = clock.measure {
            for item in texts {
                sources.append(
                    LadderSourceMessage(
                        party: item.party, time: Date(timeIntervalSince1970: item.time), direction: .sent,
                        message: SIPMessage.parse(item.text), source: "/attachments/\(sources.count)", kind: .attachment))
            }
        }
        let parties = (0..<max(2, partyCount)).map { LadderParty(index: $0, name: "Party \($0)", sip: "p\($0)@example.com") }
        let input = LadderInput(parties: parties, dialogParties: Array(parties.indices), messages: sources)
        var layout: LadderLayout?
        let cpuStart = clock_t(Foundation.clock())
        let elapsed = clock.measure { layout = LadderLayout(input) }
        let cpu = Double(Foundation.clock() - cpuStart) / Double(CLOCKS_PER_SEC)
        return Result(
            messages: texts.count, parties: parties.count, parseSeconds: seconds(parse),
            layoutSeconds: seconds(elapsed), layoutCPUSeconds: cpu, rows: layout?.rows.count ?? 0)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Wire texts of whole calls (INVITE, 100, 180, 200, ACK, BYE, 200) until `messages` are made.
    static func generate(messages count: Int, parties: Int) -> [(party: Int, time: Double, text: String)] {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var out: [(party: Int, time: Double, text: String)] = []
        out.reserveCapacity(count)
        var time = 1_768_487_400.0
        var call = 0
        while out.count < count {
            let caller = next(parties)
            let callee = (caller + 1 + next(parties - 1)) % parties
            let id = "call-\(call)@bench.example.com"
            let from = "<sip:p\(caller)@example.com>;tag=f\(call)"
            let to = "<sip:p\(callee)@example.com>"
            func wire(_ line: String, _ branch: String, _ cseq: String, toTag: Bool, sdp: Bool = false) -> String {
                let body = sdp ? "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n" : ""
                return line + "\r\nVia: SIP/2.0/UDP host\(caller).example.com;branch=" + branch + "\r\nFrom: " + from
                    + "\r\nTo: " + to + (toTag ? ";tag=t\(call)" : "") + "\r\nCall-ID: " + id + "\r\nCSeq: " + cseq
                    + (sdp ? "\r\nContent-Type: application/sdp" : "") + "\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
            }
            let invite = wire("INVITE sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)i", "1 INVITE", toTag: false, sdp: true)
            var flow: [(Int, Double, String)] = [(caller, 0, invite)]
            if call % 40 == 0 { flow.append((caller, 0.5, invite)) }
            flow += [
                (callee, 0.01, wire("SIP/2.0 100 Trying", "z9hG4bK\(call)i", "1 INVITE", toTag: false)),
                (callee, 0.2, wire("SIP/2.0 180 Ringing", "z9hG4bK\(call)i", "1 INVITE", toTag: true)),
                (callee, 2.0, wire("SIP/2.0 200 OK", "z9hG4bK\(call)i", "1 INVITE", toTag: true, sdp: true)),
                (caller, 0.05, wire("ACK sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)a", "1 ACK", toTag: true)),
                (caller, 30, wire("BYE sip:p\(callee)@example.com SIP/2.0", "z9hG4bK\(call)b", "2 BYE", toTag: true)),
                (callee, 0.05, wire("SIP/2.0 200 OK", "z9hG4bK\(call)b", "2 BYE", toTag: true)),
            ]
            for (party, step, text) in flow where out.count < count {
                time += step
                out.append((party, time, text))
            }
            call += 1
        }
        return out
    }
}
