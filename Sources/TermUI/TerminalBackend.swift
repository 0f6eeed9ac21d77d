/// A terminal size in cells.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) { self.width = width; self.height = height }
    public var description: String { "\(width)x\(height)" }
}

/// What the browser needs from a terminal: show a frame, read events, suspend, copy.
///
/// The interactive (`CursesBackend`) and batch (`BatchBackend`) paths share all
/// code but this. A typical loop:
///
///     while !backend.isFinished {
///         backend.present(render(state, size: backend.size, glyphs: backend.glyphs))
///         guard let event = backend.nextEvent(timeout: nil) else { continue }
///         state.apply(event)
///     }
public protocol TerminalBackend: AnyObject {
    /// The current size; changes after a `.resize` event.
    var size: TerminalSize { get }
    /// Unicode drawing, or ASCII when the terminal's locale is not UTF-8 or `--ascii` was given.
    var glyphs: Glyphs { get }
    /// False under `NO_COLOR` / `--no-color` (styles keep bold, reverse, underline, dim).
    var colorsEnabled: Bool { get }
    /// Mouse reporting (on by default; `M` toggles it).
    var mouseEnabled: Bool { get set }
    /// True when no event can ever come again (the batch script is used up).
    var isFinished: Bool { get }

    /// Shows the buffer (it should be `size` large) and places the cursor at `buffer.cursor`.
    func present(_ buffer: CellBuffer)
    /// The next event, or nil when none came within `timeout` (nil timeout: wait) or the script is used up.
    func nextEvent(timeout: Duration?) -> InputEvent?
    /// Forgets what is on screen so the next `present` redraws everything (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns once continued, screen restored.
    func suspend()
    /// Puts text on the system clipboard (OSC 52, works over SSH).
    func copyToClipboard(_ text: String)
    /// Gives the terminal to `body` (another program runs in it: `o` opens a body), then takes it back and
    /// repaints. Backends without a terminal just call `body`.
    func runOutside(_ body: () -> Void)
}

extension TerminalBackend {
    /// No terminal to hand over: runs `body`.
    public func runOutside(_ body: () -> Void) { body() }
}
