import Foundation
import TermUI
import Testing
import VConModel

@testable import BrowserCore

/// `o` (issue 15): the reducer checks where it runs and what is selected, decodes the body and returns
/// `Effect.openWith`; it never writes the copy or starts a program itself.
@Suite struct OpenWithReducerTests {
    /// The fixture's second dialog (base64url text) selected in the Dialog pane.
    static func dialogState(_ settings: OpenWithSettings, keymap: Keymap = .standard) throws -> AppState {
        var state = AppState(
            session: BrowserSession(files: [try loadFixture()], ascii: false), size: TerminalSize(width: 100, height: 30),
            keymap: keymap, openWith: settings)
        _ = state.handle(script: try KeyScript.parse("3j"))
        #expect(state.pane == .dialog && state.selectedItem == 1)
        return state
    }

    /// Private folders the run loop would make, in the temporary roots.
    static func privateFolders() -> Set<String> {
        var found: Set<String> = []
        for root in Set(PrivateCopy.roots(environment: ProcessInfo.processInfo.environment) + [NSTemporaryDirectory()]) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            for name in names where name.hasPrefix("vcon-browser-open-") { found.insert(root + "/" + name) }
        }
        return found
    }

    @Test func localTerminalGetsTheEffectWithTheDecodedBytesAndNoIO() throws {
        var state = try Self.dialogState(OpenWithSettings(opener: "my-viewer --wait"))
        let before = Self.privateFolders()
        let effects = state.handle(script: try KeyScript.parse("o"))
        #expect(
            effects == [
                .openWith(
                    OpenRequest(
                        bytes: Array("Sure, the meter reading is done.".utf8), name: "dialog-1.txt", mediatype: "text/plain",
                        opener: "my-viewer --wait"))
            ])
        #expect(state.message == "opening dialog-1.txt (32 bytes)")
        #expect(Self.privateFolders() == before, "the reducer made no copy")
    }

    @Test(arguments: ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"])
    func refusedOverSSHOfferingSaveAndCopy(variable: String) throws {
        let settings = OpenWithSettings(environment: [variable: "10.0.0.1 5555 10.0.0.2 22", "VCON_OPENER": "cat"])
        #expect(settings.remoteBy == variable && settings.opener == "cat")
        var state = try Self.dialogState(settings)
        let effects = state.handle(script: try KeyScript.parse("o"))
        #expect(effects.isEmpty)
        #expect(
            state.message
                == "over SSH (\(variable) is set) a program would open on the remote machine: s saves the body, y y copies the focused value"
        )
    }

    @Test func blankVariablesDoNotCount() {
        let settings = OpenWithSettings(environment: ["SSH_CONNECTION": "", "SSH_TTY": "  ", "VCON_OPENER": " "])
        #expect(settings == OpenWithSettings())
    }

    @Test func theUsersKeysAreNamedAndARebindingRunsIt() throws {
        let keymap = try Keymap.standard.rebinding(.openWith, to: [[.char("O")]]).rebinding(.save, to: [[.char("w")]])
        var remote = try Self.dialogState(OpenWithSettings(remoteBy: "SSH_TTY"), keymap: keymap)
        _ = remote.handle(script: try KeyScript.parse("O"))
        #expect(remote.message?.contains(": w saves the body") == true)
        var local = try Self.dialogState(OpenWithSettings(), keymap: keymap)
        let effects = local.handle(script: try KeyScript.parse("O"))
        #expect(effects.count == 1)
        #expect(local.handle(script: try KeyScript.parse("o")).isEmpty, "o is no longer bound")
    }

    @Test func externalBodiesAreNotFetched() throws {
        let text = """
            {"vcon": "0.4.0", "uuid": "01928e10-193e-8231-b9a2-279e0d16bc46", "created_at": "2024-01-15T10:00:00Z",
             "parties": [{"name": "A"}],
             "dialog": [{"type": "recording", "start": "2024-01-15T10:00:00Z", "parties": [0],
                         "url": "https://example.com/call.wav", "mediatype": "audio/x-wav"}]}
            """
        var state = AppState(
            session: BrowserSession(files: [try loadFixture(text)], ascii: false), size: TerminalSize(width: 100, height: 30))
        let effects = state.handle(script: try KeyScript.parse("3o"))
        #expect(effects.isEmpty)
        #expect(state.message == "the body is external (https://example.com/call.wav): not fetched; nothing inline to open")
    }

    @Test func nothingSelectedSaysWhatToSelect() throws {
        var state = try Self.dialogState(OpenWithSettings())
        let effects = state.handle(script: try KeyScript.parse("1o"))
        #expect(effects.isEmpty)
        #expect(state.message == "select a dialog, analysis or attachment to open its body")
    }

    @Test func fileNamesAndMediaTypesFromTheVConAreMadeSafe() {
        #expect(OpenRequest.safeFileName("../../etc/passwd") == "_.._etc_passwd")
        #expect(OpenRequest.safeFileName("-rf $(id).txt") == "rf___id_.txt")
        #expect(OpenRequest.safeFileName("\u{1B}]0;x\u{07}") == "__0_x_")
        #expect(OpenRequest.safeFileName("...") == "body")
        #expect(OpenRequest.safeFileName("ü") == "body")
        #expect(OpenRequest.safeFileName(String(repeating: "a", count: 200)).count == 80)
        #expect(OpenRequest.safeMediatype("Text/Plain; charset=utf-8") == "text/plain")
        #expect(OpenRequest.safeMediatype("application/vnd.api+json") == "application/vnd.api+json")
        #expect(OpenRequest.safeMediatype("text/plain`id`") == nil)
        #expect(OpenRequest.safeMediatype("text/x y") == nil)
        #expect(OpenRequest.safeMediatype("text") == nil)
        #expect(OpenRequest.safeMediatype("a/b/c") == nil)
        #expect(OpenRequest.safeMediatype("text/-x") == nil)
    }
}
