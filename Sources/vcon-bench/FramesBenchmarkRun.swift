import BrowserCore
import TermUI
import VConBundle
import VConModel

/// The browser's frame time over scripted key presses at 200×60, and the time to the first frame of a file.
struct FramesBenchmarkRun {
    let options: BenchOptions

    func run() {
        let size = TerminalSize(width: 200, height: 60)
        let keys = options.int("keys", default: 10_000)
        print("frames at 200x60, generated 500-dialog vCon: \(BrowserBenchmark.frames(keys: keys, size: size))")
        print("targets: median frame under 2 ms; first frame under 1 s on the 200 MB vCon (vcon-bench json --keep makes it)")
        guard let path = options.string("file") else { return }
        let loader = FileLoader(inflater: ZlibInflater())
        do {
            print("\(path): \(try BrowserBenchmark.firstFrame(path: path, size: size, loader: loader))")
            let file = try loader.load(path: path)
            print("\(path): \(BrowserBenchmark.frames(keys: 2_000, size: size, file: file))")
        } catch {
            print("\(path): \(error)")
        }
    }
}
