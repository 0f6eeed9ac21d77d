import Foundation
import Testing

@testable import VConModel
@testable import VConSIP

/// Runs the benchmark generator once on a small trace to check it is sound; the timing run is
/// `LadderBenchmark.run()` from `vcon-bench` in release mode (numbers are printed, never asserted).
@Suite struct LadderBenchmarkTests {
    @Test func generatedTraceLaysOutWithoutUnknownEndpoints() {
        let result = LadderBenchmark.run(messages: 700, parties: 6)
        #expect(result.messages == 700)
        #expect(result.rows == 700)
        let texts = LadderBenchmark.generate(messages: 70, parties: 6)
        let input = LadderInput(
            parties: (0..<6).map { LadderParty(index: $0, sip: "p\($0)@example.com") }, dialogParties: Array(0..<6),
            messages: texts.map {
                LadderSourceMessage(party: $0.party, time: nil, message: SIPMessage.parse($0.text), source: "", kind: .attachment)
            })
        let layout = LadderLayout(input)
        #expect(layout.unknownLane == nil)
        #expect(layout.messages.allSatisfy { $0.warnings.isEmpty && !$0.isSelf })
        #expect(layout.messages[1].retransmissionOf == 0)  // call 0's INVITE is sent twice
        print("LadderBenchmark (debug build, 700 messages): \(result)")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SIP_BENCH"] == "1"))
    func tenThousandMessages() {
        let result = LadderBenchmark.run(messages: 10_000, parties: 6)
        print("LadderBenchmark (10 000 messages, 6 parties): parse \(result.parseSeconds) s, layout \(result.layoutSeconds) s")
        #expect(result.rows == 10_000)
    }
}
