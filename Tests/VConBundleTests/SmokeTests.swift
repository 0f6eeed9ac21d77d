import Testing

@testable import VConBundle

@Test func libzipAndZlibLink() {
    #expect(ArchiveLibraryInfo.libzipVersion.first?.isNumber == true)
    #expect(ArchiveLibraryInfo.zlibVersion.hasPrefix("1."))
}
