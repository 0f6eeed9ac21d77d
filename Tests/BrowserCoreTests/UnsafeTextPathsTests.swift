import Foundation
import TermUI
import Testing
import UnsafeText
import VConModel

@testable import BrowserCore

/// Every unsafe-text class through the browser's own output paths (issue 14.3): the screen's cells escape it,
/// `yy` copies the exact value (the clipboard sequence base64-encodes it, see `UnsafeTextTableTests`), and `s`
/// saves a body byte-exact.
@Suite struct UnsafeTextPathsTests {
    /// One sample per hazard class.
    static let samples: [(UnsafeText.Hazard, Unicode.Scalar)] = [
        (.c0Control, 0x1B), (.c1Control, 0x9B), (.bidiControl, 0x202E), (.invisibleFormat, 0xAD),
        (.separator, 0x2028), (.tag, 0xE0041), (.noncharacter, 0xFDD0), (.privateUse, 0xF0001),
    ].compactMap { hazard, value in Unicode.Scalar(UInt32(value)).map { (hazard, $0) } }

    static func document(subject: String, body: String) throws -> LoadedFile {
        let json = JSONOutput.object([
            ("vcon", .string("0.4.0")), ("uuid", .string("01928e10-193e-8231-b9a2-279e0d16bc46")),
            ("created_at", .string("2024-01-15T10:00:00Z")), ("subject", .string(subject)),
            ("parties", .array([.object([("name", .string("Alice"))])])),
            (
                "dialog",
                .array([
                    .object([
                        ("type", .string("text")), ("start", .string("2024-01-15T10:00:00Z")), ("parties", .array([.int(0)])),
                        ("mediatype", .string("text/plain")), ("encoding", .string("none")), ("body", .string(body)),
                    ])
                ])
            ),
        ]).render()
        return try loadFixture(json)
    }

    @Test func everyClassIsEscapedOnScreenCopiedAndSavedExactly() throws {
        #expect(Set(Self.samples.map(\.0)) == Set(UnsafeText.Hazard.allCases))
        for (hazard, scalar) in Self.samples {
            let subject = "S" + String(scalar) + "[31mS"
            let body = "B" + String(scalar) + "B"
            let file = try Self.document(subject: subject, body: body)
            let (summary, copied) = try state(keys: "yy", file: file)
            let text = screen(summary).plainText
            #expect(!text.split(separator: "\n").joined().contains { !UnsafeText.isSafe($0) }, "\(hazard): raw on screen")
            #expect(text.contains("S" + Sanitizer.escape(scalar) + "[31mS"), "\(hazard): escape shown")
            #expect(copied == [.copy(subject)], "\(hazard): the clipboard gets the exact value")
            let (_, saved) = try state(keys: "3s<C-u>out.bin<Enter>", file: file)
            #expect(
                saved == [.save(SaveRequest(path: "out.bin", bytes: Array(body.utf8), overwrite: false))],
                "\(hazard): saved byte-exact")
        }
    }
}
