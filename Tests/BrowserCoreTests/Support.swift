import Foundation
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// The package root, found from this file's path.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url.deleteLastPathComponent()
    }
    return url
}()

let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

/// A small vCon with references of every kind, a transcript, a summary, a JSON body and hostile strings.
let fixtureJSON = """
    {
      "vcon": "0.4.0",
      "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46",
      "created_at": "2024-01-15T10:00:00Z",
      "subject": "Refund \\u001b]0;pwned\\u0007 request",
      "parties": [
        {"name": "Alice", "tel": "+1 555 0100", "role": "customer"},
        {"name": "Bob \\u001b[31mred", "tel": "+1 555 0199", "mailto": "bob@example.com", "role": "agent"}
      ],
      "dialog": [
        {"type": "text", "start": "2024-01-15T10:00:00Z", "duration": 12.5, "parties": [0, 1], "originator": 0,
         "mediatype": "text/plain", "encoding": "none", "body": "Hello, I would like a refund for order 4711."},
        {"type": "text", "start": "2024-01-15T10:01:30+02:00", "parties": [1, 0], "originator": 1,
         "mediatype": "text/plain", "encoding": "base64url", "body": "U3VyZSwgdGhlIG1ldGVyIHJlYWRpbmcgaXMgZG9uZS4"},
        {"type": "recording", "start": "2024-01-15T10:02:00Z", "duration": 30, "parties": [[0], [1]],
         "mediatype": "audio/x-wav", "encoding": "base64url", "body": "UklGRioeAABXQVZFZm10IBQAAAAxAAEAQB8AAFkGAAA"}
      ],
      "analysis": [
        {"type": "transcript", "dialog": 2, "encoding": "json", "vendor": "asr-co",
         "body": {"segments": [{"speaker": 0, "text": "Hi, refund please."}, {"speaker": 1, "text": "Done."}]}},
        {"type": "summary", "dialog": [0, 1], "encoding": "none", "body": "Alice asked Bob for a refund; granted."}
      ],
      "attachments": [
        {"purpose": "invoice", "party": 0, "dialog": 0, "mediatype": "application/json", "encoding": "json",
         "body": {"order": 4711, "amount": "12.50"}}
      ]
    }
    """

func loadFixture(_ text: String = fixtureJSON, source: String = "fixture.vcon.json") throws -> LoadedFile {
    try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: source)
}

/// A state over the fixture at `size`, after replaying `keys`.
func state(
    keys: String, width: Int = 80, height: Int = 24, file: LoadedFile? = nil,
    glyphs: Glyphs = .unicode
) throws -> (AppState, [Effect]) {
    let loaded = try file ?? loadFixture()
    var state = AppState(
        session: BrowserSession(files: [loaded], ascii: glyphs.isASCII),
        size: TerminalSize(width: width, height: height), glyphs: glyphs)
    let effects = state.handle(script: try KeyScript.parse(keys))
    return (state, effects)
}

func screen(_ state: AppState) -> CellBuffer {
    BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme)
}

/// Compares `text` with `Tests/Snapshots/BrowserCoreTests/<name>.txt`; `VCON_RECORD=1` re-records and fails.
func assertSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let directory = packageRoot.appendingPathComponent("Tests/Snapshots/BrowserCoreTests")
    let file = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["VCON_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            Issue.record("recorded snapshot \(name); run again without VCON_RECORD", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; record it with VCON_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
}
