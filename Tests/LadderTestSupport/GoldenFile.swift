import Foundation
import Testing

/// Compares text with the golden file `Tests/Goldens/<path>`; `RECORD_GOLDENS=1` rewrites the file and fails,
/// so a recorded golden is always reviewed before it passes.
public func expectGoldenFile(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = LadderFixtures.packageRoot.appendingPathComponent("Tests/Goldens/" + path)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(path); review it and run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden \(path); run with RECORD_GOLDENS=1. Actual:\n\(actual)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "golden \(path) differs; actual:\n\(actual)", sourceLocation: sourceLocation)
}
