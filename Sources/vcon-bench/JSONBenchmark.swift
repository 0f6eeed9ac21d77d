import Foundation
import VConModel

/// The foundation issue's benchmark: a generated ~200 MB vCon (a 60 MB base64 recording plus an
/// analysis transcript of about a million small objects), `vcon-browser show` against `json.load` and `jq`.
struct JSONBenchmark {
    let options: BenchOptions

    func run() {
        let targetMB = options.int("mb", default: 200)
        let path = options.string("file") ?? NSTemporaryDirectory() + "vcon-bench-\(targetMB)mb.vcon"
        if !FileManager.default.fileExists(atPath: path) {
            print("generating \(path) …")
            generate(path: path, targetBytes: targetMB << 20)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("file: \(path), \(megabytes(size))")

        let start = DispatchTime.now()
        let parsed = try? JSONDocument.parse(ByteBuffer.readFile(atPath: path))
        let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print(
            String(
                format: "in-process parse: %.3f s, %.0f MB/s, %d values, peak RSS %@", parseSeconds,
                Double(size) / 1_048_576 / parseSeconds, parsed?.valueCount ?? 0, megabytes(selfPeakRSSBytes())))

        let browser = buildDirectory() + "/vcon-browser"
        let rows = RunMeasure.showAndPeers(browser: browser, file: path)
        print("command                 seconds    MB/s   peak RSS   RSS/file")
        for (label, measure) in rows {
            guard let measure else { print(label.padding(toLength: 22, withPad: " ", startingAt: 0) + "  (not available)"); continue }
            let numbers = String(
                format: " %8.3f %7.0f %10@ %9.2fx", measure.seconds, Double(size) / 1_048_576 / measure.seconds,
                megabytes(measure.peakRSSBytes) as NSString, Double(measure.peakRSSBytes) / Double(max(size, 1)))
            print(
                label.padding(toLength: 22, withPad: " ", startingAt: 0) + numbers
                    + (measure.status == 0 ? "" : " (exit \(measure.status))"))
        }
        if let ours = rows[0].1, let python = rows[1].1 {
            print(
                String(
                    format: "speed-up over python3 json.load: %.1fx (target: at least 5x); RSS/file %.2f (target: at most 1.5)",
                    python.seconds / ours.seconds, Double(ours.peakRSSBytes) / Double(max(size, 1))))
        }
        if !options.flag("keep") && options.string("file") == nil { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Writes the synthetic vCon in pieces, so generating it needs little memory.
    func generate(path: String, targetBytes: Int) {
        guard
            let out = FileHandle(forWritingAtPath: path)
                ?? {
                    _ = FileManager.default.createFile(atPath: path, contents: nil)
                    return FileHandle(forWritingAtPath: path)
                }()
        else { return }
        defer { try? out.close() }
        let recordingBytes = targetBytes * 3 / 10
        out.write(
            Data(
                """
                {"vcon":"0.4.0","uuid":"0195544a-b9b1-8ee4-b9a2-279e0d16bc46","created_at":"2026-01-15T14:30:00Z",
                "subject":"benchmark call","parties":[{"tel":"+15550100","name":"Alice"},{"tel":"+15550199","name":"Bob"}],
                "dialog":[{"type":"recording","start":"2026-01-15T14:30:00Z","duration":3600.0,"parties":[0,1],
                "mediatype":"audio/x-wav","encoding":"base64url","body":"
                """.utf8))
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var state: UInt32 = 2_463_534_242
        var written = 0
        while written < recordingBytes {
            for i in chunk.indices {
                state ^= state << 13; state ^= state >> 17; state ^= state << 5
                chunk[i] = alphabet[Int(state & 63)]
            }
            let n = min(chunk.count, recordingBytes - written)
            out.write(Data(chunk[0..<n]))
            written += n
        }
        out.write(
            Data(
                "\"}],\n\"analysis\":[{\"type\":\"transcript\",\"dialog\":0,\"vendor\":\"bench\",\"encoding\":\"json\",\"body\":{\"segments\":[\n"
                    .utf8))
        let words = ["hello", "thanks", "for", "calling", "account", "billing", "question", "sure", "let", "me", "check", "that"]
        var segment = 0
        var total = recordingBytes + 400
        var text = ""
        while total < targetBytes - 200 {
            let start = Double(segment) * 0.75
            let sentence = (0..<8).map { words[($0 * 7 + segment) % words.count] }.joined(separator: " ")
            let line =
                "{\"speaker\":\(segment % 2),\"start\":\(String(format: "%.2f", start)),\"end\":\(String(format: "%.2f", start + 0.7)),\"confidence\":0.93,\"text\":\"\(sentence)\"},\n"
            text += line
            total += line.utf8.count
            segment += 1
            if text.utf8.count > 1 << 20 {
                out.write(Data(text.utf8))
                text = ""
            }
        }
        text += "{\"speaker\":0,\"start\":0,\"end\":0,\"text\":\"end\"}]}}]}\n"
        out.write(Data(text.utf8))
    }
}
