import Testing

@testable import VConCrypto

@Test func openSSLLinksAndIsVersion3() {
    #expect(OpenSSLInfo.version.hasPrefix("OpenSSL 3"))
}
