import Foundation
import TermUI
import VConLibrary
import VConModel

/// Frame-time and first-frame benchmarks (not tests: they print numbers and gate nothing).
public enum BrowserBenchmark {
    /// Per-frame times of a run: each frame is one key handled plus one full render.
    public struct FrameStats: Sendable, CustomStringConvertible {
        public var frames: Int
        public var median: Duration
        public var p99: Duration
        public var max: Duration
        public var total: Duration

        public var description: String {
            "\(frames) frames: median \(Self.ms(median)), p99 \(Self.ms(p99)), max \(Self.ms(max)), total \(Self.ms(total))"
        }

        static func ms(_ d: Duration) -> String {
            String(format: "%.3f ms", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
        }
    }

    /// A key cycle that visits every pane, moves in lists, details and the tree, folds, follows and goes back.
    static let cycle = "jjjkk<Tab>ljjjjh2jj<Enter>[3jjlGggh4l<C-d><C-u>h5j6j7j8jjjj<Space><Space>lh1jjkTTTTT"

    /// Replays `keys` key presses of a fixed cycle at `size` over `file` (default: a generated 500-dialog vCon).
    public static func frames(
        keys: Int = 10_000, size: TerminalSize = TerminalSize(width: 200, height: 60),
        file: LoadedFile? = nil
    ) -> FrameStats {
        let loaded = file ?? syntheticFile()
        var state = AppState(session: BrowserSession(files: loaded.map { [$0] } ?? []), size: size)
        guard !state.session.documents.isEmpty else {
            return FrameStats(frames: 0, median: .zero, p99: .zero, max: .zero, total: .zero)
        }
        let events = (try? KeyScript.parse(cycle)) ?? []
        guard !events.isEmpty else { return FrameStats(frames: 0, median: .zero, p99: .zero, max: .zero, total: .zero) }
        let clock = ContinuousClock()
        var times: [Duration] = []
        times.reserveCapacity(keys)
        for n in 0..<keys {
            let start = clock.now
            _ = state.handle(events[n % events.count])
            let frame = BrowserScreen.render(state, size: size, glyphs: state.glyphs, theme: state.theme)
            times.append(clock.now - start)
            precondition(frame.width == size.width)
        }
        times.sort()
        return FrameStats(
            frames: keys,
            median: times[times.count / 2], p99: times[Swift.min(times.count - 1, times.count * 99 / 100)],
            max: times[times.count - 1], total: times.reduce(.zero, +))
    }

    /// Time to the first frame of a file, by stage: open through the catalog (map, parse, validate), session and
    /// state, render.
    public struct FirstFrame: Sendable, CustomStringConvertible {
        public var open: Duration
        public var state: Duration
        public var render: Duration
        public var total: Duration { open + state + render }

        public var description: String {
            "first frame \(FrameStats.ms(total)) (open \(FrameStats.ms(open)), state \(FrameStats.ms(state)), "
                + "render \(FrameStats.ms(render)))"
        }
    }

    /// Opens `path` through a catalog, builds the state and renders the first screen at `size`.
    public static func firstFrame(
        path: String, size: TerminalSize = TerminalSize(width: 200, height: 60),
        loader: FileLoader = FileLoader()
    ) throws(LoadError) -> FirstFrame {
        let clock = ContinuousClock()
        var t = clock.now
        let catalog = Catalog(sources: [FileSource(paths: [path])], opener: MemberOpener(loader: loader))
        catalog.listAll()
        let opened = try? catalog.open(0)
        if let error = opened?.error { throw error }
        let open = clock.now - t
        t = clock.now
        let state = AppState(session: BrowserSession(catalog: catalog), size: size)
        let built = clock.now - t
        t = clock.now
        let frame = BrowserScreen.render(state, size: size, glyphs: state.glyphs, theme: state.theme)
        let render = clock.now - t
        _ = frame.width
        return FirstFrame(open: open, state: built, render: render)
    }

    /// A generated vCon: 20 parties, 500 text dialogs, 50 analyses, 20 attachments.
    static func syntheticFile() -> LoadedFile? {
        var parts: [String] = []
        let parties = (0..<20).map { "{\"name\":\"Party \($0)\",\"tel\":\"+1555010\($0)\"}" }
        let dialogs = (0..<500).map { i in
            "{\"type\":\"text\",\"start\":\"2024-01-15T10:\(String(format: "%02d", i % 60)):00Z\",\"parties\":[\(i % 20),\((i + 1) % 20)],"
                + "\"originator\":\(i % 20),\"mediatype\":\"text/plain\",\"encoding\":\"none\","
                + "\"body\":\"Message \(i): the caller asked about the meter reading and the agent answered at length.\"}"
        }
        let analyses = (0..<50).map { i in
            "{\"type\":\"summary\",\"dialog\":[\(i),\(i + 1)],\"encoding\":\"none\",\"body\":\"Summary \(i)\"}"
        }
        let attachments = (0..<20).map { i in
            "{\"purpose\":\"note\",\"party\":\(i),\"dialog\":\(i),\"encoding\":\"none\",\"body\":\"Attachment \(i)\"}"
        }
        parts.append("\"vcon\":\"0.4.0\",\"uuid\":\"01928e10-193e-8231-b9a2-279e0d16bc46\"")
        parts.append("\"created_at\":\"2024-01-15T10:00:00Z\",\"subject\":\"benchmark\"")
        parts.append("\"parties\":[" + parties.joined(separator: ",") + "]")
        parts.append("\"dialog\":[" + dialogs.joined(separator: ",") + "]")
        parts.append("\"analysis\":[" + analyses.joined(separator: ",") + "]")
        parts.append("\"attachments\":[" + attachments.joined(separator: ",") + "]")
        let text = "{" + parts.joined(separator: ",") + "}"
        return try? FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: "synthetic.vcon.json")
    }
}
