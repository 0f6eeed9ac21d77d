import Testing

@Test func cliTestsLoad() { #expect(1 + 1 == 2) }
