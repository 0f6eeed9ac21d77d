import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// Inputs the `bundle` fuzz target found (Tests/Fuzz/bundle), run through `BundleReader.open(bytes:)` as the target
/// does. The empty archive leaked under LeakSanitizer (seen only by `fuzz/run bundle`); here it must fail cleanly.
@Suite struct FuzzRegressionTests {
    @Test func emptyArchiveIsACleanError() throws {
        let bytes = Array(try Data(contentsOf: PackagePaths.url("Tests/Fuzz/bundle/leak-empty-archive")))
        #expect(bytes.isEmpty)
        #expect(throws: BundleError.self) { try BundleReader.open(bytes: bytes, name: "empty.vconz") }
    }
}
