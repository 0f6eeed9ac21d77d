import ArgumentParser
import BrowserCore
import CursesBackend
import Foundation
import TermUI
import UserConfig
import VConCrypto
import VConModel

/// Wiring of the browser: open the files into a session, then run the same loop on curses or on a batch script.
enum Interactive {
    /// Opens `paths` (files, directories, bundles, `-`) with envelope verdicts into a browser session;
    /// no paths means the built-in demo bundle (with its own key and trust anchor). The session's checker
    /// (`BrowserSecurity`) hashes content, checks STIR and re-opens everything for `:trust` / `:key`.
    static func session(
        _ paths: [String], security: SecurityOptions, ascii: Bool, now: Date = Date(), store: StoreSettings = StoreSettings()
    ) throws -> BrowserSession {
        try session(paths, security: security, ascii: ascii, now: now, openFirst: nil, store: store)
    }

    /// The session with only the first `openFirst` members opened (nil: all); the run loop opens the rest.
    static func session(
        _ paths: [String], security: SecurityOptions, ascii: Bool, now: Date = Date(), openFirst: Int?,
        store: StoreSettings = StoreSettings()
    ) throws -> BrowserSession {
        let recipe = BrowserSecurity.Recipe(
            origin: paths.isEmpty ? .demo : .paths(paths), trustPaths: paths.isEmpty ? security.trust : security.trustPaths,
            keyPaths: security.key, x5uFiles: try security.x5uFiles(), filesDirectory: security.files, ascii: ascii, now: now,
            store: store)
        let opening: BrowserSecurity.Opening
        do { opening = try BrowserSecurity.opening(recipe, sources: nil, openFirst: openFirst) } catch {
            throw ValidationError(error.description)
        }
        var session = opening.session
        let problems = opening.problems
        // Also on stderr for scripts; the browser lists them too (`N skipped` in the list's header, `!`).
        for problem in session.notes + problems { Output.error(problem) }
        session.skipped = problems
        guard !session.documents.isEmpty || !(session.paged?.rows.isEmpty ?? true) else {
            // One line per input (printed above), the status of the one table; never the usage (issue 12.15).
            if problems.isEmpty { Output.error("vcon-browser: nothing to browse: no vCon could be opened") }
            throw ExitCode(problems.isEmpty ? ExitStatus.unreadable : max(opening.status, ExitStatus.failed))
        }
        return session
    }

    /// Members opened before the first screen (a tall terminal's list); the rest are opened by the run loop.
    static let firstScreenMembers = 100

    /// Batch mode: replays `keys` at `size` and returns the final screen as text or ANSI.
    static func batch(
        _ paths: [String], keys: String, size: TerminalSize, dump: BrowseCommand.DumpFormat,
        options: BrowserOptions, security: SecurityOptions
    ) throws -> String {
        let noColor = options.noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let glyphs: Glyphs = ASCIIOption.isOn(flag: options.ascii) ? .ascii : .unicode
        let backend: BatchBackend
        do {
            backend = try BatchBackend(size: size, keys: keys, glyphs: glyphs, colorsEnabled: !noColor)
        } catch {
            throw ValidationError("--keys: \(error.description)")
        }
        let session = try session(
            paths, security: security, ascii: glyphs.isASCII, openFirst: firstScreenMembers, store: options.store)
        let settings = options.settings
        let state = AppState(
            session: session, size: size, glyphs: glyphs, theme: noColor ? .monochrome : settings.theme.theme,
            timeMode: settings.timeMode, localOffset: options.localOffset, mouse: !options.noMouse, keymap: settings.keymap,
            openWith: OpenWithSettings(environment: ProcessInfo.processInfo.environment))
        BrowserApp.run(state, on: backend)
        guard let frame = backend.lastFrame else { return "" }
        switch dump {
        case .text: return frame.plainText + "\n"
        case .ansi: return AnsiRenderer(colors: !noColor).render(frame)
        }
    }

    /// Interactive mode on the terminal; the terminal is restored on every exit path by the backend.
    static func run(_ paths: [String], options: BrowserOptions, security: SecurityOptions) throws {
        let utf8 = TerminalLocale.prepare()
        let session = try session(
            paths, security: security, ascii: options.ascii || !utf8, openFirst: firstScreenMembers, store: options.store)
        var curses = CursesOptions.fromEnvironment()
        curses.noColor = curses.noColor || options.noColor
        curses.mouse = !options.noMouse
        curses.ascii = options.ascii
        // A SIGBUS from a file truncated while mapped is repaired by the guard before the crash path restores the terminal.
        CursesBackend.setFaultFilter { signal, info in MappingGuard.repair(signal: signal, info: info) }
        let backend: CursesBackend
        do {
            backend = try CursesBackend(options: curses)
        } catch {
            throw ValidationError(error.description)
        }
        defer { backend.close() }
        let settings = options.settings
        let state = AppState(
            session: session, size: backend.size, glyphs: backend.glyphs,
            theme: backend.colorsEnabled ? settings.theme.theme : .monochrome, timeMode: settings.timeMode,
            localOffset: options.localOffset, mouse: !options.noMouse, keymap: settings.keymap,
            openWith: OpenWithSettings(environment: ProcessInfo.processInfo.environment))
        BrowserApp.run(state, on: backend, background: true, watchInterval: .seconds(1))
    }
}
