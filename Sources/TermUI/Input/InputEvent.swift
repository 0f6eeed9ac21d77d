/// A mouse button.
public enum MouseButton: Sendable, Hashable {
    case left, middle, right
}

/// A mouse event at a cell.
public struct MouseEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        case press(MouseButton)
        case release(MouseButton)
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    /// Column, 0-based.
    public var x: Int
    /// Row, 0-based.
    public var y: Int
    public var modifiers: Modifiers

    public init(_ kind: Kind, x: Int, y: Int, modifiers: Modifiers = []) {
        self.kind = kind
        self.x = x
        self.y = y
        self.modifiers = modifiers
    }
}

/// Everything a backend can report to the application.
public enum InputEvent: Sendable, Hashable {
    case key(KeyPress)
    case mouse(MouseEvent)
    /// The terminal now has this size; re-lay out everything.
    case resize(width: Int, height: Int)
    /// Text pasted with bracketed paste (raw: sanitise before showing it).
    case paste(String)
}
