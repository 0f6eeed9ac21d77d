import Foundation
import Testing

@testable import BrowserCore

@Suite struct TimeFormatterTests {
    let start = "2026-01-15T14:30:00.000+00:00"

    func formatter(_ mode: TimeMode, local: Int = 3600) -> TimeFormatter {
        TimeFormatter(mode: mode, localOffsetSeconds: local, startText: start)
    }

    @Test func formatsEveryMode() {
        let time = "2026-01-15T14:34:12Z"
        #expect(formatter(.utc).format(time) == "2026-01-15 14:34:12Z")
        #expect(formatter(.local).format(time) == "2026-01-15 15:34:12 +01:00")
        #expect(formatter(.written).format("2026-01-15T16:34:12.250+02:00") == "2026-01-15 16:34:12.250 +02:00")
        #expect(formatter(.written).format(time) == "2026-01-15 14:34:12Z")
        #expect(formatter(.offset(seconds: -19_800)).format(time) == "2026-01-15 09:04:12 -05:30")
        #expect(formatter(.relativeToStart).format(time) == "+4m12s")
        #expect(formatter(.delta).format("2026-01-15T14:30:01.150Z", previous: start) == "Δ+1.150s")
        #expect(formatter(.delta).format("2026-01-15T14:30:00.050Z") == "Δ+50ms")
        #expect(formatter(.utc).format("2026-01-15T14:30:00.001+00:00") == "2026-01-15 14:30:00.001Z")
        #expect(formatter(.utc).format(nil) == "-")
        #expect(formatter(.utc).formatted(nil).isValid)
    }

    @Test func crossesMidnightAndKeepsInputOffsets() {
        #expect(formatter(.utc).format("2026-01-16T00:30:00+01:00") == "2026-01-15 23:30:00Z")
        #expect(formatter(.local, local: 7200).format("2025-12-31T23:00:00Z") == "2026-01-01 01:00:00 +02:00")
        #expect(formatter(.utc).format("1969-12-31T23:59:59.5Z") == "1969-12-31 23:59:59.500Z")
        var compact = formatter(.utc)
        compact.compact = true
        #expect(compact.format("2026-01-15T14:30:00Z") == "14:30:00Z")
    }

    @Test func durationsShareTheRelativeStyle() {
        #expect(TimeFormatter.duration(4.72) == "4.720s")
        #expect(TimeFormatter.duration(30) == "30s")
        #expect(TimeFormatter.duration(125) == "2m05s")
        #expect(TimeFormatter.duration(3723) == "1h02m03s")
        #expect(TimeFormatter.duration(90061) == "1d01h01m01s")
        #expect(TimeFormatter.duration(-2) == "-2s")
        #expect(TimeFormatter.duration(.nan) == "?")
        #expect(TimeFormatter.duration(1e300) == "?")
    }

    @Test func relativeAndDeltaDurations() {
        #expect(TimeFormatter.relative(0) == "+0s")
        #expect(TimeFormatter.relative(12) == "+12s")
        #expect(TimeFormatter.relative(1.15) == "+1.150s")
        #expect(TimeFormatter.relative(3725) == "+1h02m05s")
        #expect(TimeFormatter.relative(-3) == "-3s")
        #expect(formatter(.relativeToStart).format("2026-01-15T14:29:57Z") == "-3s")
        #expect(formatter(.delta).format("2026-01-15T14:30:00Z", previous: "2026-01-15T14:30:01Z") == "Δ-1.000s")
        let noStart = TimeFormatter(mode: .relativeToStart, startText: nil)
        #expect(noStart.format(start) == "2026-01-15 14:30:00Z")
    }

    @Test func unparseableTimesAreShownSanitisedWithAMarker() {
        let bad = formatter(.utc).formatted("yesterday\u{1b}]0;pwned\u{7}")
        #expect(bad.text == "yesterday\\u001b]0;pwned\\u0007 ⚠")
        #expect(!bad.isValid)
        #expect(formatter(.delta).format("") == "⚠")
        #expect(formatter(.utc).formatted("2026-13-01T00:00:00Z").isValid == false)
    }

    @Test func cyclesInTheDocumentedOrder() {
        var mode = TimeMode.utc
        var seen: [String] = []
        for _ in 0..<5 {
            seen.append(mode.badge())
            mode = mode.next
        }
        #expect(seen == ["UTC", "local", "as written", "from start", "Δ"])
        #expect(mode == .utc)
        #expect(TimeMode.offset(seconds: 3600).badge() == "+01:00")
        #expect(TimeMode.offset(seconds: 3600).next == .relativeToStart)
        #expect(TimeMode.delta.badge(ascii: true) == "delta")
    }

    @Test func parsesTheTzSetting() {
        #expect(TimeMode.parseSetting("local") == .success(.local))
        #expect(TimeMode.parseSetting("UTC") == .success(.utc))
        #expect(TimeMode.parseSetting("+01:00") == .success(.offset(seconds: 3600)))
        #expect(TimeMode.parseSetting("-0530") == .success(.offset(seconds: -19_800)))
        #expect(TimeMode.parseSetting("+9") == .success(.offset(seconds: 32_400)))
        #expect(TimeMode.parseSetting("written") == .success(.written))
        #expect(TimeMode.parseSetting("start") == .success(.relativeToStart))
        #expect(TimeMode.parseSetting("Delta") == .success(.delta))
        for bad in ["", "01:00", "+24:00", "+01:60", "+1:5", "mars", "+01:00x"] {
            guard case .failure = TimeMode.parseSetting(bad) else {
                Issue.record("accepted \(bad)")
                continue
            }
        }
    }
}
