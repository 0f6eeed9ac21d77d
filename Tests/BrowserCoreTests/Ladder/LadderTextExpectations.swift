import LadderTestSupport
import TermUI
import TestSupport
import Testing
import VConModel
import VConSIP

@testable import BrowserCore

/// Renders `layout` as text at `width` and checks that no line is wider (by display width).
func ladderText(
    _ layout: LadderLayout, width: Int, ascii: Bool = false, scrolling: Bool = false,
    options: LadderOptions = LadderOptions(), state: LadderViewState = LadderViewState(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> String {
    let metrics = LadderMetrics(width: width, glyphs: ascii ? .ascii : .unicode, allowsLaneScrolling: scrolling)
    let lines = LadderText.lines(layout, metrics: metrics, options: options, state: state)
    for line in lines {
        #expect(DisplayWidth.of(line) <= width, "line wider than \(width): \(line)", sourceLocation: sourceLocation)
        if ascii { #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "not ASCII: \(line)", sourceLocation: sourceLocation) }
    }
    return lines.map { $0 + "\n" }.joined()
}

/// Compares text with `Tests/Goldens/Ladder/<name>` (see `expectGoldenFile` for recording).
func expectLadderGolden(_ actual: String, file name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectGoldenFile(actual, path: "Ladder/" + name, sourceLocation: sourceLocation)
}
