/// A headless backend: fixed size, events from a key script, frames kept for dumping.
///
/// Used by `--keys/--size/--dump`, tests and benchmarks; nothing touches a terminal.
public final class BatchBackend: TerminalBackend {
    public private(set) var size: TerminalSize
    public let glyphs: Glyphs
    public let colorsEnabled: Bool
    public var mouseEnabled = true
    private var events: [InputEvent]
    private var nextIndex = 0

    /// The last frame presented (what `--dump` prints).
    public private(set) var lastFrame: CellBuffer?
    /// How many frames were presented.
    public private(set) var frameCount = 0
    /// Texts copied with `copyToClipboard`, in order.
    public private(set) var clipboard: [String] = []
    /// How many times `suspend` was called.
    public private(set) var suspendCount = 0

    /// A backend of the given size replaying `events`.
    public init(size: TerminalSize, events: [InputEvent], glyphs: Glyphs = .unicode, colorsEnabled: Bool = true) {
        self.size = size
        self.events = events
        self.glyphs = glyphs
        self.colorsEnabled = colorsEnabled
    }

    /// A backend replaying a `--keys` script (see `KeyScript`).
    public convenience init(
        size: TerminalSize, keys: String, glyphs: Glyphs = .unicode,
        colorsEnabled: Bool = true
    ) throws(KeyScriptError) {
        self.init(size: size, events: try KeyScript.parse(keys), glyphs: glyphs, colorsEnabled: colorsEnabled)
    }

    public var isFinished: Bool { nextIndex >= events.count }

    public func present(_ buffer: CellBuffer) {
        lastFrame = buffer
        frameCount += 1
    }

    public func nextEvent(timeout: Duration?) -> InputEvent? {
        guard nextIndex < events.count else { return nil }
        let event = events[nextIndex]
        nextIndex += 1
        if case .resize(let width, let height) = event { size = TerminalSize(width: width, height: height) }
        return event
    }

    public func invalidate() {}

    public func suspend() { suspendCount += 1 }

    public func copyToClipboard(_ text: String) { clipboard.append(text) }
}
