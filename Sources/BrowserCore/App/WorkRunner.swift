import Foundation
import Synchronization
import VConLibrary
import VConModel

/// Runs the effects that read files or call crypto off the UI loop, each on its own thread, and keeps their
/// answers until the run loop collects them (between key presses, so keys keep being answered meanwhile).
final class WorkRunner: Sendable {
    private let answers = Mutex<[Action]>([])
    private let running = Mutex(0)
    private let cancellations = Mutex<[ObjectIdentifier: Cancellation]>([:])

    /// Starts `job` on a new thread with its own cancellation; its action is collected by `drain`.
    func start(_ job: @escaping @Sendable (Cancellation) -> Action) {
        running.withLock { $0 += 1 }
        let cancellation = Cancellation()
        let key = ObjectIdentifier(cancellation)
        cancellations.withLock { $0[key] = cancellation }
        Thread.detachNewThread { [self] in
            let action = job(cancellation)
            cancellations.withLock { $0[key] = nil }
            answers.withLock { $0.append(action) }
            running.withLock { $0 -= 1 }
        }
    }

    /// Esc: cancels every running job (a store call blocked in PQcancel's reach or a URL task stops; the reducer
    /// already dropped the work, so its late answer is ignored).
    func cancelAll() {
        for cancellation in cancellations.withLock({ Array($0.values) }) { cancellation.cancel() }
    }

    /// True while a job has not answered yet.
    var isBusy: Bool { running.withLock { $0 > 0 } }

    /// True when answers wait for `drain`.
    var hasAnswers: Bool { answers.withLock { !$0.isEmpty } }

    /// The answers that came back since the last call, in order.
    func drain() -> [Action] {
        answers.withLock { answers in
            defer { answers = [] }; return answers
        }
    }

    /// Blocks until every job answered (the end of a batch script: its last frame must include the answers).
    func waitUntilIdle() {
        while isBusy { Thread.sleep(forTimeInterval: 0.005) }
    }
}

extension BrowserApp {
    /// The job an effect stands for, when it is work (nil for terminal effects): what runs off the UI loop.
    static func job(for effect: Effect, state: AppState) -> (@Sendable (Cancellation) -> Action)? {
        switch effect {
        case .rejudge(let addition):
            let (checker, time, ellipsis) = (state.session.checker, state.time, state.glyphs.ellipsis)
            return { _ in
                guard let checker else {
                    return .rejudged(addition, RejudgeOutcome(.failure(SecurityAdditionError("this session cannot judge envelopes"))))
                }
                do throws(SecurityAdditionError) {
                    let judged = try checker.rejudge(adding: addition)
                    // Every badge may change: the list's rows are built again, here rather than on the key loop.
                    let rows = judged.paged == nil ? LibraryRowData.build(judged, time: time, ellipsis: ellipsis) : nil
                    return .rejudged(addition, RejudgeOutcome(.success(judged), rows: rows))
                } catch {
                    return .rejudged(addition, RejudgeOutcome(.failure(error)))
                }
            }
        case .checkSecurity(let member):
            let session = state.session
            return { _ in
                session.checkSecurity(member: member)
                return .securityChecked(member)
            }
        case .openMore:
            let (session, rows, time, ellipsis) = (state.session, state.libraryRowData, state.time, state.glyphs.ellipsis)
            return { _ in
                let remaining = (try? session.catalog?.openNext(batch(opened: session.listed.count))) ?? 0
                let grown = session.grown()
                // The list's rows too, here rather than on the key loop: the new members' rows, and the ids cut again.
                let prepared =
                    grown.paged == nil
                    ? LibraryRowData.build(
                        grown, time: time, ellipsis: ellipsis, keeping: rows, kept: LibraryRowData.sharedPrefix(session, grown)) : nil
                return .membersOpened(SessionBox(grown, rows: prepared), remaining: remaining)
            }
        case .checkFindings:
            // The documents themselves, not the session: a job holding the session's array made the reducer copy
            // all 100 000 documents when it took the answer.
            let picked = state.uncheckedBatch.map { ($0, state.session.documents[$0]) }
            return { _ in .findingsChecked(CheckedFindings(checkFindings(picked))) }
        case .listMore, .relist, .openEntry, .fetchReference:
            return storeJob(for: effect, session: state.session)
        default:
            return nil
        }
    }

    /// Validates `picked` documents (each with its index in the session) on every core, with the profile note the
    /// findings decide (the validator is pure): a batch is a few hundred to tens of thousands of small vCons, or one
    /// big one.
    static func checkFindings(_ picked: [(Int, BrowserDocument)]) -> [CheckedFindings.Result] {
        Parallel.map(picked.count, serialBelow: 2) { item in
            let (index, document) = picked[item]
            let findings = document.file.map { Validator.validate($0) } ?? []
            return CheckedFindings.Result(
                document: index, name: document.name, bytes: document.file?.buffer, findings: findings,
                profileNote: document.vcon.flatMap { BrowserDocument.profileNote($0, findings: findings) })
        }
    }

    /// Members opened per background step at first: small enough that the list visibly fills.
    static let openBatch = 500

    /// Members the next background step opens: `openBatch`, then as many as are open already. Each step rebuilds
    /// the session and relation graph over every member opened so far, so fixed steps cost O(n²) in all (a
    /// 100 000-file directory: 200 rebuilds, minutes); doubling makes the whole listing O(n) (8 rebuilds).
    static func batch(opened: Int) -> Int { max(openBatch, opened) }

    /// Carries out the work among `effects` at once, in order, applying each answer (tests and scripts that drive
    /// a state without a run loop); terminal effects are dropped.
    public static func settle(_ state: inout AppState, _ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let job = job(for: effect, state: state) { pending += state.apply(job(Cancellation())) }
        }
    }
}
