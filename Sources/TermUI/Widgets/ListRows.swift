/// The rows of a `ListView`, drawn on demand: the list asks for the rows it shows, and a filter asks for each
/// row's text. An array of texts is one kind (`init(_:)`); a big list (the vCon list of a 100 000-file tree) keeps
/// compact row data and renders a row when asked, so its memory is that data, not 200 styled glyphs a row.
public struct ListRows: RandomAccessCollection, Sendable {
    public let startIndex = 0
    public let endIndex: Int
    private let text: @Sendable (Int) -> SafeText
    private let filterText: @Sendable (Int) -> String

    /// Rows already drawn.
    public init(_ rows: [SafeText]) {
        endIndex = rows.count
        text = { rows[$0] }
        filterText = { rows[$0].plainText.lowercased() }
    }

    /// `count` rows drawn by `text`; `filterText` is what a filter matches, lowercased (by default the drawn text).
    public init(count: Int, text: @escaping @Sendable (Int) -> SafeText, filterText: (@Sendable (Int) -> String)? = nil) {
        endIndex = count
        self.text = text
        self.filterText = filterText ?? { text($0).plainText.lowercased() }
    }

    public subscript(position: Int) -> SafeText { text(position) }

    /// The lowercased text a filter matches in row `position`.
    public func matchText(_ position: Int) -> String { filterText(position) }
}

extension ListRows: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: SafeText...) { self.init(elements) }
}
