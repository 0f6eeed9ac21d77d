import TermUI

/// Turns key presses into commands of a keymap, remembering the first key of a two-key sequence (`g g`, `y p`).
public struct KeyResolver: Sendable, Hashable {
    /// The bindings in use (the standard ones with the user's overrides).
    public let keymap: Keymap
    /// The first key of a sequence waiting for its second key.
    public private(set) var pending: KeyPress?

    /// A resolver over `keymap`.
    public init(keymap: Keymap = .standard) { self.keymap = keymap }

    /// What one key press means.
    public enum Resolution: Sendable, Hashable {
        /// Run this command; `key` is the last key pressed (`3` for `jumpToPane`).
        case command(CommandID, key: KeyPress)
        /// The first key of a sequence: wait for the next one.
        case pending
        /// Nothing is bound to this key (or sequence).
        case unbound
    }

    /// Resolves one press; a second key that completes no sequence is unbound and clears the prefix.
    /// In the `.ladder` scope the ladder's own keys come first.
    public mutating func resolve(_ press: KeyPress, scope: CommandScope = .global) -> Resolution {
        if scope == .ladder, pending == nil, let id = keymap.ladderSingle[press] {
            return .command(id, key: press)
        }
        if let first = pending {
            pending = nil
            let command = keymap.prefixes[first]?.first { $0.keys.contains([first, press]) }
            return command.map { .command($0.id, key: press) } ?? .unbound
        }
        if keymap.prefixes[press] != nil {
            pending = press
            return .pending
        }
        if let id = keymap.single[press] { return .command(id, key: press) }
        return .unbound
    }

    /// Forgets a pending prefix.
    public mutating func cancel() { pending = nil }

    /// The commands a pending prefix can complete, for the hint bar (`y` → `y value  p path …`).
    public var followUps: [Command] { pending.flatMap { keymap.prefixes[$0] } ?? [] }
}
