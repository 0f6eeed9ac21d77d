import Foundation
import Testing

@testable import TermUI

/// Renders into a fresh buffer and returns it (tests compare `plainText` and `styleLines`).
func render(width: Int, height: Int, _ draw: (inout CellBuffer) -> Void) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    draw(&buffer)
    return buffer
}

/// Compares `text` with `Tests/Snapshots/TermUITests/<name>.txt` (outside the target, so SwiftPM
/// does not ask for it to be declared as a resource).
///
/// With `VCON_RECORD=1` the file is (re)written and the test fails, so a recording
/// is never mistaken for a pass; without it a missing file fails with a hint.
func assertSnapshot(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
    filePath: String = #filePath
) {
    let testsDirectory = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    let directory = testsDirectory.appendingPathComponent("Snapshots").appendingPathComponent("TermUITests")
    let file = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["VCON_RECORD"] == "1" {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            Issue.record("recorded snapshot \(name); run again without VCON_RECORD", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; record it with VCON_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
