import Foundation
import Testing

/// The environment variable that re-records snapshots and goldens: `VCON_RECORD=1 swift test --filter …`.
public let recordVariable = "VCON_RECORD"

/// Compares `actual` with `Tests/Snapshots/<name>.txt` (e.g. `"BrowserCoreTests/help-80x24"`).
///
/// Snapshots live outside the test targets, so SwiftPM does not ask for them to be declared as resources.
public func expectSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectFile(actual, at: "Tests/Snapshots/" + name + ".txt", sourceLocation: sourceLocation)
}

/// Compares `actual` with the golden file `Tests/Goldens/<path>` (text in, text out algorithm tests).
public func expectGoldenFile(_ actual: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectFile(actual, at: "Tests/Goldens/" + path, sourceLocation: sourceLocation)
}

/// The one recorder: compares `actual` with the package file at `relative`; with `VCON_RECORD=1` it rewrites
/// the file and fails, so a recording is always reviewed before it passes; a missing file fails with a hint.
public func expectFile(_ actual: String, at relative: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = PackagePaths.url(relative)
    if ProcessInfo.processInfo.environment[recordVariable] == "1" {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(relative); review it and run again without \(recordVariable)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot record \(relative): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
        Issue.record("no \(relative); record it with \(recordVariable)=1. Actual:\n\(actual)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "\(relative) differs; actual:\n\(actual)", sourceLocation: sourceLocation)
}
