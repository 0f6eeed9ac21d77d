import Testing

@testable import VConModel

/// The one RFC 3339 reader: instants, written offsets, lenient spellings flagged, failures in check order.
@Suite struct RFC3339TimeTests {
    @Test func readsTheInstantAndTheWrittenOffset() throws {
        let z = try #require(RFC3339Time("2024-01-15T10:00:05Z"))
        #expect(z.epochSeconds == 1_705_312_805)
        #expect(z.offsetSeconds == 0)
        #expect(z.leniency.isEmpty)
        let offset = try #require(RFC3339Time("2024-01-15T12:00:05.250+02:00"))
        #expect(offset.epochSeconds == 1_705_312_805.25)
        #expect(offset.offsetSeconds == 7200)
        #expect(offset.civilAsWritten.hour == 12)
        #expect(offset.civilAsWritten.millisecond == 250)
        #expect(RFC3339Time("1969-12-31T23:59:59Z")?.epochSeconds == -1)
        #expect(RFC3339Time("2026-01-15T09:30:00.001-05:00")?.offsetSeconds == -18_000)
        #expect(RFC3339Time("2024-02-29T23:59:60Z") != nil)
    }

    @Test(arguments: [
        ("2024-01-15t10:00:00Z", RFC3339Time.Leniency.lowercaseT),
        ("2024-01-15 10:00:00Z", .spaceSeparator),
        ("2024-01-15T10:00:00z", .lowercaseZ),
        ("2024-01-15T10:00:00,5Z", .commaFraction),
        ("2024-01-15T11:00:00+0100", .offsetWithoutColon),
    ])
    func flagsLenientSpellings(_ text: String, _ flag: RFC3339Time.Leniency) throws {
        let time = try #require(RFC3339Time(text))
        #expect(time.leniency == flag)
        #expect(Int(time.epochSeconds) == 1_705_312_800)
        guard case .failure = RFC3339Time.parse(text, accepting: []) else {
            Issue.record("strict parse accepted \(text)")
            return
        }
    }

    @Test(arguments: [
        ("", RFC3339Time.Failure.notADate),
        ("2024-13-01T00:00:00Z", .monthOutOfRange(13)),
        ("2023-02-29T00:00:00Z", .dayOutOfRange(29)),
        ("2024-01-15", .dateOnly),
        ("2024-01-15X10:00:00Z", .noTimeSeparator),
        ("2024-01-15T10:00Z", .notAClock),
        ("2024-01-15T10:60:00Z", .clockOutOfRange(hour: 10, minute: 60, second: 0)),
        ("2024-01-15T10:00:00.Z", .emptyFraction),
        ("2024-01-15T10:00:00", .missingOffset),
        ("2024-01-15T10:00:00 UTC", .textAfterTime),
        ("2024-01-15T10:00:00+1", .malformedOffset),
        ("2024-01-15T10:00:00+24:00", .offsetOutOfRange),
        ("2024-01-15T10:00:00Zjunk", .textAfterOffset),
    ])
    func saysWhatIsWrong(_ text: String, _ failure: RFC3339Time.Failure) {
        #expect(RFC3339Time.parse(text) == .failure(failure))
    }

    @Test func civilTimeRoundsToTheMillisecondAndCrossesDays() {
        let c = CivilTime(epochSeconds: 1_768_487_400.001, offsetSeconds: 3600)
        #expect([c.year, c.month, c.day, c.hour, c.minute, c.second, c.millisecond] == [2026, 1, 15, 15, 30, 0, 1])
        let before = CivilTime(epochSeconds: -0.5)
        #expect(
            [before.year, before.month, before.day, before.hour, before.second, before.millisecond]
                == [1969, 12, 31, 23, 59, 500])
        #expect(CivilTime.date(days: CivilTime.days(year: 2000, month: 2, day: 29)) == (2000, 2, 29))
    }
}
