import Testing
@testable import TermUI

@Test func moduleName() { #expect(TermUIInfo.name == "TermUI") }
