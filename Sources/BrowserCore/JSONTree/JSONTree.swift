import TermUI
import VConModel

/// The raw JSON pane's tree: one row per value of a document, computed lazily from the tape.
///
///     ▾ {6 keys}
///       ▸ parties: [2 items]               ← folded
///       ▾ dialog: [1 item]
///         ▾ [0] {9 keys}
///             body: "…" (1.2 MB base64url)
///
/// Rows are values in document order (object members as `key: value`, array elements as
/// `[i] value`); row numbers, parents and depths come from a `JSONTreeIndex`, so opening a
/// document with a million-element array builds no per-row storage and every `TreeSource`
/// call reads at most `index.stride` tape nodes. Drive it with TermUI's `TreeView` and a
/// `TreeViewState` from `initialFoldState()`; never call `TreeViewState.collapse(toDepth:)`
/// on a big document (it visits every row).
public struct JSONTree: TreeSource, Sendable {
    /// Row structure over the document's tape.
    public let index: JSONTreeIndex
    /// How values are previewed.
    public var options: JSONPreviewOptions

    /// Indexes `document` (one pass over its tape) and shows it with `options`.
    public init(document: JSONDocument, options: JSONPreviewOptions = JSONPreviewOptions()) {
        self.init(index: JSONTreeIndex(document: document), options: options)
    }

    /// Shows an already indexed document.
    public init(index: JSONTreeIndex, options: JSONPreviewOptions = JSONPreviewOptions()) {
        self.index = index
        self.options = options
    }

    /// The document shown.
    public var document: JSONDocument { index.document }

    /// Children counted one by one before `childCount` falls back to the index.
    static let directCountLimit = 256

    public var nodeCount: Int { index.rowCount }

    public func depth(of node: Int) -> Int { index.locate(row: node).context.depth }

    public func subtreeEnd(of node: Int) -> Int {
        let value = self.value(ofRow: node)
        guard value.isObject || value.isArray else { return node + 1 }
        return index.row(ofTape: value.endIndex)
    }

    public func parent(of node: Int) -> Int? {
        index.locate(row: node).context.parent.map { index.row(ofTape: $0) }
    }

    public func label(of node: Int) -> SafeText {
        let (tape, context) = index.locate(row: node)
        var text = SafeText()
        if let parent = context.parent {
            if JSONValue(document: document, index: parent).isObject {
                let key = JSONValue(document: document, index: tape - 1)
                text.append(JSONPreview.keyText(key, options: options))
                text.append(": ", style: options.punctuationStyle)
            } else {
                text.append("[\(context.ordinal)] ", style: options.punctuationStyle)
            }
        }
        text.append(preview(of: JSONValue(document: document, index: tape)))
        return text
    }

    /// The value shown on `row`.
    public func value(ofRow row: Int) -> JSONValue {
        JSONValue(document: document, index: index.tape(ofRow: row))
    }

    /// The row showing `value` (a member name gives its value's row).
    public func row(of value: JSONValue) -> Int { index.row(ofTape: value.index) }

    /// The row of the value at a JSON Pointer, if it exists.
    public func row(forPointer pointer: String) -> Int? {
        document.value(at: pointer).map(row(of:))
    }

    /// How many elements or members a container holds (0 for scalars): O(depth × stride).
    public func childCount(ofRow row: Int) -> Int {
        childCount(of: value(ofRow: row))
    }

    /// The preview of a value: a scalar as text, a container as its summary (`{12 keys}`).
    public func preview(of value: JSONValue) -> SafeText {
        switch value.kind {
        case .object, .array:
            return SafeText(
                JSONPreview.summary(isObject: value.isObject, count: childCount(of: value)),
                style: options.summaryStyle)
        default:
            return JSONPreview.scalar(value, options: options)
        }
    }

    /// Children of a container: counted by hopping from sibling to sibling when there are few,
    /// else from the last descendant's chain up to it (so a million-element array costs no walk).
    ///
    /// Why both: the chain costs one index lookup per level between the last descendant and the
    /// container, so for a 10 000-deep document it is 10 000 lookups per call, and opening its JSON
    /// pane (one call per level) never finished; few siblings are cheaper counted directly.
    func childCount(of value: JSONValue) -> Int {
        guard value.isObject || value.isArray, value.endIndex > value.index + 1 else { return 0 }
        var child = value.index + 1
        var counted = 0
        while child < value.endIndex, counted < Self.directCountLimit {
            if value.isObject { child += 1 }  // the member name
            guard child < value.endIndex else { break }
            child = JSONValue(document: document, index: child).endIndex
            counted += 1
        }
        if child >= value.endIndex { return counted }
        var tape = value.endIndex - 1
        var context = index.context(ofTape: tape)
        while let parent = context.parent, parent != value.index {
            tape = parent
            context = index.context(ofTape: tape)
        }
        return context.ordinal + 1
    }
}
