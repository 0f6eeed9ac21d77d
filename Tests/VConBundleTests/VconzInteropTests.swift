import Foundation
import Testing
import VConModel

@testable import VConBundle

/// Our bundles checked by the reference implementation, PyPI `vcon-zip`'s `vconz validate`.
///
/// Runs only when `VCONZ_BIN` names a `vconz` executable (it needs Python >= 3.12:
/// `python3.12 -m venv /tmp/vconz-venv && /tmp/vconz-venv/bin/pip install vcon-zip`,
/// then `VCONZ_BIN=/tmp/vconz-venv/bin/vconz swift test --filter VconzInteropTests`).
@Suite struct VconzInteropTests {
    static let vconz = ProcessInfo.processInfo.environment["VCONZ_BIN"]

    @Test(.enabled(if: vconz != nil, "set VCONZ_BIN to a vconz executable"))
    func vconzValidateAcceptsOurBundle_skippedWithoutVCONZ_BIN() throws {
        let dir = try Fixtures.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("ours.vconz").path
        _ = try BundleWriterTests.writer(try BundleWriterTests.filesDirectory(in: dir)).create(at: output, from: BundleWriterTests.inputs)

        // Output to a file, not a pipe: a long-lived process spawned by a parallel test could inherit a pipe's
        // write end and keep us waiting for end-of-file.
        let log = dir.appendingPathComponent("vconz.log").path
        let quote = { (text: String) in "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let status = system("\(quote(try #require(Self.vconz))) validate --verbose \(quote(output)) > \(quote(log)) 2>&1")
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(status == 0, "\(text)")
        #expect(text.contains("PASSED") || text.lowercased().contains("valid"), "\(text)")
    }
}
