import LadderTestSupport
import TestSupport
import Testing

/// Compares text with `Tests/Goldens/SIP/<name>` (see `expectGoldenFile` for recording).
func expectGolden(_ actual: String, file name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectGoldenFile(actual, path: "SIP/" + name, sourceLocation: sourceLocation)
}
