import Testing
@testable import VConModel

@Test func newestSyntaxIsFourZero() { #expect(VConModelInfo.newestSyntax == "0.4.0") }
