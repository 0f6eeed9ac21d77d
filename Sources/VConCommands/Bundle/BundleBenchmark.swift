import Foundation
import VConBundle
import VConModel

/// Times listing a generated bundle of many small vCons (the `bundle list` path), and its peak memory.
public enum BundleBenchmark {
    /// The numbers one run produced.
    public struct Result: Sendable, CustomStringConvertible {
        public let count: Int
        public let bundleBytes: Int
        /// Opening: central directory, vetting, manifest.
        public let openSeconds: Double
        /// Opening plus reading and summarising every member (what `bundle list` does).
        public let seconds: Double
        /// Peak resident set size during open + list, in bytes (Linux VmHWM, reset before the run).
        public let peakRSS: Int

        public var description: String {
            String(
                format: "bundle of %d vCons (%.1f MB): open %.3f s, list %.3f s, peak RSS %.1f MB",
                count, Double(bundleBytes) / 1e6, openSeconds, seconds, Double(peakRSS) / 1e6)
        }
    }

    /// Generates a bundle of `count` small vCons in a temporary directory, lists it, deletes it.
    public static func listing(count: Int = 10_000) throws(BundleError) -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vcon-bundle-bench-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw BundleError(.ioFailure, "cannot create \(directory.path)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.vconz").path
        try generate(count: count, at: path)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

        resetPeakRSS()
        let start = DispatchTime.now().uptimeNanoseconds
        let reader = try BundleReader.open(path: path)
        let opened = DispatchTime.now().uptimeNanoseconds
        let text = BundleListing.render(BundleCommands.summaries(reader), reader: reader)
        let end = DispatchTime.now().uptimeNanoseconds
        guard text.utf8.count > count else { throw BundleError(.invalidArgument, "listing came out short") }
        return Result(
            count: count, bundleBytes: size, openSeconds: Double(opened - start) / 1e9,
            seconds: Double(end - start) / 1e9, peakRSS: peakRSS())
    }

    /// Writes a bundle of `count` vCons with two parties, a subject and one text dialog each.
    public static func generate(count: Int, at path: String) throws(BundleError) {
        let writer = try ZipWriter(path: path, overwrite: false, modificationDate: Date(timeIntervalSince1970: 1_700_000_000))
        try writer.add(name: "manifest.json", bytes: Array(BundleManifest.current.jsonText.utf8))
        for index in 0..<count {
            let uuid = String(format: "01900000-0000-8000-8000-%012x", index)
            let json = """
                {"vcon":"0.4.0","uuid":"\(uuid)","created_at":"2025-01-01T00:00:00Z","subject":"Call \(index)",\
                "parties":[{"tel":"+15550100","name":"Agent \(index % 50)"},{"tel":"+15550199","name":"Customer \(index)"}],\
                "dialog":[{"type":"text","start":"2025-01-01T00:00:00Z","parties":[0,1],"mediatype":"text/plain",\
                "body":"Hello, this is message number \(index) of the benchmark.","encoding":"none"}],"analysis":[],"attachments":[]}
                """
            try writer.add(name: "vcons/\(uuid).json", bytes: Array(json.utf8))
        }
        try writer.finish()
    }

    /// Linux: writing 5 to /proc/self/clear_refs resets the peak RSS (VmHWM).
    private static func resetPeakRSS() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// Peak resident set size in bytes: VmHWM from /proc/self/status, else getrusage.
    static func peakRSS() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss  // bytes on macOS
        #endif
    }
}
