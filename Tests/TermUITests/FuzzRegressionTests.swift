import Foundation
import TestSupport
import Testing

@testable import TermUI

/// Inputs the `keyscript` fuzz target found (Tests/Fuzz/keyscript): every key press a script yields prints as
/// notation that parses back to the same press.
@Suite struct FuzzRegressionTests {
    static let files = PackagePaths.files(in: "Tests/Fuzz/keyscript")

    @Test func everyFileIsThere() { #expect(Self.files.count >= 2) }

    @Test(arguments: files)
    func notationRoundTrips(_ path: String) throws {
        // Decoded as the fuzz target decodes its input: bytes that are not UTF-8 read as U+FFFD.
        let script = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        for event in try KeyScript.parse(script) {
            guard case .key(let press) = event else { continue }
            let notation = KeyScript.notation(for: press)
            #expect(try KeyScript.parse(notation) == [.key(press)], "\(press) prints as \(notation.debugDescription)")
        }
    }

    @Test func newlineAndTabBetweenBracketsAreTheirKeys() throws {
        #expect(try KeyScript.parse("<\n>") == [.key(KeyPress(.enter))])
        #expect(try KeyScript.parse("<\t>") == [.key(KeyPress(.tab))])
    }
}
