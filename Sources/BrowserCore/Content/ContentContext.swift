import TermUI
import VConModel

/// What content builders need besides the document: session, time format, glyphs, theme, hex mode.
public struct ContentContext: Sendable {
    public var session: BrowserSession
    public var documentIndex: Int
    public var time: TimeFormatter
    public var glyphs: Glyphs
    public var theme: Theme
    public var hex: Bool
    /// Transcript words shown under each turn (`w`).
    public var words = false
    /// Inline body hashes checked so far (BodyLines shows the outcome for the item it describes).
    public var hashChecks = InlineHashChecks()

    public var document: BrowserDocument { session.documents[documentIndex] }

    /// `[1] Bob (+1 555 0199)`, or `[7] (no such party)`.
    func partyLabel(_ index: Int) -> String {
        document.vcon?.partyLabel(index) ?? "[\(index)]"
    }

    /// `dialog[2] text` (or `(no such dialog)`).
    func dialogLabel(_ index: Int) -> String {
        guard let dialog = document.vcon.flatMap({ VConItems.dialog($0, index) }) else {
            return "dialog[\(index)] (no such dialog)"
        }
        return "dialog[\(index)] " + (dialog.type ?? "")
    }

    /// `attachments[3] transcript.pdf` (purpose or file name).
    func attachmentLabel(_ index: Int) -> String {
        guard let attachment = document.vcon.flatMap({ VConItems.attachment($0, index) }) else {
            return "attachments[\(index)] (no such attachment)"
        }
        return "attachments[\(index)] " + (attachment.purpose ?? attachment.content.filename ?? "")
    }
}

/// Accumulates detail lines: headings, `name  value` fields, links and wrapped text.
struct DetailWriter {
    var lines: [DetailLine] = []
    let theme: Theme
    let glyphs: Glyphs
    /// Width of the field-name column.
    var nameWidth = 12

    init(theme: Theme, glyphs: Glyphs) {
        self.theme = theme
        self.glyphs = glyphs
    }

    mutating func heading(_ text: String, pointer: String? = nil) {
        lines.append(DetailLine(SafeText(text, style: theme.accent), pointer: pointer))
    }

    mutating func blank() { lines.append(DetailLine(SafeText())) }

    /// Pads a field name to the name column (by display width).
    func name(_ text: String) -> SafeText {
        let label = SafeText(text, style: theme.muted)
        return label.width >= nameWidth ? label + SafeText(" ") : label.padded(to: nameWidth)
    }

    /// The name column for a field: the padded name, or, for a name that does not fit the column
    /// (`vendor_schema`), the name on a line of its own and blank padding, so every value starts in the
    /// value column and its wrapped rows line up under it.
    mutating func nameColumn(_ label: String, pointer: String?) -> SafeText {
        guard SafeText(label).width > nameWidth else { return name(label) }
        lines.append(DetailLine(SafeText(label, style: theme.muted), pointer: pointer))
        return name("")
    }

    mutating func field(_ label: String, _ value: String?, pointer: String?, style: Style = .plain) {
        guard let value else { return }
        var text = nameColumn(label, pointer: pointer)
        text.append(value, style: style)
        lines.append(DetailLine(text, pointer: pointer, indent: nameWidth))
    }

    /// A line that Enter follows: `→ [1] Bob (+1 555 0199)`.
    mutating func link(_ label: String, _ target: String, pointer: String?, link: DetailLink, first: Bool = true) {
        var text = first ? nameColumn(label, pointer: pointer) : name("")
        text.append(glyphs.arrowRight + " ", style: theme.muted)
        text.append(target, style: theme.accent.underlined)
        lines.append(DetailLine(text, pointer: pointer, link: link, indent: nameWidth))
    }

    /// Free text, kept line breaks, indented.
    mutating func text(_ string: String, pointer: String?, indent: Int = 2, style: Style = .plain) {
        let body = SafeText(string, style: style, sanitizer: .multiLine)
        let pad = SafeText(String(repeating: " ", count: indent))
        for line in body.lines { lines.append(DetailLine(pad + line, pointer: pointer, indent: indent)) }
    }

    /// "Referenced by" for the item at `pointer`.
    mutating func referencedBy(_ pointer: String, in document: BrowserDocument) {
        let references = document.referencedBy.references(to: pointer)
        blank()
        heading("Referenced by")
        if references.isEmpty {
            lines.append(DetailLine(SafeText("  nothing points here", style: theme.muted)))
            return
        }
        for reference in references {
            var text = SafeText("  " + glyphs.arrowLeft + " ", style: theme.muted)
            text.append(reference.label, style: theme.accent.underlined)
            text.append("  " + reference.pointer, style: theme.muted)
            lines.append(DetailLine(text, pointer: reference.pointer, link: .pointer(reference.pointer), indent: 4))
        }
    }
}
