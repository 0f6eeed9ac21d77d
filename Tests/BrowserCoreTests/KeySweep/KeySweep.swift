import Foundation
import TermUI
import VConModel

@testable import BrowserCore

/// Replays every command of the command table in every pane (and in the ladder and the vCon list) of a
/// session, at 80×24 and 200×60, timing each step (reduce, pending work, render) against a budget.
///
/// Each command starts from the same state (the pane opened and the cursor moved one row: `AppState` is a
/// value, so the start is a copy), then a second pass chains every command in table order, so paths that
/// need an earlier command (`G` then fold, a filter then a move) are covered too.
///
/// `sample` thins the commands for big file sets: with `Sample(file: f, every: m)`, command `k` runs in
/// start `s` only when `(k + s + f) % m == 0`, so over `m` consecutive files every command runs in every
/// start once, and every file still opens every pane at both sizes. The chained pass runs unsampled only.
struct KeySweep {
    /// Which share of the commands one file gets.
    struct Sample {
        var file: Int
        var every: Int
        static let all = Sample(file: 0, every: 1)
        func includes(command: Int, start: Int) -> Bool { (command + start + file) % max(1, every) == 0 }
    }

    /// The slowest step allowed. Debug build, two cores shared with the build: generous, since the
    /// super-linear paths it is for take seconds to minutes (the JSON pane hang took 8 s at 30 paragraphs).
    static let budget: Duration = .seconds(3)
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 200, height: 60)]

    /// One timed step that took too long.
    struct SlowStep: CustomStringConvertible {
        var file: String
        var size: TerminalSize
        var start: String
        var keys: String
        var time: Duration
        var description: String { "\(file) \(size.width)x\(size.height) \(start) then \(keys): \(time)" }
    }

    /// The key presses that run each command, with what a prompt needs to finish (text and Enter).
    static let commandScripts: [(id: CommandID, events: [InputEvent])] = CommandTable.all.compactMap { command in
        guard let keys = command.keys.first, command.id != .quit, command.id != .suspend else { return nil }
        var events = keys.map { InputEvent.key($0) }
        switch command.id {
        case .search, .filter: events += "a".map { .key(.char($0)) } + [.key(KeyPress(.enter))]
        case .commandLine: events += "2".map { .key(.char($0)) } + [.key(KeyPress(.enter))]
        case .save: events += [.key(KeyPress(.escape))]
        default: break
        }
        return (command.id, events)
    }

    /// Where each command is replayed from: every pane, the ladder (from Dialog), and the list when several
    /// files are open.
    static let starts: [(name: String, keys: String)] =
        Pane.allCases.map { ("pane \($0.rawValue + 1)", "\($0.rawValue + 1)j") } + [("ladder", "3L"), ("list", "")]

    var slow: [SlowStep] = []
    var steps = 0
    var slowest: Duration = .zero

    /// Sweeps `files` (one session) at every size; `name` labels slow steps.
    mutating func sweep(_ files: [LoadedFile], name: String, sample: Sample = .all) throws {
        for size in Self.sizes {
            let initial = AppState(session: BrowserSession(files: files), size: size)
            for (startIndex, start) in Self.starts.enumerated() {
                if start.name == "list" && files.count < 2 { continue }
                var base = initial
                _ = run(&base, events: try KeyScript.parse(start.keys), file: name, start: "open", label: start.keys)
                var chained = base
                for (commandIndex, script) in Self.commandScripts.enumerated() {
                    let label = script.events.map(Self.notation).joined()
                    if sample.includes(command: commandIndex, start: startIndex) {
                        var state = base
                        run(&state, events: script.events, file: name, start: start.name, label: label)
                    }
                    if sample.every == 1 {
                        run(&chained, events: script.events, file: name, start: start.name + " (chained)", label: label)
                    }
                }
            }
        }
    }

    /// One step: the events, the pending work they started, one render; records it when over budget.
    @discardableResult
    mutating func run(_ state: inout AppState, events: [InputEvent], file: String, start: String, label: String)
        -> Duration
    {
        let clock = ContinuousClock()
        let began = clock.now
        for event in events {
            var effects = state.handle(event)
            while !effects.isEmpty {
                // Effects go to the terminal or the disk; the sweep only needs the state to move on.
                if case .save = effects.removeFirst() { continue }
            }
        }
        _ = BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme)
        let time = clock.now - began
        record(time, file: file, size: state.size, start: start, label: label)
        // Work that runs in slices between keys (search): each slice and the render after it is a step
        // of its own, as the run loop sees it.
        var idle = 0
        while state.hasPendingWork, idle < 10_000 {
            let sliceStart = clock.now
            _ = state.apply(.idle)
            _ = BrowserScreen.render(state, size: state.size, glyphs: state.glyphs, theme: state.theme)
            record(clock.now - sliceStart, file: file, size: state.size, start: start, label: label + " (idle)")
            idle += 1
        }
        return time
    }

    private mutating func record(_ time: Duration, file: String, size: TerminalSize, start: String, label: String) {
        steps += 1
        slowest = max(slowest, time)
        if time > Self.budget {
            slow.append(SlowStep(file: file, size: size, start: start, keys: label, time: time))
        }
    }

    static func notation(_ event: InputEvent) -> String {
        if case .key(let press) = event { return KeyScript.notation(for: press) }
        return "?"
    }
}
