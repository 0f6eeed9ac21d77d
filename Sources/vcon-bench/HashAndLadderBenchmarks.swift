import BrowserCore
import Foundation
import VConCrypto
import VConModel
import VConSIP

/// SHA-512 of a large file through our streaming digest, against coreutils' `sha512sum`.
struct HashBenchmarkRun {
    let options: BenchOptions

    func run() {
        let megabytes = options.int("mb", default: 1024)
        let path = options.string("file") ?? NSTemporaryDirectory() + "vcon-bench-hash-\(megabytes)mb.bin"
        let generated = options.string("file") == nil && !FileManager.default.fileExists(atPath: path)
        if generated { writeRandomFile(path: path, megabytes: megabytes) }
        defer { if generated && !options.flag("keep") { try? FileManager.default.removeItem(atPath: path) } }
        do {
            let ours = try HashBenchmark.sha512(path: path)
            print(String(format: "vcon-browser sha512: %.3f s, %.0f MB/s", ours.seconds, ours.megabytesPerSecond))
        } catch {
            print("hash failed: \(error)")
        }
        if let theirs = RunMeasure.best(of: 1, ["sha512sum", path]) {
            let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            print(String(format: "sha512sum:           %.3f s, %.0f MB/s", theirs.seconds, size / 1_000_000 / theirs.seconds))
        }
    }

    private func writeRandomFile(path: String, megabytes: Int) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { return }
        defer { try? out.close() }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<megabytes {
            for i in chunk.indices {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                chunk[i] = UInt8(truncatingIfNeeded: state >> 33)
            }
            out.write(Data(chunk))
        }
    }
}

/// Layout of a generated SIP trace (10 000 messages among 6 parties by default).
struct LadderBenchmarkRun {
    let options: BenchOptions

    func run() {
        let messages = options.int("messages", default: 10_000)
        let parties = options.int("parties", default: 6)
        var layouts: [Double] = []
        var last: LadderBenchmark.Result?
        for _ in 0..<5 {
            let result = LadderBenchmark.run(messages: messages, parties: parties)
            layouts.append(result.layoutSeconds)
            last = result
        }
        layouts.sort()
        guard let last else { return }
        print(
            String(
                format: "ladder: %d messages, %d parties, %d rows: parse %.1f ms, layout median %.1f ms (best %.1f ms; target under 50 ms)",
                last.messages, last.parties, last.rows, last.parseSeconds * 1000, layouts[layouts.count / 2] * 1000, layouts[0] * 1000))
        let render = LadderRenderBenchmark.run(messages: messages, parties: parties, width: 200)
        print(
            String(
                format: "ladder render at 200 columns: geometry %.1f ms, all %d lines drawn in %.1f ms (%.1f µs a line)",
                render.geometrySeconds * 1000, render.lines, render.renderSeconds * 1000,
                render.renderSeconds * 1e6 / Double(max(render.lines, 1))))
    }
}
