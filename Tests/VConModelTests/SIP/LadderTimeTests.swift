import Foundation
import Testing

@testable import VConModel
@testable import VConSIP

@Suite struct LadderTimeTests {
    @Test func parsesRFC3339Variants() {
        let base = LadderTime.parse("2026-01-15T14:30:00.001+00:00")
        #expect(base.map(LadderTime.formatUTC) == "2026-01-15T14:30:00.001Z")
        #expect(LadderTime.parse("2026-01-15T14:30:00.001Z") == base)
        #expect(LadderTime.parse("2026-01-15 15:30:00.001+0100") == base)
        #expect(LadderTime.parse("2026-01-15T09:30:00.001-05:00") == base)
        #expect(LadderTime.parse("2026-01-15T14:30:00Z").map(LadderTime.formatUTC) == "2026-01-15T14:30:00.000Z")
        #expect(LadderTime.parse("1969-12-31T23:59:59.5Z")?.timeIntervalSince1970 == -0.5)
        #expect(LadderTime.parse("2024-02-29T00:00:00Z").map(LadderTime.formatUTC) == "2024-02-29T00:00:00.000Z")
    }

    @Test func rejectsWhatIsNotATimestamp() {
        for text in [
            "Date", "", "2026-01-15", "2026-01-15T14:30:00", "2026-13-01T00:00:00Z", "2026-01-15T14:30:00.Z",
            "2026-01-15T14:30:00Zjunk",
        ] {
            #expect(LadderTime.parse(text) == nil, "\(text)")
        }
    }

    @Test func deltasReadLikeTheUXSketch() {
        #expect(LadderTime.formatDelta(0) == "+0ms")
        #expect(LadderTime.formatDelta(0.049) == "+49ms")
        #expect(LadderTime.formatDelta(1.15) == "+1.150s")
        #expect(LadderTime.formatDelta(-1) == "-1.000s")
        #expect(LadderTime.formatDelta(312.45) == "+5m12.450s")
        #expect(LadderTime.formatDelta(7380) == "+2h03m")
    }
}
