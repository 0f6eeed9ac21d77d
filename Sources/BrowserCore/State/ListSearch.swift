/// `/` in the vCon list: the rows whose text, file name, uuid or party names contain the query.
///
///      vCons (21)  /alice 2/5
///     ▶ 2024-01-15 10:00Z  [-]  Refund for Alice …      ← the current hit selected, the match highlighted
///
/// Like a pane's search, `n`/`N` step through the hits and Esc clears it; unlike it, nothing is decoded:
/// the list only knows what its rows and the opened files say.
public struct ListSearch: Sendable, Hashable {
    public var query: String
    /// Positions in `session.listed` of the matching rows, in list order.
    public var rows: [Int]
    /// Index into `rows` of the current hit.
    public var current: Int
}
