/// Columns of the pinned gutter left of the lanes.
///
/// ```
///  0 1 2 3          15   18       27 28
///    ▶   14:30:01.200   +1.150s   ●        full: 29 columns
///    ▶   14:30:01.200 ●                    compact: 18 columns, no delta
/// ```
public struct LadderGutter: Sendable, Hashable {
    /// Columns taken, separator included.
    public let width: Int
    /// Column of the selection marker.
    public let selectionX: Int
    /// First column of the time (`HH:MM:SS.mmm`).
    public let timeX: Int
    /// First column of the delta, or nil in the compact gutter.
    public let deltaX: Int?
    /// Column of the mark.
    public let markX: Int

    /// The full gutter (29 columns, or `width` when wider).
    public static func full(width: Int = fullWidth) -> LadderGutter {
        LadderGutter(width: max(fullWidth, width), selectionX: 1, timeX: 3, deltaX: 18, markX: 27)
    }

    /// The compact gutter without the delta (18 columns).
    public static let compact = LadderGutter(width: compactWidth, selectionX: 1, timeX: 3, deltaX: nil, markX: 16)

    /// Columns of the full and compact gutters.
    public static let fullWidth = 29
    public static let compactWidth = 18

    /// The gutter for an injected width: full from 29 columns, compact below.
    public static func forWidth(_ width: Int) -> LadderGutter { width >= fullWidth ? full(width: width) : compact }
}
