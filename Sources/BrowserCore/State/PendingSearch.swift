/// A `/` search still running: the engine, advanced a budget at a time on idle ticks, and the vCon it searches.
public struct PendingSearch: Sendable {
    public internal(set) var engine: VConSearch
    /// The document searched; the search is dropped if another one is opened.
    public let document: Int

    /// Work units per idle tick (values, KiB of decoded text): a few milliseconds, so keys stay responsive.
    /// Why 10 000: at 100 000 one tick of `/a` on a Deepgram transcript (a hit on most values, each with
    /// its path) took 3.7 s in a debug build (the key sweep, issue 12.1), about 0.3 s in release.
    public static let stepBudget = 10_000

    /// Whole percent done, for the status line (`searching… 42%`).
    public var percent: Int { min(99, Int(engine.progress.fraction * 100)) }
}
