import Foundation
import TermUI
import Testing
import UnsafeText
import VConModel

/// One definition of unsafe text (issue 14.3): every hazard class through every output path of the
/// libraries — CLI text (`TextSafety`), CLI `--json` strings (`JSONOutput`), TUI cells (`Sanitizer`) and
/// clipboard payloads (`OSC52`). The browser's save path and the real binary are covered in BrowserCoreTests
/// (`UnsafeTextPathsTests`) and CLITests (`UnsafeTextCLITests`).
@Suite struct UnsafeTextTableTests {
    /// Samples of every hazard, as they would sit inside innocent text.
    static let samples: [(UnsafeText.Hazard, [Unicode.Scalar])] = [
        (.c0Control, [0x00, 0x07, 0x08, 0x0D, 0x1B].compactMap(Unicode.Scalar.init)),
        (.c1Control, [0x7F, 0x85, 0x9B, 0x9D].compactMap(Unicode.Scalar.init)),
        (.bidiControl, [0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069].compactMap(Unicode.Scalar.init)),
        (.invisibleFormat, [0xAD, 0x200B, 0x2060, 0x2064, 0xFEFF, 0x180E, 0xFFF9].compactMap(Unicode.Scalar.init)),
        (.separator, [0x2028, 0x2029].compactMap(Unicode.Scalar.init)),
        (.tag, [0xE0001, 0xE0020, 0xE0041, 0xE007F].compactMap(Unicode.Scalar.init)),
        (.noncharacter, [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF].compactMap(Unicode.Scalar.init)),
        (.privateUse, [0xF0000, 0xFFFFD, 0x100000, 0x10FFFD].compactMap(Unicode.Scalar.init)),
    ]

    /// "ok" + the hazard + "ok", and the same after an emoji base (tags once hid behind any pictograph).
    static func texts(_ scalar: Unicode.Scalar) -> [String] {
        ["ok" + String(scalar) + "ok", "😀" + String(scalar) + "x", "e\u{301}" + String(scalar)]
    }

    /// True when `text` holds a code point that must be escaped where it stands.
    static func holdsRawHazard(_ text: String) -> Bool { text.contains { !UnsafeText.isSafe($0) } }

    @Test func everySampleHasItsClass() {
        for (hazard, scalars) in Self.samples {
            for scalar in scalars {
                #expect(UnsafeText.hazard(scalar) == hazard, "U+\(String(scalar.value, radix: 16))")
            }
        }
        #expect(Set(Self.samples.map(\.0)) == Set(UnsafeText.Hazard.allCases), "every class has samples")
    }

    /// The fast path every measure and escape takes: printable ASCII is exactly the bytes that are safe alone and
    /// one cell wide.
    @Test func printableASCIIIsTheSafeOneCellBytes() {
        for byte in UInt8.min...UInt8.max {
            let alone = byte < 0x80 ? UnsafeText.isSafe(Character(Unicode.Scalar(byte))) : false
            #expect(UnsafeText.isPrintableASCII(byte) == (alone && byte != 0x09 && byte != 0x0A), "0x\(String(byte, radix: 16))")
        }
        #expect(UnsafeText.isPrintableASCII("2024/01/01 call.json ~"))
        #expect(!UnsafeText.isPrintableASCII("tab\there") && !UnsafeText.isPrintableASCII("Grüße"))
    }

    @Test func safeTextStaysAsItIs() {
        for text in ["plain", "Grüße", "日本語", "👩‍👩‍👧", "🇫🇷", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "क्‍ष", "\u{E000}"] {
            #expect(TextSafety.line(text) == text)
            #expect(Sanitizer.singleLine.sanitize(text) == text)
        }
    }

    @Test func cliTextEscapesEveryClass() {
        for (_, scalars) in Self.samples {
            for scalar in scalars {
                for text in Self.texts(scalar) {
                    let line = TextSafety.line(text)
                    #expect(!Self.holdsRawHazard(line), "\(line.debugDescription)")
                    #expect(line.contains(UnsafeText.escape(scalar)))
                    let block = TextSafety.block(text + "\n\t")
                    #expect(block.hasSuffix("\n\t"), "a block keeps its layout")
                    #expect(!Self.holdsRawHazard(block.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: "")))
                }
            }
        }
    }

    @Test func cliJSONStringsStayValidJSONAndRoundTrip() throws {
        for (_, scalars) in Self.samples {
            for scalar in scalars {
                for text in Self.texts(scalar) {
                    let json = JSONOutput.object([("s", .string(text))]).render()
                    #expect(!Self.holdsRawHazard(json), "\(json.debugDescription)")
                    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
                    #expect(parsed?["s"]?.unicodeScalars.elementsEqual(text.unicodeScalars) == true, "\(json)")
                    // Our own reader agrees.
                    #expect(try JSONDocument.parse(string: json).root["s"]?.string == text)
                }
            }
        }
    }

    @Test func tuiCellsShowEveryClassAsAnEscape() {
        for (_, scalars) in Self.samples {
            for scalar in scalars {
                for text in Self.texts(scalar) {
                    let glyphs = Sanitizer.singleLine.glyphs(text)
                    #expect(glyphs.allSatisfy { !Self.holdsRawHazard($0.text) }, "\(text.debugDescription)")
                    let shown = glyphs.map(\.text).joined()
                    #expect(shown.contains(Sanitizer.escape(scalar)), "\(shown.debugDescription)")
                    var buffer = CellBuffer(width: 40, height: 1)
                    _ = buffer.write(SafeText(text), x: 0, y: 0)
                    #expect(!Self.holdsRawHazard(buffer.plainText))
                }
            }
        }
    }

    @Test func cliAndTUIAgreeOnEveryCodePoint() {
        // One predicate: for every code point of the first planes and the special ones, both paths escape the same.
        let values = Array(0...0x3_0000) + Array(0xE0000...0xE01EF) + [0xFFFFD, 0xFFFFE, 0x10FFFD, 0x10FFFF]
        // Tab and newline are layout: the CLI escapes them in a line, the screen draws spaces and a `\n` marker.
        for value in values where value != 0x09 && value != 0x0A {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let text = "a" + String(scalar)
            let cli = TextSafety.line(text).contains(UnsafeText.escape(scalar))
            let tui = Sanitizer.singleLine.sanitize(text).contains(Sanitizer.escape(scalar))
            if cli != tui { Issue.record("U+\(String(value, radix: 16)): CLI escapes \(cli), TUI escapes \(tui)") }
        }
    }

    @Test func clipboardPayloadsCarryOnlyBase64() throws {
        for (_, scalars) in Self.samples {
            for scalar in scalars {
                let text = "ok" + String(scalar) + "\u{1B}]52;c;evil\u{07}"
                let sequence = OSC52.sequence(copying: text)
                #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
                let payload = sequence.dropFirst(7).dropLast()
                #expect(payload.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
                let decoded = try #require(Data(base64Encoded: String(payload)))
                #expect(Array(decoded) == Array(text.utf8), "the clipboard gets the exact text")
            }
        }
    }

    @Test func loneSurrogatesArriveAsReplacementCharacters() throws {
        let document = try JSONDocument.parse(string: #"{"s":"a\ud800b\udc00c"}"#)
        let text = try #require(document.root["s"]?.string)
        #expect(text == "a\u{FFFD}b\u{FFFD}c")
        #expect(TextSafety.line(text) == text)
        #expect(!document.issues.isEmpty, "the reader reports them")
    }

    @Test func joinersAndSelectorsAreEscapedOnlyWithNothingToJoin() {
        #expect(TextSafety.line("ad\u{200D}min") == "ad\u{200D}min", "a joiner after a base belongs to its cluster")
        #expect(TextSafety.line("\u{200D}x") == "\\u200dx")
        #expect(TextSafety.line("\u{FE0F}") == "\\ufe0f")
        #expect(TextSafety.line("❤\u{FE0F}") == "❤\u{FE0F}")
    }
}
