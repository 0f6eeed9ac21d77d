/// Work the run loop carries out for the state off the UI loop, shown in the status line until its answer comes
/// back (or Esc drops it).
public enum BackgroundWork: Sendable, Hashable {
    /// `:trust FILE` / `:key FILE`: every vCon judged again.
    case judging(SecurityAddition)
    /// Members opened in the background as the list fills: how many are open, of how many listed.
    case loading(opened: Int, total: Int)

    /// The status line's words for it.
    public var status: String {
        switch self {
        case .judging(.trust(let path)): "judging every vCon again with trust anchor \(path)…"
        case .judging(.key(let path)): "judging every vCon again with key \(path)…"
        case .loading(let opened, let total): "loading \(opened)/\(total)…"
        }
    }
}
