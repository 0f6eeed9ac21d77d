import VConModel

/// Checking the selected item's inline body hashes, before its detail is built.
extension AppState {
    /// Hashes the selected dialog, analysis or attachment body if it carries a content hash and was not checked.
    mutating func checkSelectedInlineHashes() {
        guard mode != .library, let item = selectedItem, let vcon = currentDocument?.vcon else { return }
        let content: Content?
        switch pane {
        case .dialog: content = VConItems.dialog(vcon, item)?.content
        case .analysis: content = VConItems.analysis(vcon, item)?.content
        case .attachments: content = VConItems.attachment(vcon, item)?.content
        default: content = nil
        }
        guard let content else { return }
        hashChecks.check(content, document: document, pointer: items[item].pointer, digester: session.digester)
    }
}
