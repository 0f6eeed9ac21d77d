import Foundation
import TestSupport
import Testing
import VConModel

@testable import VConBundle

/// Inputs the `bundle` fuzz target found (Tests/Fuzz/bundle), run through `BundleReader.open(bytes:)` as the target
/// does. The empty archive leaked its copy under LeakSanitizer (only `fuzz/run bundle` sees a leak); libzip reads
/// it as an archive without entries, which must stay a bundle with no members and a finding, not a crash.
@Suite struct FuzzRegressionTests {
    @Test func emptyArchiveOpensAsAnEmptyBundle() throws {
        let bytes = Array(try Data(contentsOf: PackagePaths.url("Tests/Fuzz/bundle/leak-empty-archive")))
        #expect(bytes.isEmpty)
        let reader = try BundleReader.open(bytes: bytes, name: "empty.vconz")
        #expect(reader.members.isEmpty)
        #expect(reader.files.isEmpty)
    }
}
