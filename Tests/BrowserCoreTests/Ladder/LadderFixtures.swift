import Foundation
import Testing
import TermUI
import VConModel
@testable import BrowserCore

/// Inputs for the ladder rendering tests: the shared corpus and vCon JSON built like the SIP layout goldens'
/// (`Tests/VConModelTests/SIP/SIPTestSupport.swift`), so both suites draw the same traces.
enum LadderFixtures {
    /// The package root, found by walking up from this file until `Package.swift`.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    /// A vCon from the corpus (`../shared/corpus/<path>`).
    static func corpusVCon(_ path: String) throws -> VCon {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/" + path)
        return VCon(json: try JSONDocument.parse(bytes: Array(try Data(contentsOf: url))).root)
    }

    /// The layout of one dialog of inline vCon JSON.
    static func layout(_ json: String, dialog: Int? = 0) throws -> LadderLayout {
        LadderLayout(LadderSources.input(from: VCon(json: try JSONDocument.parse(string: json).root), dialog: dialog))
    }

    /// The layout of one dialog of a corpus file.
    static func corpusLayout(_ path: String, dialog: Int? = 0) throws -> LadderLayout {
        LadderLayout(LadderSources.input(from: try corpusVCon(path), dialog: dialog))
    }
}

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

/// Compares text with `Tests/Goldens/Ladder/<name>`; `RECORD_GOLDENS=1` rewrites the file and fails, so a
/// recorded golden is always reviewed before it passes.
func expectLadderGolden(_ actual: String, file name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = LadderFixtures.packageRoot.appendingPathComponent("Tests/Goldens/Ladder/" + name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); review it and run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden \(name); run with RECORD_GOLDENS=1. Actual:\n\(actual)", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "golden \(name) differs; actual:\n\(actual)", sourceLocation: sourceLocation)
}
