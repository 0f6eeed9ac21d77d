import VConModel

/// The diff overlay (`d`): a semantic diff of a vCon against the version it links to, or the plain line diff.
public struct DiffView: Sendable, Hashable {
    /// One rendered line: its kind (for the style; the text keeps its `+`/`-`/`~` marker) and text.
    public struct Line: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case summary, note, added, removed, changed, context, hunk
        }
        public var kind: Kind
        public var text: String
    }

    /// Which vCon is the older version (the original, the prior) and which the newer, by document index.
    public var before: Int
    public var after: Int
    /// `redacted`, `amended`, `appended`.
    public var kind: String
    public var title: String
    /// The semantic diff (or the line diff VConDiff fell back to).
    public var semantic: [Line]
    /// The line diff, made the first time it is shown.
    public var lines: [Line]?
    /// True while the line diff is shown.
    public var showingLines = false
    public var offset = 0

    /// The lines on screen.
    public var shown: [Line] { showingLines ? lines ?? [] : semantic }

    /// Converts VConDiff's rendering.
    static func lines(_ result: VConDiff.Result) -> [Line] {
        VConDiff.render(result).map { line in
            let kind: Line.Kind =
                switch line.style {
                case .summary: .summary
                case .note: .note
                case .added: .added
                case .removed: .removed
                case .changed: .changed
                case .context: .context
                case .hunk: .hunk
                }
            return Line(kind: kind, text: line.text)
        }
    }
}
