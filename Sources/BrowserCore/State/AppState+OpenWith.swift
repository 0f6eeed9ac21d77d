import TermUI
import VConModel

/// `o`: hand the selected body to the user's program. The reducer checks and decodes; the run loop writes the
/// private copy and runs the program (`Effect.openWith`).
extension AppState {
    mutating func openWith() -> [Effect] {
        guard let (content, name) = selectedContent() else {
            message = "select a dialog, analysis or attachment to open its body"
            return []
        }
        if let variable = openWithSettings.remoteBy {
            let save = keys.keymap.command(.save)?.shortKeyLabel ?? "s"
            let copy = keys.keymap.command(.copyValue)?.shortKeyLabel ?? "y y"
            message =
                "over SSH (\(variable) is set) a program would open on the remote machine: "
                + "\(save) saves the body, \(copy) copies the focused value"
            return []
        }
        guard content.isInline else {
            message =
                content.url.map { "the body is external (\(TextSafety.line($0))): not fetched; nothing inline to open" }
                ?? "no body to open"
            return []
        }
        switch content.decodedBytes() {
        case .success(let bytes):
            let request = OpenRequest(bytes: bytes, name: name, mediatype: content.mediatype, opener: openWithSettings.opener)
            message = "opening \(request.fileName) (\(Counted.text(bytes.count, "byte")))"
            return [.openWith(request)]
        case .failure(let error):
            message = "cannot open: \(error.message)"
            return []
        }
    }
}
