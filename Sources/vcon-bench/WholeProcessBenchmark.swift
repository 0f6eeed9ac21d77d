import Foundation
import VConBundle
import VConCommands

/// Issue 10's whole-process numbers: the real `vcon-browser` executable run as a subprocess (first screen in batch
/// mode, `show`, the browser over a bundle and a directory), next to `python3 json.load` and `jq empty` on the same
/// generated files in the same run. Prints numbers; gates nothing.
///
/// Inputs: a ~200 MB vCon (base64 recording + ~1.2 M transcript segments), a file of many small objects with long
/// decimals and non-ASCII text, a bundle of N members, and a directory in the vcon-server layout
/// (`YYYY/MM/DD/<uuid>.json`).
struct WholeProcessBenchmark {
    let options: BenchOptions

    func run() {
        let megabytesWanted = options.int("mb", default: 200)
        let bundleCount = options.int("count", default: 10_000)
        let fileCount = options.int("files", default: 100_000)
        let work = NSTemporaryDirectory() + "vcon-bench-whole"
        try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let browser = buildDirectory() + "/vcon-browser"
        let screen = ["--keys", "", "--size", "200x60", "--dump", "text"]

        let big = work + "/recording-transcript-\(megabytesWanted)mb.vcon"
        if !FileManager.default.fileExists(atPath: big) {
            JSONBenchmark(options: options).generate(path: big, targetBytes: megabytesWanted << 20)
        }
        let small = work + "/small-objects-\(megabytesWanted / 2)mb.vcon"
        if !FileManager.default.fileExists(atPath: small) { generateSmallObjects(path: small, targetBytes: (megabytesWanted / 2) << 20) }
        for file in [big, small] {
            let size = fileSize(file)
            print("\n\(file) (\(megabytes(size)))")
            // Best of three, like the rows below: on a shared machine a single run drifts by half.
            interactive(InteractiveMeasure.best(of: 3, [browser, file], ready: "1 Summary"), size: size)
            table(
                [("first screen (batch)", RunMeasure.best(of: 3, [browser, file] + screen))]
                    + RunMeasure.showAndPeers(browser: browser, file: file), size: size)
        }

        let bundle = work + "/bundle-\(bundleCount).vconz"
        if !FileManager.default.fileExists(atPath: bundle) { try? BundleBenchmark.generate(count: bundleCount, at: bundle) }
        print("\n\(bundle) (\(bundleCount) members, \(megabytes(fileSize(bundle))))")
        interactive(InteractiveMeasure.run([browser, bundle], ready: "vCons (", busy: "loading"), size: fileSize(bundle))
        table(
            [
                ("first screen (batch)", RunMeasure.best(of: 3, [browser, bundle] + screen)),
                ("bundle list", RunMeasure.best(of: 3, [browser, "bundle", "list", bundle])),
            ], size: fileSize(bundle))

        trust(bundle: bundle, browser: browser)

        tree(count: fileCount, work: work, browser: browser)
        if !options.flag("keep") { try? FileManager.default.removeItem(atPath: work) }
    }

    /// `vcon-bench tree` (and part of `whole`): a directory of `--files` small vCons in the vcon-server layout, as
    /// the browser lists it: first screen and peak RSS, the whole list filled while `j` is pressed every 100 ms,
    /// and the batch run (which opens every member before its one frame).
    func tree(count: Int? = nil, work: String? = nil, browser: String? = nil) {
        let fileCount = count ?? options.int("files", default: 100_000)
        let work = work ?? NSTemporaryDirectory() + "vcon-bench-whole"
        let browser = browser ?? buildDirectory() + "/vcon-browser"
        try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let directory = work + "/server-layout-\(fileCount)"
        if !FileManager.default.fileExists(atPath: directory) { generateServerLayout(directory, count: fileCount) }
        print("\n\(directory) (\(fileCount) files in YYYY/MM/DD/<uuid>.json)")
        // The files are read once first: after the big files above, this machine's page cache had let most of them
        // go, and the first run measured the disk (12 s) rather than the browser.
        let warm = DispatchTime.now()
        var bytes = 0
        if let walk = FileManager.default.enumerator(atPath: directory) {
            for case let path as String in walk { bytes += FileManager.default.contents(atPath: directory + "/" + path)?.count ?? 0 }
        }
        print(
            String(
                format: "  every file read once first (page cache warmed): %.2f s, %@",
                Double(DispatchTime.now().uptimeNanoseconds - warm.uptimeNanoseconds) / 1e9,
                megabytes(bytes) as NSString))
        interactive(InteractiveMeasure.run([browser, directory], ready: "vCons (", busy: "loading"), size: 0)
        if let (first, fill, checked) = KeyPressMeasure.fill(browser: browser, path: directory) {
            print(
                String(
                    format: "  list filled (tmux)       %.3f s after a first screen at %.3f s; j pressed %d times meanwhile, "
                        + "%d answered while it filled; slowest answer %.0f ms; findings of every member at %@",
                    first + fill.busy, first, fill.keysSent, fill.keysAnswered, fill.longestAnswer * 1000,
                    checked.map { String(format: "%.3f s", $0) } ?? "(not seen)"))
        } else {
            print("  list filled (tmux)       (not measured: needs tmux)")
        }
        let screen = ["--keys", "", "--size", "200x60", "--dump", "text"]
        table([("first screen (batch)", RunMeasure.best(of: 1, [browser, directory] + screen))], size: 0)
    }

    /// `vcon-bench first --file F`: the interactive first screen of one input, best of `--runs`, with its peak RSS.
    func first() {
        guard let file = options.string("file") else {
            print("first: --file F is needed")
            return
        }
        let browser = buildDirectory() + "/vcon-browser"
        var isDirectory: ObjCBool = false
        let many =
            file.hasSuffix(".vconz") || (FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) && isDirectory.boolValue)
        let best = InteractiveMeasure.best(
            of: max(1, options.int("runs", default: 5)), [browser, file], ready: many ? "vCons (" : "1 Summary")
        // A directory's own size is its inode's: no ratio to the input for it.
        let size = isDirectory.boolValue ? 0 : fileSize(file)
        print("\(file)" + (size > 0 ? " (\(megabytes(size)))" : " (a directory)"))
        interactive(best, size: size)
        guard !many else { return }
        table(RunMeasure.showAndPeers(browser: browser, file: file), size: fileSize(file))
    }

    /// The interactive row: first screen in a 200×60 tmux pane, when background work finished, peak RSS.
    private func interactive(_ measure: InteractiveMeasure?, size: Int) {
        guard let measure else {
            print("  interactive (tmux)      (not available: needs tmux)")
            return
        }
        let ratio = size > 0 ? String(format: " %9.2fx", Double(measure.peakRSSBytes) / Double(size)) : ""
        let settled = measure.settled.map { String(format: "%.3f s", $0) } ?? "still loading at the timeout"
        let checked = measure.checked.map { String(format: "%.3f s", $0) } ?? "not yet at the timeout"
        print(
            String(format: "  interactive first screen %7.3f %10@", measure.firstScreen, megabytes(measure.peakRSSBytes) as NSString)
                + ratio + " (tmux 200x60; list filled at \(settled), findings of every member at \(checked))")
    }

    private func table(_ rows: [(String, RunMeasure?)], size: Int) {
        print("  command                  seconds   peak RSS   RSS/file")
        for (label, measure) in rows {
            let name = "  " + label.padding(toLength: 22, withPad: " ", startingAt: 0)
            guard let measure else {
                print(name + "  (not available)")
                continue
            }
            let ratio = size > 0 ? String(format: "%9.2fx", Double(measure.peakRSSBytes) / Double(size)) : ""
            print(
                name + String(format: " %8.3f %10@", measure.seconds, megabytes(measure.peakRSSBytes) as NSString) + " " + ratio
                    + (measure.status == 0 ? "" : " (exit \(measure.status))"))
        }
    }

    private func fileSize(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }

    /// A vCon whose analysis body is many small objects: long decimals and non-ASCII text (the number and UTF-8 paths).
    private func generateSmallObjects(path: String, targetBytes: Int) {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { return }
        defer { try? out.close() }
        out.write(
            Data(
                #"{"vcon":"0.4.0","uuid":"0195544a-b9b1-8ee4-b9a2-279e0d16bc47","created_at":"2026-01-15T14:30:00Z","subject":"Grüße aus Köln — 東京 📞","parties":[{"name":"Zoë Ångström"},{"name":"李小龍"}],"analysis":[{"type":"sentiment","vendor":"bench","encoding":"json","body":["#
                    .utf8))
        let texts = ["Grüße, wie geht's?", "東京の天気は晴れです", "Ça va très bien, merci", "📞 callback requested", "Привет, мир"]
        var total = 300
        var index = 0
        var chunk = ""
        while total < targetBytes {
            let value = Double(index) * 0.000_123_456_789_012_345
            let line =
                (index > 0 ? "," : "")
                + #"{"i":\#(index),"score":\#(String(format: "%.17f", value)),"p":1.00000000000000002,"t":"\#(texts[index % texts.count])"}"#
                + "\n"
            chunk += line
            total += line.utf8.count
            index += 1
            if chunk.utf8.count > 1 << 20 {
                out.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        out.write(Data((chunk + "]}]}\n").utf8))
    }

    /// `count` small vCons in the vcon-server file layout, spread over days.
    private func generateServerLayout(_ root: String, count: Int) {
        let manager = FileManager.default
        for index in 0..<count {
            let day = index / 1000
            let directory = String(format: "%@/2025/%02d/%02d", root, 1 + day / 28 % 12, 1 + day % 28)
            if index % 1000 == 0 { try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let uuid = String(format: "01900000-0000-8000-8000-%012x", index)
            let json =
                #"{"vcon":"0.4.0","uuid":"\#(uuid)","created_at":"2025-01-01T00:00:00Z","subject":"Call \#(index)","parties":[{"tel":"+15550100"},{"tel":"+15550199"}],"dialog":[]}"#
            manager.createFile(atPath: "\(directory)/\(uuid).json", contents: Data(json.utf8))
        }
    }
}

extension WholeProcessBenchmark {
    /// `vcon-bench trust`: the bundle of `--count` members (generated when missing), `:trust` with j pressed meanwhile.
    func trust() {
        let count = options.int("count", default: 10_000)
        let bundle = NSTemporaryDirectory() + "vcon-bench-whole/bundle-\(count).vconz"
        try? FileManager.default.createDirectory(atPath: NSTemporaryDirectory() + "vcon-bench-whole", withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: bundle) { try? BundleBenchmark.generate(count: count, at: bundle) }
        print("\(bundle) (\(count) members)")
        trust(bundle: bundle, browser: buildDirectory() + "/vcon-browser")
    }

    func trust(bundle: String, browser: String) {
        let anchor = FileManager.default.currentDirectoryPath + "/Tests/VConCryptoTests/Fixtures/pki/root.pem"
        guard let trust = KeyPressMeasure.trust(browser: browser, bundle: bundle, anchor: anchor) else {
            print("  :trust                   (not measured: needs tmux, run from the package root)")
            return
        }
        print(
            String(
                format: "  :trust (every vCon judged again) %.2f s; j pressed %d times meanwhile, %d answered before it ended; "
                    + "slowest answer %.0f ms",
                trust.busy, trust.keysSent, trust.keysAnswered, trust.longestAnswer * 1000))
    }
}
