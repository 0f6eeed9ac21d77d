import Testing
@testable import BrowserCore

@Suite struct FormatTests {
    @Test func timestampsParseEveryRFC3339Shape() throws {
        let z = try #require(BrowserTimestamp("2024-01-15T10:00:05Z"))
        #expect(z.epochSeconds == 1_705_312_805)
        let offset = try #require(BrowserTimestamp("2024-01-15T12:00:05.250+02:00"))
        #expect(offset.epochSeconds == 1_705_312_805.25)
        #expect(offset.offsetSeconds == 7200)
        #expect(BrowserTimestamp("2024-01-15") == nil)
        #expect(BrowserTimestamp("yesterday") == nil)
        #expect(BrowserTimestamp("1969-12-31T23:59:59Z")?.epochSeconds == -1)
    }

    @Test func modesFormatOneTime() {
        let text = "2024-01-15T12:00:05.250+02:00"
        #expect(BrowserTimeFormat(mode: .utc).format(text) == "2024-01-15 10:00:05.250Z")
        #expect(BrowserTimeFormat(mode: .local, localOffset: -18000).format(text) == "2024-01-15 05:00:05.250-05:00")
        #expect(BrowserTimeFormat(mode: .offset).format(text) == "2024-01-15 12:00:05.250+02:00")
        #expect(BrowserTimeFormat(mode: .relative, start: 1_705_312_800).format(text) == "T+5.25s")
        #expect(BrowserTimeFormat(mode: .delta).format(text, previous: "2024-01-15T10:01:00Z") == "Δ-54.75s")
        #expect(BrowserTimeFormat(mode: .utc).format("not a time") == "not a time")
        #expect(BrowserTimeMode.delta.next == .utc)
    }

    @Test func durations() {
        #expect(BrowserTimeFormat.duration(4.72) == "4.72s")
        #expect(BrowserTimeFormat.duration(30) == "30s")
        #expect(BrowserTimeFormat.duration(125) == "2m 05s")
        #expect(BrowserTimeFormat.duration(3723) == "1h 02m 03s")
        #expect(BrowserTimeFormat.duration(90061) == "1d 01h 01m")
    }

    @Test func pointerPaths() {
        #expect(PointerText.path("/dialog/2/parties") == ".dialog[2].parties")
        #expect(PointerText.path("") == ".")
        #expect(PointerText.jq("/attachments/0/body/sip-headers") == ".attachments[0].body.[\"sip-headers\"]")
        #expect(PointerText.jq("/a~1b/x\"y") == ".[\"a/b\"].[\"x\\\"y\"]")
    }

    @Test func keyResolverHandlesSequences() {
        var resolver = KeyResolver()
        #expect(resolver.resolve(.char("g")) == .pending)
        #expect(resolver.followUps.map(\.id) == [.top])
        #expect(resolver.resolve(.char("g")) == .command(.top, key: .char("g")))
        #expect(resolver.resolve(.char("y")) == .pending)
        #expect(resolver.resolve(.char("z")) == .unbound)
        #expect(resolver.resolve(.char("j")) == .command(.moveDown, key: .char("j")))
    }
}
