/// What the screen shows, and so which reducer takes the keys (`AppState.run`): the one place the reducer and
/// the screens ask instead of combining flags.
///
/// ```
///   library ──Enter──▶ document ──L──▶ ladder
///      ▲                  │  ▲            │
///      └──────q───────────┘  └──q / Tab───┘
/// ```
public enum Mode: Sendable, Hashable {
    /// The vCon list: several vCons listed (or a store) and none open, or back from one (`runInLibrary`).
    case library
    /// One vCon on its panes, `AppState.pane` saying which (`runInDocument`; the JSON pane's tree keys go on to
    /// `runInTree`).
    case document
    /// The SIP ladder over the open vCon's panes; `AppState.ladder` holds it (`runInLadder`, then the document's).
    case ladder
}
