import Foundation
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

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
