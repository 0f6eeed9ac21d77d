import Testing
@testable import BrowserCore

@Test func moduleName() { #expect(BrowserCoreInfo.name == "BrowserCore") }
