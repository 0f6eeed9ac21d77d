import TermUI
import VConLibrary
import VConModel

/// Everything that changes `AppState`: commands from the table, prompt input, resize, mouse, and the
/// answers of effects the run loop carried out.
public enum Action: Sendable, Hashable {
    /// A command from the table; `key` is the key that ran it (`3` for `jumpToPane`).
    case run(CommandID, key: KeyPress)
    /// A key or paste for the open prompt.
    case promptInput(InputEvent)
    /// A key while an overlay (help, findings, explain, confirm) is open.
    case overlayKey(KeyPress)
    case resize(TerminalSize)
    case mouse(MouseEvent)
    /// The first key of a sequence was pressed (the hint bar shows the follow-ups).
    case prefix(KeyPress)
    /// A key bound to nothing.
    case unbound(KeyPress)
    /// The run loop saved a file.
    case saved(path: String, bytes: Int)
    /// The run loop could not save (or refused to): why.
    case saveFailed(String)
    /// The target exists: ask before overwriting.
    case confirmOverwrite(SaveRequest)
    /// No event came while work is pending (`AppState.hasPendingWork`): advance it by one step.
    case idle
    /// The run loop finished judging the library again for `:trust`/`:key` (off the UI loop).
    case rejudged(SecurityAddition, RejudgeOutcome)
    /// The run loop noticed input files that changed on disk since they were opened.
    case filesChanged([FileChange])
    /// The run loop could not reload the inputs (`R`): why; what is shown stays.
    case reloadFailed(String)
    /// The run loop opened more members in the background: the session over everything opened so far, and how
    /// many are still to open.
    case membersOpened(SessionBox, remaining: Int)
    /// The run loop checked member `Int`'s content hashes and STIR (`Effect.checkSecurity`); its facts are in the
    /// session's cache.
    case securityChecked(Int)
    /// The run loop ran the opener (`Effect.openWith`), or could not: what happened, for the status line.
    case openFinished(String)
    /// The run loop listed the next page of a store (`Effect.listMore`, `Effect.relist`): the session over it, or
    /// why the store could not answer (the status line says it; scrolling again retries).
    case pageListed(SessionBox, failure: String?)
    /// The run loop opened a store row (`Effect.openEntry`): the session with it, or why it could not.
    case entryOpened(SessionBox, entry: Int, failure: String?)
    /// The run loop fetched a link's target from the store (`Effect.fetchReference`).
    case referenceFetched(SessionBox, uuid: String, outcome: ReferenceOutcome)
    /// The run loop validated documents whose findings were not checked yet (`Effect.checkFindings`).
    case findingsChecked(CheckedFindings)
}

/// Findings checked off the UI loop, per document: its index, name and the very bytes validated, so a session
/// swapped in meanwhile (grown, judged again, reloaded from a file changed on disk) takes only findings of what it
/// shows. Compared by identity, like the other boxes.
public final class CheckedFindings: Sendable, Hashable {
    public struct Result: Sendable {
        public var document: Int
        public var name: String
        /// The buffer validated (held, so that no other buffer can take its place and be mistaken for it).
        public var bytes: ByteBuffer?
        public var findings: [Finding]
        /// `BrowserDocument.profileNote`, made with them.
        public var profileNote: String?
    }

    public let results: [Result]

    public init(_ results: [Result]) { self.results = results }

    public static func == (lhs: CheckedFindings, rhs: CheckedFindings) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// What fetching a link's target by uuid came to.
public enum ReferenceOutcome: Sendable, Hashable {
    /// Opened: the catalog entry.
    case opened(Int)
    /// The store has no vCon with that uuid.
    case missing
    /// The store could not answer (connection, timeout, …): why.
    case failed(String)
}

/// A session carried by an action, compared by identity.
public final class SessionBox: Sendable, Hashable {
    public let session: BrowserSession
    /// The vCon list's rows over `session`, when the worker built them (off the UI loop).
    let rows: LibraryRowData?

    public init(_ session: BrowserSession) {
        self.session = session
        rows = nil
    }

    init(_ session: BrowserSession, rows: LibraryRowData?) {
        self.session = session
        self.rows = rows
    }

    public static func == (lhs: SessionBox, rhs: SessionBox) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// The answer of a re-judge: the new session, or why the file could not be added. Compared by identity (a
/// session is not `Hashable`; each answer is a new box).
public final class RejudgeOutcome: Sendable, Hashable {
    public let result: Result<BrowserSession, SecurityAdditionError>
    /// The vCon list's rows over the judged session, built by the worker (off the UI loop).
    let rows: LibraryRowData?

    public init(_ result: Result<BrowserSession, SecurityAdditionError>) {
        self.result = result
        rows = nil
    }

    init(_ result: Result<BrowserSession, SecurityAdditionError>, rows: LibraryRowData?) {
        self.result = result
        self.rows = rows
    }

    public static func == (lhs: RejudgeOutcome, rhs: RejudgeOutcome) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// What the run loop must do after an action (all terminal and file I/O lives there).
public enum Effect: Sendable, Hashable {
    case quit
    case suspend
    case redraw
    case setMouse(Bool)
    case copy(String)
    case save(SaveRequest)
    /// Judge every vCon again with one more anchor or key (`:trust`, `:key`): crypto and I/O, so the run loop does
    /// it off the UI loop and answers with `Action.rejudged`.
    case rejudge(SecurityAddition)
    /// Esc while work runs: drop its answer (and stop it where it can be stopped).
    case cancelWork
    /// Open the next members of the session's catalog off the UI loop (answered by `Action.membersOpened`).
    case openMore
    /// Validate the next documents whose findings are not checked yet, on every core, off the UI loop (answered by
    /// `Action.findingsChecked`).
    case checkFindings
    /// Check the content hashes (external files are read and hashed) and STIR of a library member off the UI loop
    /// (answered by `Action.securityChecked`).
    case checkSecurity(Int)
    /// List the next page of the session's store (`limit` rows) off the UI loop (answered by `Action.pageListed`).
    case listMore(limit: Int)
    /// List the session's store again from the start with a filter (`\` on a store), answered by
    /// `Action.pageListed` with the fresh session.
    case relist(ListFilter, text: String)
    /// Fetch and open catalog entry `Int` (a store row) off the UI loop (answered by `Action.entryOpened`).
    case openEntry(Int)
    /// Fetch the vCon with this uuid from the session's store (a link's target), answered by
    /// `Action.referenceFetched`.
    case fetchReference(String)
    /// Open every input again from disk (`R`); the run loop answers with `AppState.reloaded` or `.reloadFailed`.
    case reload
    /// Hand a body to the user's program (`o`): the run loop writes a private temporary copy, leaves curses mode,
    /// runs `$VCON_OPENER` or mailcap's viewer on it, restores the screen and answers with `Action.openFinished`.
    case openWith(OpenRequest)
}

/// Bytes to write to a path; `overwrite` only after the user said yes.
public struct SaveRequest: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]
    public var overwrite: Bool

    public init(path: String, bytes: [UInt8], overwrite: Bool) {
        self.path = path
        self.bytes = bytes
        self.overwrite = overwrite
    }
}

/// A box over the screen.
public enum Overlay: Sendable, Hashable {
    case help(HelpState)
    case findings(ListCursor)
    /// Explanation lines (already wrapped to the box) and the scroll offset.
    case explain(title: String, lines: [String], offset: Int)
    case confirm(SaveRequest)
    /// The diff of a vCon against the version it links to (`d`).
    case diff(DiffView)
}

/// The help overlay: which tab (keys or legend), the `/` filter and the scroll offset.
public struct HelpState: Sendable, Hashable {
    public var tab: Int
    public var filter: String
    public var offset: Int

    public init(tab: Int = 0, filter: String = "", offset: Int = 0) {
        self.tab = tab
        self.filter = filter
        self.offset = offset
    }
}

/// What an open prompt line is for.
public enum PromptKind: Sendable, Hashable {
    case search, filter, command, save, helpSearch

    var prefix: String {
        switch self {
        case .search, .helpSearch: "/"
        case .filter: "\\"
        case .command: ":"
        case .save: "Save to: "
        }
    }
}

/// An open prompt: its kind and the text being edited.
public struct ActivePrompt: Sendable, Hashable {
    public var kind: PromptKind
    public var editor: PromptState
    /// The filter before `\` was pressed, restored by Esc.
    public var previousFilter: String
    /// The bytes a save prompt will write.
    public var payload: [UInt8]
}

/// The last search: query, hits with pointers, and the current hit.
public struct SearchState: Sendable, Hashable {
    public var query: String
    public var hits: [SearchHit]
    public var current: Int
}

/// The detail pane: its lines, their wrapped rows at the current width, the cursor line and scroll row.
public struct DetailState: Sendable {
    public var lines: [DetailLine] = []
    public var rows: [DetailRow] = []
    public var width = 0
    public var cursor = 0
    public var offset = 0

    /// First row index of each line.
    func firstRow(of line: Int) -> Int? { rows.firstIndex { $0.line == line } }
}
