/// A key on the keyboard, without modifiers.
public enum Key: Sendable, Hashable {
    /// A printable character (`Key.character("a")`; Ctrl-A is `.character("a")` with `.ctrl`).
    case character(Character)
    case enter, tab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1...F12 (and beyond, when a terminal sends them).
    case function(Int)
}

/// Modifier keys held with a key or mouse event.
public struct Modifiers: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let shift = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let ctrl = Modifiers(rawValue: 4)
}

/// A key with its modifiers: `j`, `Ctrl-d`, `Shift-Tab`, `Alt-←`.
///
/// Conventions: an upper-case letter is `.character("J")` without `.shift`;
/// Ctrl-letters are lower-case with `.ctrl`; Shift-Tab (BackTab) is `.tab` with `.shift`.
public struct KeyPress: Sendable, Hashable, CustomStringConvertible {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character key.
    public static func char(_ c: Character) -> KeyPress { KeyPress(.character(c)) }
    /// Ctrl plus a character (lower-cased): `.ctrl("d")`.
    public static func ctrl(_ c: Character) -> KeyPress { KeyPress(.character(Character(c.lowercased())), .ctrl) }
    /// Alt (Meta) plus a character: `.alt("x")`.
    public static func alt(_ c: Character) -> KeyPress { KeyPress(.character(c), .alt) }
    /// Shift-Tab.
    public static let backTab = KeyPress(.tab, .shift)

    /// The key-script notation (`j`, `<C-d>`, `<S-Tab>`, `<F1>`, `<lt>`), also used in help and hint bars.
    public var description: String { KeyScript.notation(for: self) }
}
