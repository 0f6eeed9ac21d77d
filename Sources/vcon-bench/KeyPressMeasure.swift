import Foundation

/// Whether keys are answered while the browser works in the background: `j` sent every 100 ms while `busy` is on
/// the screen of a 200×60 tmux pane, and the list's position counter (`N/TOTAL` in its bottom border) says which
/// presses were answered and when. Issue 10 asks it of `:trust` over a bundle and of a big tree filling its list.
struct KeyPressMeasure {
    /// Seconds `busy` was on screen.
    var busy: Double
    /// `j` presses sent while busy, and how many of them the list had answered before the work ended.
    var keysSent: Int
    var keysAnswered: Int
    /// The longest wait from a press (sent while busy) to the screen showing it; infinity when one never was.
    var longestAnswer: Double

    /// Presses `j` in `pane` from now until `busy` has been seen and has left the screen; nil when it never ended.
    static func run(_ pane: TmuxPane, busy: String, timeout: Double = 300) -> KeyPressMeasure? {
        // A capture can catch a frame half drawn (its bottom border not yet written): asked again for up to a second.
        var first: Int?
        for _ in 0..<50 where first == nil {
            first = position(in: pane.capture() ?? "")
            if first == nil { usleep(20_000) }
        }
        guard let before = first else { return nil }
        let start = DispatchTime.now()
        var sent: [(at: Double, target: Int)] = []
        var answered: [Double] = []
        var seenBusy = false
        var lastPress = -1.0
        var finished: Double?
        while elapsed(since: start) < timeout {
            let now = elapsed(since: start)
            guard let screen = pane.capture() else { break }
            let working = screen.contains(busy)
            if working { seenBusy = true }
            if seenBusy, !working {
                finished = now
                break
            }
            if let current = position(in: screen) {
                while answered.count < sent.count, current >= sent[answered.count].target { answered.append(now) }
            }
            if working, now - lastPress >= 0.1 {
                pane.send(key: "j")
                sent.append((now, before + sent.count + 1))
                lastPress = now
            }
            usleep(20_000)
        }
        guard let finished else { return nil }
        let answeredWhileBusy = answered.count
        // Presses still on their way when the work ended (its result swapped in meanwhile) count too.
        while answered.count < sent.count, elapsed(since: start) < finished + 5 {
            if let current = pane.capture().flatMap(position(in:)) {
                let now = elapsed(since: start)
                while answered.count < sent.count, current >= sent[answered.count].target { answered.append(now) }
            }
            usleep(20_000)
        }
        let latencies = zip(sent, answered).map { $1 - $0.at }
        return KeyPressMeasure(
            busy: finished, keysSent: sent.count, keysAnswered: answeredWhileBusy,
            longestAnswer: answered.count < sent.count ? .infinity : latencies.max() ?? 0)
    }

    /// `:trust ANCHOR` on a bundle once every member is open and checked (so only the judging runs in the background).
    static func trust(browser: String, bundle: String, anchor: String, timeout: Double = 300) -> KeyPressMeasure? {
        let pane = TmuxPane(size: "200x60")
        guard pane.start([browser, bundle]) else { return nil }
        defer { pane.stop() }
        guard waitFor(pane, ready: "vCons (", notBusy: "loading", timeout: timeout) != nil,
            waitFor(pane, ready: "vCons (", notBusy: InteractiveMeasure.checking, timeout: timeout) != nil
        else { return nil }
        pane.send(literal: ":trust \(anchor)")
        pane.send(key: "Enter")
        return run(pane, busy: "judging", timeout: timeout)
    }

    /// A tree's list filling in: `j` pressed from the first screen until `loading` leaves the status line. Returns
    /// the first screen's time, and when the findings of every member were shown (`checking findings` gone), from
    /// the start.
    static func fill(
        browser: String, path: String, timeout: Double = 300
    ) -> (firstScreen: Double, fill: KeyPressMeasure, checked: Double?)? {
        let pane = TmuxPane(size: "200x60")
        guard pane.start([browser, path]) else { return nil }
        defer { pane.stop() }
        guard let first = waitFor(pane, ready: "vCons (", notBusy: nil, timeout: timeout),
            let fill = run(pane, busy: "loading", timeout: timeout)
        else { return nil }
        let checked = waitFor(pane, ready: "vCons (", notBusy: InteractiveMeasure.checking, timeout: timeout, interval: 20_000)
        return (first, fill, checked.map { first + fill.busy + $0 })
    }

    /// Seconds until `ready` is on screen (and `notBusy`, when given, is not); nil at the timeout.
    private static func waitFor(
        _ pane: TmuxPane, ready: String, notBusy: String?, timeout: Double, interval: UInt32 = 5_000
    ) -> Double? {
        let start = DispatchTime.now()
        while elapsed(since: start) < timeout {
            guard let screen = pane.capture() else { return nil }
            let idle = notBusy.map { !screen.contains($0) } ?? true
            if InteractiveMeasure.drawn(screen, ready: ready), idle { return elapsed(since: start) }
            usleep(interval)
        }
        return nil
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
