import BrowserCore
import TermUI

/// `vcon-browser --bench [FILE]`: the browser's frame-time and first-frame numbers (release builds only mean much).
enum BenchmarkReport {
    static func run(_ files: [String]) -> String {
        var lines: [String] = []
        let size = TerminalSize(width: 200, height: 60)
        lines.append("frames at 200x60, generated 500-dialog vCon: \(BrowserBenchmark.frames(keys: 10_000, size: size))")
        for path in files {
            do {
                let first = try BrowserBenchmark.firstFrame(path: path, size: size, loader: makeLoader())
                lines.append("\(path): \(first)")
                let file = try makeLoader().load(path: path)
                lines.append("\(path): \(BrowserBenchmark.frames(keys: 2_000, size: size, file: file))")
            } catch {
                lines.append("\(path): \(error)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
