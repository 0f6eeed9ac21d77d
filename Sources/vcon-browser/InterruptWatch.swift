import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) into cancellation for a command that waits on a store: the handler cancels the
/// statement or request in progress (PQcancel, a URL task), and the command ends with status 130.
final class InterruptWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var handlers: [@Sendable () -> Void] = []
    private var interrupted = false
    private let source: DispatchSourceSignal

    init() {
        // A parent may have left SIGINT blocked (a child of a worker thread inherits its mask): unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.fire() }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    /// True once Ctrl-C was pressed.
    var isInterrupted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return interrupted
    }

    /// Runs `handler` on Ctrl-C.
    func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        lock.lock()
        handlers.append(handler)
        lock.unlock()
    }

    private func fire() {
        lock.lock()
        interrupted = true
        let current = handlers
        lock.unlock()
        for handler in current { handler() }
    }
}
