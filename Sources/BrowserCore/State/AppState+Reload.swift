import VConModel

/// An input file that changed on disk after it was opened: its path and how ("truncated to 0 bytes").
public struct FileChange: Sendable, Hashable {
    public var path: String
    public var change: String

    public init(path: String, change: String) {
        self.path = path
        self.change = change
    }
}

/// Files changed on disk (`FileWatch`, polled by the run loop) and `R`, which opens every input again.
///
/// What is on screen stays readable after a change: small files were read into memory and a truncated
/// mapping reads as zeros (`MappingGuard`), so the status line says "changed on disk" until the user reloads.
extension AppState {
    /// The status-line notice while inputs are changed on disk: `changed on disk (R reloads): a.vcon truncated to 0 bytes`
    /// (the key first, so a narrow status line never cuts it off).
    public var changedNotice: String? {
        guard let first = changedOnDisk.first else { return nil }
        let name = first.path.split(separator: "/").last.map(String.init) ?? first.path
        let more = changedOnDisk.count > 1 ? " (+\(changedOnDisk.count - 1) more)" : ""
        let key = CommandTable.command(.reload)?.shortKeyLabel ?? "R"
        return "changed on disk (\(key) reloads): \(name) \(first.change)\(more)"
    }

    /// Records changes, the newest description of each path winning; a one-shot message gives way to the notice.
    mutating func noteChanges(_ changes: [FileChange]) {
        message = nil
        for change in changes {
            if let index = changedOnDisk.firstIndex(where: { $0.path == change.path }) {
                changedOnDisk[index] = change
            } else {
                changedOnDisk.append(change)
            }
        }
    }

    /// Swaps in the session the run loop opened again from disk, keeping the open vCon, pane and cursors.
    public mutating func reloaded(_ fresh: BrowserSession, problems: [String] = []) {
        replaceSession(fresh)
        changedOnDisk = []
        let count = fresh.listed.count
        message =
            problems.first.map { "reloaded; \($0)" }
            ?? "reloaded from disk: \(count) vCon\(count == 1 ? "" : "s")"
    }
}
