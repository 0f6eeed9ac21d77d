import Foundation
import Synchronization

/// Pure work over many independent items, spread over every core: the browser builds documents, rows and findings
/// of thousands of members at a time, and one core left the other idle.
public enum Parallel {
    /// `transform` of every index in `0..<count`, in order. Contiguous chunks run on up to eight cores; fewer than
    /// `serialBelow` items run here (starting threads costs more than they do).
    public static func map<T: Sendable>(_ count: Int, serialBelow: Int = 256, _ transform: @Sendable (Int) -> T) -> [T] {
        let workers = min(8, ProcessInfo.processInfo.activeProcessorCount)
        guard count >= serialBelow, workers > 1 else { return (0..<count).map(transform) }
        // A few chunks per core, so one slow chunk (a big vCon) does not leave the others waiting.
        let chunks = min(count, workers * 4)
        let parts = Mutex([[T]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = (count * chunk / chunks..<count * (chunk + 1) / chunks).map(transform)
            parts.withLock { $0[chunk] = part }
        }
        return parts.withLock { $0 }.flatMap { $0 }
    }
}
