import Testing

@testable import BrowserCore

@Suite struct FormatTests {
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
