import TermUI
import VConModel
import VConSIP

/// A ladder as plain text lines (the `ladder` command, goldens), drawn by `LadderView` one line at a time.
///
/// Each line goes through the same drawing as the browser pane into a one-row `CellBuffer`, so the text
/// is exactly what the pane shows: sanitised, never wider than the metrics' width, trailing spaces trimmed.
public enum LadderText {
    /// Lines of `layout` at `metrics` (header first).
    public static func lines(
        _ layout: LadderLayout, metrics: LadderMetrics, options: LadderOptions = LadderOptions(),
        state: LadderViewState = LadderViewState()
    ) -> [String] {
        lines(LadderGeometry(layout: layout, metrics: metrics, options: options), state: state)
    }

    /// Lines of an already computed geometry.
    public static func lines(_ geometry: LadderGeometry, state: LadderViewState = LadderViewState()) -> [String] {
        let view = LadderView(geometry: geometry, theme: .monochrome)
        var buffer = CellBuffer(width: geometry.metrics.width, height: 1)
        buffer.asciiOnly = geometry.metrics.glyphs.isASCII
        var result: [String] = []
        result.reserveCapacity(geometry.header.count + geometry.lines.count)
        for line in geometry.header + geometry.lines {
            view.draw(line, into: &buffer, x: 0, y: 0, state: state)
            var text = buffer.rowText(0)
            while text.last == " " { text.removeLast() }
            result.append(text)
        }
        return result
    }

    /// The lines joined, each ending with a newline.
    public static func render(
        _ layout: LadderLayout, metrics: LadderMetrics, options: LadderOptions = LadderOptions(),
        state: LadderViewState = LadderViewState()
    ) -> String {
        lines(layout, metrics: metrics, options: options, state: state).map { $0 + "\n" }.joined()
    }
}
