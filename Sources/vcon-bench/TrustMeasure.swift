import Foundation

/// Issue 10's `:trust` while the user keeps pressing keys: the browser over a bundle in a 200×60 tmux pane, every
/// member opened, then `:trust ANCHOR` (every vCon judged again off the UI loop) while `j` is sent every 100 ms.
/// The list's position counter (`N/TOTAL` in its bottom border) says which presses were answered and when.
struct TrustMeasure {
    /// Seconds the status line said "judging".
    var judging: Double
    /// `j` presses sent while judging, and how many of them the list had answered before judging ended.
    var keysSent: Int
    var keysAnswered: Int
    /// The longest wait from a press (sent while judging) to the screen showing it; infinity when one never was.
    var longestAnswer: Double

    static func run(browser: String, bundle: String, anchor: String, timeout: Double = 300) -> TrustMeasure? {
        let pane = TmuxPane(size: "200x60")
        guard pane.start([browser, bundle]) else { return nil }
        defer { pane.stop() }
        let start = DispatchTime.now()
        // Every member open first, so only the judging runs in the background.
        while elapsed(since: start) < timeout {
            guard let screen = pane.capture() else { return nil }
            if screen.contains("vCons ("), !screen.contains("loading") { break }
            usleep(50_000)
        }
        guard let before = position(in: pane.capture() ?? "") else { return nil }
        pane.send(literal: ":trust \(anchor)")
        pane.send(key: "Enter")
        let judgingStart = DispatchTime.now()
        var sent: [(at: Double, target: Int)] = []
        var answered: [Double] = []
        var seenJudging = false
        var lastPress = -1.0
        var finished: Double?
        while elapsed(since: judgingStart) < timeout {
            let now = elapsed(since: judgingStart)
            guard let screen = pane.capture() else { break }
            let judging = screen.contains("judging")
            if judging { seenJudging = true }
            if seenJudging, !judging {
                finished = now
                break
            }
            if let current = position(in: screen) {
                while answered.count < sent.count, current >= sent[answered.count].target { answered.append(now) }
            }
            if judging, now - lastPress >= 0.1 {
                pane.send(key: "j")
                sent.append((now, before + sent.count + 1))
                lastPress = now
            }
            usleep(10_000)
        }
        guard let finished else { return nil }
        let answeredWhileJudging = answered.count
        // Presses still on their way when judging ended (the judged session swapped in meanwhile) count too.
        while answered.count < sent.count, elapsed(since: judgingStart) < finished + 5 {
            if let current = pane.capture().flatMap(position(in:)) {
                let now = elapsed(since: judgingStart)
                while answered.count < sent.count, current >= sent[answered.count].target { answered.append(now) }
            }
            usleep(10_000)
        }
        let latencies = zip(sent, answered).map { $1 - $0.at }
        return TrustMeasure(
            judging: finished, keysSent: sent.count, keysAnswered: answeredWhileJudging,
            longestAnswer: answered.count < sent.count ? .infinity : latencies.max() ?? 0)
    }

    /// The selected row in the list's `N/TOTAL` counter.
    private static func position(in screen: String) -> Int? {
        for line in screen.split(separator: "\n").reversed() where line.contains("/") && line.contains("┘") {
            let digits = line.split(whereSeparator: { !$0.isNumber && $0 != "/" }).first { $0.contains("/") }
            if let digits, let number = Int(digits.split(separator: "/").first ?? "") { return number }
        }
        return nil
    }

    private static func elapsed(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
