import Synchronization

/// A cancellation flag shared between whoever started some work and the work itself.
///
/// Work checks `isCancelled` (or calls `check`) between steps; a source blocked in a call it cannot interrupt
/// from inside (a database query, a network request) registers `onCancel` to abort it. Cancelling is idempotent;
/// handlers run once, on the cancelling thread, or at once when registered after cancellation.
public final class Cancellation: Sendable {
    private struct State {
        var cancelled = false
        var handlers: [@Sendable () -> Void] = []
    }

    private let state = Mutex(State())

    public init() {}

    /// A flag that is never cancelled (command-line runs).
    public static var never: Cancellation { Cancellation() }

    public var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Cancels the work and runs the registered handlers.
    public func cancel() {
        let handlers = state.withLock { state -> [@Sendable () -> Void] in
            guard !state.cancelled else { return [] }
            state.cancelled = true
            defer { state.handlers = [] }
            return state.handlers
        }
        for handler in handlers { handler() }
    }

    /// Runs `handler` when the work is cancelled (at once if it already is).
    public func onCancel(_ handler: @escaping @Sendable () -> Void) {
        let already = state.withLock { state -> Bool in
            if state.cancelled { return true }
            state.handlers.append(handler)
            return false
        }
        if already { handler() }
    }

    /// Throws `SourceError.cancelled` when cancelled.
    public func check(_ place: String) throws(SourceError) {
        if isCancelled { throw SourceError.cancelled(place) }
    }
}
