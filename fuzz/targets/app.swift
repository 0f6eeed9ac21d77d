// Fuzz target: the browser itself. The first input byte picks a document (corpus files with every pane, a SIP
// ladder, deep JSON; loaded once), the rest becomes a key sequence — every command key, prompts with typed text,
// Enter/Esc, resizes down to 1x1 — fed to the reducer, and every frame is rendered, as the real run loop does.
// Run with `-timeout=1`: a key that takes more than a second (the JSON pane hang) is a finding.
import BrowserCore
import Foundation
import TermUI
import VConModel
import VConSIP

let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../shared/corpus").standardizedFileURL.path
let documents: [LoadedFile] = {
    let names = [
        "python-vcon-generated/pyvcon_unsigned_features.vcon.json", "py-vcon/tests__example_external_dialog.vcon",
        "sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json", "spec-examples",
        "vcon-server", "edge-cases", "fake-vcons", "ietf-meeting-vcons",
    ]
    var files: [LoadedFile] = []
    for name in names {
        let path = corpusRoot + "/" + name
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        var paths = [path]
        if isDirectory.boolValue {
            let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            paths = children.sorted().filter { $0.hasSuffix(".json") || $0.hasSuffix(".vcon") }.prefix(2).map { path + "/" + $0 }
        }
        for file in paths { if let loaded = try? FileLoader().load(path: file) { files.append(loaded) } }
    }
    // Always at least one document, even without the corpus: deep and wide JSON with hostile text.
    let deep = String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000)
    let inline =
        #"{"vcon":"0.4.0","uuid":"0190a1b2-0000-8000-8000-000000000001","subject":"x\u001b[31m\u202e","parties":[{"name":"A"}],"#
        + #""dialog":[{"type":"text","parties":[0],"body":"hi","encoding":"none","start":"2024-01-01T00:00:00Z"}],"#
        + #""attachments":[{"purpose":"deep","encoding":"json","body":\#(deep)}]}"#
    if let loaded = try? FileLoader().load(buffer: ByteBuffer(Array(inline.utf8)), source: "inline.vcon") { files.append(loaded) }
    return files
}()

/// The keys the fuzzer chooses from: every command key, prompt editing, digits and letters for prompts.
let alphabet: [InputEvent] = {
    var keys: [InputEvent] = "jkgGlh [],dnN\\:TxX!?ypusqMLrcFJK{}HR/0123456789abcdefz".map { .key(.char($0)) }
    keys += [Key.enter, .escape, .tab, .backspace, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end].map {
        .key(KeyPress($0))
    }
    keys += [.key(.backTab), .key(.ctrl("d")), .key(.ctrl("u")), .key(.ctrl("f")), .key(.ctrl("b")), .key(.ctrl("l"))]
    keys += [.key(KeyPress(.left, .alt)), .key(KeyPress(.right, .alt)), .paste("/dialog/0\n")]
    keys += [.resize(width: 80, height: 24), .resize(width: 200, height: 60), .resize(width: 20, height: 5), .resize(width: 1, height: 1)]
    keys += [.mouse(MouseEvent(.press(.left), x: 10, y: 5)), .mouse(MouseEvent(.wheelDown, x: 10, y: 5))]
    return keys
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzApp(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0, !documents.isEmpty else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let file = documents[Int(bytes[0]) % documents.count]
    var state = AppState(session: BrowserSession(files: [file]), size: TerminalSize(width: 80, height: 24))
    for byte in bytes.dropFirst().prefix(400) {
        let event = alphabet[Int(byte) % alphabet.count]
        let effects = state.handle(event)
        if effects.contains(.quit) { break }
        while state.hasPendingWork { _ = state.apply(.idle) }
        _ = BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme)
    }
    return 0
}
