import TermUI
import VConModel

/// `y` copies (OSC 52 through the run loop) and `s` saves bodies; the reducer only prepares the bytes.
extension AppState {
    enum CopyWhat { case value, path, jqPath, uuid }

    mutating func copy(_ what: CopyWhat) -> [Effect] {
        guard let document = currentDocument else {
            message = "open a vCon first"
            return []
        }
        let text: String?
        let label: String
        switch what {
        case .uuid:
            text = document.vcon?.uuid
            label = "uuid"
        case .path:
            text = focusedPointer
            label = "path"
        case .jqPath:
            text = focusedPointer.map(PointerText.jq)
            label = "jq path"
        case .value:
            label = "value"
            if let pointer = focusedPointer, let value = document.root?.document.value(at: pointer) {
                text = DetailPreview.copyText(value)
            } else if detail.cursor < detail.lines.count {
                text = detail.lines[detail.cursor].text.plainText.trimmingCharacters(in: " ")
            } else {
                text = nil
            }
        }
        guard let text else {
            message = "no \(label) here"
            return []
        }
        let shown = text.count > 40 ? String(text.prefix(40)) + glyphs.ellipsis : text
        message = "copied \(label): \(shown)"
        return [.copy(text)]
    }

    /// `y u` in the vCon list: the selected row's uuid.
    mutating func copyListUUID() -> [Effect] {
        guard libraryCursor.selected < session.listCount else {
            message = "no vCon selected"
            return []
        }
        guard let uuid = session.uuid(atRow: libraryCursor.selected), !uuid.isEmpty else {
            let readable = session.document(atRow: libraryCursor.selected).map { session.documents[$0].vcon != nil } ?? true
            message = readable ? "this vCon has no uuid" : "this row is not a readable vCon: no uuid"
            return []
        }
        message = "copied uuid: \(TextSafety.line(uuid))"
        return [.copy(uuid)]
    }

    /// The content of the selected dialog, analysis or attachment, and a file name to offer.
    func selectedContent() -> (Content, String)? {
        guard let vcon = currentDocument?.vcon, let item = selectedItem, let key = pane.arrayKey,
            let value = vcon.json[key]?[item]
        else { return nil }
        let content = Content(owner: value)
        let fallback = "\(key)-\(item)" + Self.fileExtension(content)
        let name = content.filename.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? fallback
        return (content, name.isEmpty || name == "." || name == ".." ? fallback : name)
    }

    static func fileExtension(_ content: Content) -> String {
        switch content.effectiveEncoding {
        case .json?: return ".json"
        case .base64url?: return content.mediatype?.hasPrefix("text/") == true ? ".txt" : ".bin"
        default: return ".txt"
        }
    }

    mutating func startSave() {
        guard let (content, name) = selectedContent() else {
            message = "select a dialog, analysis or attachment to save its body"
            return
        }
        guard content.isInline else {
            message = content.url.map { "the body is external (\($0)); nothing inline to save" } ?? "no body to save"
            return
        }
        switch content.decodedBytes() {
        case .success(let bytes): openPrompt(.save, text: name, payload: bytes)
        case .failure(let error): message = "cannot save: \(error.message)"
        }
    }
}
