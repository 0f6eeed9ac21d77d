import Foundation
import TestSupport
import Testing

@testable import BrowserCore

/// The README's key table is `vcon-browser --dump-keys --markdown`, between the markers.
@Suite struct KeyTableDocsTests {
    @Test func readmeKeyTableMatchesTheCommandTable() throws {
        let readme = try String(contentsOf: PackagePaths.url("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin -->\n"), "README.md has no <!-- keys:begin --> marker")
        let end = try #require(readme.range(of: "<!-- keys:end -->"), "README.md has no <!-- keys:end --> marker")
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(
            table == Keymap.standard.markdown(),
            "regenerate with: swift run vcon-browser --dump-keys --markdown (between the markers in README.md)")
    }

    @Test func helpAndDumpCoverEveryCommand() {
        let plain = Keymap.standard.plainText()
        let help = Keymap.standard.helpLines(theme: .standard).map(\.plainText).joined(separator: "\n")
        for command in CommandTable.all {
            #expect(plain.contains(command.help))
            #expect(help.contains(command.help))
        }
    }
}
