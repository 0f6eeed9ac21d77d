/// What a diff found: the model a pane or a command renders, with no terminal codes in it.
extension VConDiff {
    /// Where an entry belongs: a top-level member or one of the four item arrays.
    public enum Section: String, Sendable, CaseIterable {
        case top, parties, dialog, analysis, attachments

        /// The singular noun for summaries (`1 dialog`, `1 party`).
        var singular: String {
            switch self {
            case .top: "top-level field"
            case .parties: "party"
            case .dialog: "dialog"
            case .analysis: "analysis"
            case .attachments: "attachment"
            }
        }

        /// The plural noun for summaries (`2 dialogs`, `2 analyses`).
        var plural: String {
            switch self {
            case .top: "top-level fields"
            case .parties: "parties"
            case .dialog: "dialogs"
            case .analysis: "analyses"
            case .attachments: "attachments"
            }
        }

        /// The four arrays of items, in document order.
        static let itemSections: [Section] = [.parties, .dialog, .analysis, .attachments]
    }

    /// What happened to an item or a field between `before` and `after`.
    public enum Kind: String, Sendable, CaseIterable {
        /// Present only in `after`.
        case added
        /// Present only in `before`.
        case removed
        /// Present in both with a different value (for an item: some of its fields differ).
        case changed
        /// An item replaced by `{}` so that the indices after it do not move (core draft, "redacted").
        case redacted
        /// An item that was `{}` in `before` and has content in `after`.
        case filled
        /// An item matched by uuid at another index, with no field changed.
        case moved

        /// The one-character marker of the text renderer: `+`, `-` or `~`.
        public var marker: Character {
            switch self {
            case .added, .filled: "+"
            case .removed, .redacted: "-"
            case .changed, .moved: "~"
            }
        }
    }

    /// Whether an entry describes a whole item or one field (field entries follow their item entry).
    public enum Level: String, Sendable {
        case item, field
    }

    /// One difference. `before` and `after` are short, sanitised, truncated texts, never raw vCon text.
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var level: Level
        public var section: Section
        /// The JSON Pointer in `after` (in `before` for a removed item), e.g. `/parties/0/tel`. Exact
        /// (RFC 6901), so `document.value(at:)` finds the value; show `displayPointer` instead.
        public var pointer: String
        /// The pointer in `before` when it differs (an item matched by uuid at another index); exact as well.
        public var beforePointer: String?
        /// `parties[1] Bob`, `dialog[0] text`, or for a top-level field its name (`subject`).
        public var label: String
        public var before: String?
        public var after: String?

        /// The pointer made safe to print: a member name may hold control or bidi characters.
        public var displayPointer: String { TextSafety.line(pointer) }

        public init(
            kind: Kind, level: Level, section: Section, pointer: String, beforePointer: String? = nil, label: String,
            before: String? = nil, after: String? = nil
        ) {
            self.kind = kind
            self.level = level
            self.section = section
            self.pointer = pointer
            self.beforePointer = beforePointer
            self.label = label
            self.before = before
            self.after = after
        }
    }

    /// The outcome of a comparison: semantic entries, a line diff, or both.
    public struct Result: Sendable {
        /// How the two were compared.
        public enum Mode: String, Sendable {
            /// Item by item over the vCon model.
            case semantic
            /// Line by line over pretty-printed JSON (or text).
            case lines
        }

        public var mode: Mode
        /// Semantic differences in document order (empty in `.lines` mode).
        public var entries: [Entry]
        /// Entries left out because a limit was reached (the renderer says so).
        public var omitted: Int
        /// The line diff, in `.lines` mode or when it was asked for beside the semantic one.
        public var lineDiff: LineDiff.Outcome?
        /// Why the comparison is what it is (e.g. why it fell back to lines), sanitised.
        public var notes: [String]
        /// The uuid of each side, sanitised, when known.
        public var beforeUUID: String?
        public var afterUUID: String?

        public init(
            mode: Mode, entries: [Entry] = [], omitted: Int = 0, lineDiff: LineDiff.Outcome? = nil, notes: [String] = [],
            beforeUUID: String? = nil, afterUUID: String? = nil
        ) {
            self.mode = mode
            self.entries = entries
            self.omitted = omitted
            self.lineDiff = lineDiff
            self.notes = notes
            self.beforeUUID = beforeUUID
            self.afterUUID = afterUUID
        }

        /// True when nothing differs.
        public var isEmpty: Bool {
            switch mode {
            case .semantic: return entries.isEmpty && omitted == 0
            case .lines:
                if case .lines(let lines)? = lineDiff { return lines.allSatisfy { $0.op == .same } }
                return false
            }
        }
    }
}
