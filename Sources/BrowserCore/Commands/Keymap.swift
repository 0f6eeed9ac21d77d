import TermUI

/// The command table as the user has it: the standard bindings with the user's overrides applied.
///
/// The resolver, the help overlay, the hint bar and `--dump-keys` all read the same `Keymap`, so a rebound
/// key shows everywhere it is used. Groups, help texts and scopes never change; only keys do.
public struct Keymap: Sendable, Hashable {
    /// Every command, in help order, with its current keys.
    public private(set) var commands: [Command]
    /// The first key of every two-key sequence, with the commands it can lead to.
    private(set) var prefixes: [KeyPress: [Command]] = [:]
    /// Single-key bindings that work everywhere.
    private(set) var single: [KeyPress: CommandID] = [:]
    /// Single-key bindings of the ladder, looked up before the global ones while it shows.
    private(set) var ladderSingle: [KeyPress: CommandID] = [:]

    /// The standard bindings (`CommandTable.all`).
    public static let standard = Keymap(commands: CommandTable.all)

    /// A keymap over `commands` (each id once).
    public init(commands: [Command]) {
        self.commands = commands
        index()
    }

    /// The command with this id.
    public func command(_ id: CommandID) -> Command? { commands.first { $0.id == id } }

    /// Whether `press` is one of the ladder's own single keys.
    public func isLadderKey(_ press: KeyPress) -> Bool { ladderSingle[press] != nil }

    /// The keymap with `keys` bound to `id` instead of its standard keys.
    ///
    /// A key another command of the same scope had moves to `id` (the other command keeps its remaining keys,
    /// like k9s and lazygit: the user's binding wins). Throws when a single key would shadow a two-key
    /// sequence's first key (`g` while `g g` exists), or the other way round, since one of them could never run.
    public func rebinding(_ id: CommandID, to keys: [[KeyPress]]) throws(KeymapError) -> Keymap {
        guard let target = commands.firstIndex(where: { $0.id == id }) else { throw KeymapError("no command \(id.rawValue)") }
        guard !keys.isEmpty, keys.allSatisfy({ (1...2).contains($0.count) }) else {
            throw KeymapError("\(id.rawValue): give one or more keys, each one key or a two-key sequence")
        }
        let scope = commands[target].scope
        var result = self
        for index in result.commands.indices where index != target && result.commands[index].scope == scope {
            result.commands[index].keys.removeAll { keys.contains($0) }
        }
        result.commands[target].keys = keys
        let firsts = Set(result.commands.filter { $0.scope == scope }.flatMap(\.keys).filter { $0.count == 2 }.map { $0[0] })
        for command in result.commands where command.scope == scope {
            if let clash = command.keys.first(where: { $0.count == 1 && firsts.contains($0[0]) }) {
                let label = Command.label(clash[0])
                throw KeymapError(
                    "\(id.rawValue): \(label) would be both a key of \(command.id.rawValue) and the first key of a two-key sequence")
            }
        }
        result.index()
        return result
    }

    private mutating func index() {
        prefixes = [:]
        single = [:]
        ladderSingle = [:]
        for command in commands {
            for sequence in command.keys {
                if sequence.count == 2, command.scope == .global {
                    prefixes[sequence[0], default: []].append(command)
                } else if sequence.count == 1, command.scope == .global, single[sequence[0]] == nil {
                    single[sequence[0]] = command.id
                } else if sequence.count == 1, command.scope == .ladder, ladderSingle[sequence[0]] == nil {
                    ladderSingle[sequence[0]] = command.id
                }
            }
        }
    }
}

/// A rebinding the keymap refuses, with the reason.
public struct KeymapError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the command.
    public var description: String

    init(_ description: String) { self.description = description }
}
