import Foundation
import TermUI
import VConLibrary
import VConModel

/// Where `s` writes: the real file system, or a fake in tests.
public protocol FileSaving {
    func exists(_ path: String) -> Bool
    func write(_ bytes: [UInt8], to path: String) throws
    /// The path with symbolic links and `..` resolved (to compare with the input files).
    func resolved(_ path: String) -> String
}

/// The local file system through Foundation.
public struct LocalFiles: FileSaving {
    public init() {}
    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    public func write(_ bytes: [UInt8], to path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
    public func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// The run loop shared by the interactive and batch paths: render, present, read an event, reduce, carry out
/// effects. Only the backend differs.
public enum BrowserApp {
    /// Runs until quit or the end of a batch script; returns the final state.
    ///
    /// With `background`, work effects (`:trust`/`:key` judging) run on their own threads while keys keep being
    /// answered and frames drawn; without it (batch runs) they run in place, so a script's dump is deterministic.
    /// With `watchInterval`, the input files are checked that often (one `stat` each) while waiting for keys, and a
    /// change becomes `.filesChanged`; batch runs pass nil so their screens never depend on the clock.
    @discardableResult
    public static func run(
        _ initial: AppState, on backend: some TerminalBackend,
        files: some FileSaving = LocalFiles(), background: Bool = false, watchInterval: Duration? = nil
    ) -> AppState {
        var state = initial
        let runner = WorkRunner()
        let opener = OpenWithRunner()
        defer { opener.removeAll() }
        var watch = state.session.watch
        let clock = ContinuousClock()
        var lastCheck = clock.now
        // Every action's effects are carried out, even of an action that only asks for nothing: the reducer's
        // follow-ups (`requestFindingsCheck`) may come with any of them.
        func carryOut(_ effects: [Effect]) -> Bool {
            perform(
                effects, state: &state, backend: backend, files: files, runner: runner, opener: opener, background: background,
                watch: &watch)
        }
        if state.size != backend.size, carryOut(state.apply(.resize(backend.size))) { return state }
        if carryOut(state.start()) { return state }
        // Drawn again only after something happened: while a job runs the loop polls every 20 ms, and drawing a
        // 100 000-row list fifty times a second for nothing took a core's sixth.
        var dirty = true
        while true {
            for answer in runner.drain() {
                dirty = true
                if carryOut(state.apply(answer)) { return state }
            }
            if dirty {
                backend.present(BrowserScreen.render(state, size: backend.size, glyphs: state.glyphs, theme: state.theme))
                dirty = false
            }
            // With work pending, poll (a key still wins) and advance the work one step when none came.
            let busy = state.hasPendingWork
            // A job that ended since `drain` has its answer waiting: waiting for a key then stalled every background
            // step by the file-watch interval, a second. Asked in this order, since a job queues its answer before it
            // stops counting as running.
            let running = runner.isBusy
            let timeout: Duration? = busy || runner.hasAnswers ? .zero : (running ? .milliseconds(20) : watchInterval)
            let event = backend.nextEvent(timeout: timeout)
            if let watchInterval, clock.now - lastCheck >= watchInterval {
                lastCheck = clock.now
                // A second passed: drawn again even without news (relative times move on).
                dirty = true
                if let shown = state.fileOnScreen { watch.include(shown.path, identity: shown.identity) }
                let changes = watch.changes().map { FileChange(path: $0.path, change: $0.change) }
                if !changes.isEmpty, carryOut(state.apply(.filesChanged(changes))) { return state }
            }
            guard let event else {
                if busy {
                    dirty = true
                    if carryOut(state.apply(.idle)) { return state }
                    continue
                }
                if runner.isBusy {
                    if backend.isFinished { runner.waitUntilIdle() }
                    continue
                }
                if backend.isFinished { return state }
                continue
            }
            dirty = true
            if carryOut(state.handle(event)) { return state }
        }
    }

    /// Carries out effects in order; returns true when one of them quits. A reload replaces `watch` with the new
    /// session's.
    private static func perform(
        _ initial: [Effect], state: inout AppState, backend: some TerminalBackend, files: some FileSaving, runner: WorkRunner,
        opener: OpenWithRunner, background: Bool, watch: inout FileWatch
    ) -> Bool {
        var effects = initial
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            if let job = job(for: effect, state: state) {
                if background { runner.start(job) } else { effects += state.apply(job(Cancellation())) }
                continue
            }
            switch effect {
            case .quit: return true
            case .suspend: backend.suspend()
            case .redraw: backend.invalidate()
            case .setMouse(let on): backend.mouseEnabled = on
            case .copy(let text): backend.copyToClipboard(text)
            case .save(let request): effects += state.apply(save(request, state: state, files: files))
            case .openWith(let request):
                effects += state.apply(opener.open(request, inputs: state.session.inputPaths, backend: backend))
            case .reload:
                effects += reload(&state)
                watch = state.session.watch
            case .cancelWork: runner.cancelAll()
            default: continue
            }
        }
        return false
    }

    /// Opens every input again through the session's checker; keeps the old session when nothing opens.
    static func reload(_ state: inout AppState) -> [Effect] {
        guard let checker = state.session.checker else {
            return state.apply(.reloadFailed("this session cannot open its inputs again"))
        }
        do {
            let (fresh, problems) = try checker.reopen()
            guard !fresh.documents.isEmpty else {
                let why = problems.first ?? "no vCon could be opened"
                return state.apply(.reloadFailed("\(why); still showing what was read before"))
            }
            state.reloaded(fresh, problems: problems)
            return [.redraw] + state.requestSecurityCheck() + state.requestFindingsCheck()
        } catch {
            return state.apply(.reloadFailed(error.description))
        }
    }

    /// Writes a body, refusing input files and anything inside an input directory (a tree of vCons, a store's file
    /// layout: its member files are inputs too), and asking before overwriting anything else.
    static func save(_ request: SaveRequest, state: AppState, files: some FileSaving) -> Action {
        let target = files.resolved(request.path)
        for input in state.session.inputPaths.map(files.resolved) {
            if input == target {
                return .saveFailed("refused: \(request.path) is an input file (the browser never changes its inputs)")
            }
            if target.hasPrefix(input.hasSuffix("/") ? input : input + "/") {
                return .saveFailed(
                    "refused: \(request.path) is inside the input directory \(input) (the browser never changes its inputs)")
            }
        }
        if files.exists(request.path), !request.overwrite { return .confirmOverwrite(request) }
        do {
            try files.write(request.bytes, to: request.path)
            return .saved(path: request.path, bytes: request.bytes.count)
        } catch {
            return .saveFailed("cannot save \(request.path): \(error.localizedDescription)")
        }
    }
}
