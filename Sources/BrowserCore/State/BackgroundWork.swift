import VConModel

/// Work the run loop carries out for the state off the UI loop, shown in the status line until its answer comes
/// back (or Esc drops it).
public enum BackgroundWork: Sendable, Hashable {
    /// `:trust FILE` / `:key FILE`: every vCon judged again.
    case judging(SecurityAddition)
    /// Members opened in the background as the list fills: how many are open, of how many listed, and whether the
    /// listing goes on (a big tree is listed as it is opened: `3 412/5 000+`).
    case loading(opened: Int, total: Int, more: Bool = false)
    /// The next page of a store, after `listed` rows.
    case paging(listed: Int)
    /// A store listed again with the `\` filter (as typed).
    case filtering(String)
    /// A store row being fetched and opened (its name).
    case opening(String)
    /// A link's target being fetched from the store by uuid.
    case fetching(String)

    /// The status line's words for it.
    public var status: String {
        switch self {
        case .judging(.trust(let path)): "judging every vCon again with trust anchor \(path)…"
        case .judging(.key(let path)): "judging every vCon again with key \(path)…"
        case .loading(let opened, let total, let more): "loading \(opened)/\(total)\(more ? "+" : "")…"
        case .paging(let listed): "loading… (the next page after row \(listed))"
        case .filtering(let text): "loading… (asking the store for \(TextSafety.line(text)))"
        case .opening(let name): "loading… (fetching \(TextSafety.line(name)))"
        case .fetching(let uuid): "loading… (fetching \(TextSafety.line(uuid)) from the store)"
        }
    }
}
