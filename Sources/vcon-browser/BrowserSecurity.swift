import BrowserCore
import Foundation
import VConBundle
import VConCrypto
import VConLibrary
import VConModel

/// The browser's `SecurityChecking`: content hashes through `ContentHashVerifier` (inline bodies) and
/// `ExternalFileResolver` (bundle `files/` and `--files`), STIR through `StirVerifier` on OpenSSL, and
/// `:trust` / `:key` by opening the same paths again with the added anchor or key.
struct BrowserSecurity: SecurityChecking {
    /// What was opened: the built-in demo, or paths from the command line.
    enum Origin: Sendable {
        case demo
        case paths([String])
    }

    /// Everything needed to open the library again, with the anchors and keys added so far.
    struct Recipe: Sendable {
        var origin: Origin
        var trustPaths: [String]
        var keyPaths: [String]
        var x5uFiles: [String: String]
        var filesDirectory: String?
        var ascii: Bool
        var now: Date
        /// How stores named on the command line are read (`--table` and the column options, the timeout).
        var store = StoreSettings()
    }

    let recipe: Recipe
    let crypto: any JOSECrypto
    /// The sources first opened (a re-judge lists them again; it never re-reads standard input).
    let sources: [any LibrarySource]
    let resolver: ExternalFileResolver
    var now: Date { recipe.now }

    // MARK: - Opening

    /// Opens the recipe's library and returns the browser session, with a checker that remembers the recipe.
    ///
    /// Only the first `openFirst` members are opened before the first screen; the browser opens the rest in the
    /// background (`AppState.start`), and batch runs open them before the first key.
    static func session(_ recipe: Recipe, openFirst: Int? = nil) throws(SecurityAdditionError) -> (BrowserSession, [String]) {
        let opened = try opening(recipe, sources: nil, openFirst: openFirst)
        return (opened.session, opened.problems)
    }

    /// A session with what could not be opened (terminal-safe lines) and their worst exit status (`ExitStatus`).
    struct Opening {
        var session: BrowserSession
        var problems: [String]
        var status: Int32
    }

    /// The crypto of a recipe: the demo's key and root plus the user's, or the command line's anchors and keys.
    static func crypto(_ recipe: Recipe) throws(SecurityAdditionError) -> any JOSECrypto {
        do {
            switch recipe.origin {
            case .demo:
                let keys = try KeyRing.load(paths: recipe.keyPaths)
                let anchors = try TrustStore.loadAnchors(paths: recipe.trustPaths)
                return try Demo.crypto(extraKeys: keys, extraAnchors: anchors)
            case .paths:
                return try OpenSSLJOSE(trustPaths: recipe.trustPaths, keyPaths: recipe.keyPaths, x5uFiles: recipe.x5uFiles)
            }
        } catch {
            throw SecurityAdditionError("\(error)")
        }
    }

    /// Opens the recipe's library through a catalog: over `sources` when given (a re-judge keeps what was listed
    /// and never reads standard input twice), else over the recipe's paths or the embedded demo.
    static func session(
        _ recipe: Recipe, sources: [any LibrarySource]?, openFirst: Int? = nil
    ) throws(SecurityAdditionError) -> (BrowserSession, [String]) {
        let opened = try opening(recipe, sources: sources, openFirst: openFirst)
        return (opened.session, opened.problems)
    }

    /// Opens the recipe's library (see `session`), keeping the exit status of what could not be opened.
    static func opening(
        _ recipe: Recipe, sources: [any LibrarySource]?, openFirst: Int? = nil
    ) throws(SecurityAdditionError) -> Opening {
        let crypto = try crypto(recipe)
        // Findings are checked after the first screen, off the UI loop (`Effect.checkFindings`): on a 200 MB vCon
        // they were 45 ms of its first screen, and on a 100 000-file tree a sixth of the time to list it.
        let opener = OpenedLibrary.opener(crypto: crypto, now: recipe.now, validates: false)
        let catalog: Catalog
        var sourceProblems: [SourceProblem] = []
        if let sources {
            catalog = Catalog(sources: sources, opener: opener, containerOpener: PathSources.containerOpener(BundleOptions()))
        } else {
            switch recipe.origin {
            case .demo:
                do { catalog = Catalog(sources: [try Demo.source()], opener: opener) } catch {
                    throw SecurityAdditionError(error.description)
                }
            case .paths(let paths):
                let made = CommandLineSources.catalog(paths, opener: opener, settings: recipe.store, pagesOnDemand: true)
                catalog = made.catalog
                sourceProblems = made.problems
            }
        }
        let opening = OpenedLibrary.open(
            catalog, problems: sourceProblems, ascii: recipe.ascii, filesDirectory: recipe.filesDirectory, openFirst: openFirst)
        var session = BrowserSession(
            library: opening.library, graph: opening.graph, envelopes: opening.envelopes, findings: opening.contents.findings,
            checkLater: true, digester: OpenSSLDigester(), ascii: recipe.ascii)
        session.inputPaths = catalog.allSources.flatMap(\.inputPaths)
        // What was skipped so far is in `opening.problems` (the caller prints it and sets `skipped`); later pages add theirs.
        session.skippedMark = catalog.skipped(since: SkippedMark()).mark
        session.resolver = opening.resolver
        if catalog.workLeft > 0 || catalog.pagesOnDemand {
            session.catalog = catalog
            session.contents = opening.contents
            session.listingGoesOn = catalog.needsEagerListing
        }
        if catalog.pagesOnDemand { session.paged = PagedList(catalog: catalog, contents: opening.contents) }
        session.notes = opening.notes
        session.checker = BrowserSecurity(
            recipe: recipe, crypto: crypto, sources: catalog.sources,
            resolver: ExternalFileResolver(bundles: opening.bundles, filesDirectory: recipe.filesDirectory, digester: OpenSSLDigester()))
        return Opening(session: session, problems: opening.problems, status: opening.status)
    }

    func rejudge(adding addition: SecurityAddition) throws(SecurityAdditionError) -> BrowserSession {
        let path = (addition.path as NSString).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else { throw SecurityAdditionError("no such file") }
        var next = recipe
        switch addition {
        case .trust:
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                let bytes = FileManager.default.contents(atPath: path).map { Array($0) } ?? []
                guard let certificates = try? Certificate.allFromPEM(bytes), !certificates.isEmpty else {
                    throw SecurityAdditionError("no PEM certificate in it")
                }
            }
            next.trustPaths.append(path)
        case .key: next.keyPaths.append(path)
        }
        return try Self.session(next, sources: sources).0
    }

    func reopen() throws(SecurityAdditionError) -> (BrowserSession, [String]) {
        try Self.session(recipe)
    }

    // MARK: - Checks

    func stir(of vcon: VCon, member: Int) -> [StirCheck] {
        StirVerifier(crypto: crypto, now: recipe.now).check(vcon)
    }

    /// Inline bodies hashed by `ContentHashVerifier`; every external reference (items and relation links)
    /// looked up by `ExternalFileResolver` in the bundles' `files/` and `--files`.
    func contentHashes(of vcon: VCon, member: Int) -> [VConModel.HashCheck] {
        let inline = ContentHashVerifier(digests: OpenSSLDigester(), filesDirectory: nil).check(vcon)
        var contents: [String: Content] = [:]
        for owner in vcon.dialog.map(\.json) + vcon.analysis.map(\.json) + vcon.attachments.map(\.json) {
            contents[owner.pointer] = Content(owner: owner)
        }
        var checks = inline.map { check -> VConModel.HashCheck in
            guard let url = check.url, let all = contents[check.pointer]?.hashes,
                let hash = all.first(where: { $0.text == check.expected })
            else { return check }
            return external(check.pointer, url: url, hash: hash, all: all)
        }
        for reference in vcon.references where reference.inlineBody == nil {
            guard let url = reference.url else { continue }
            let all = reference.content.hashes
            checks += all.map { external(reference.json.pointer, url: url, hash: $0, all: all) }
        }
        return checks
    }

    /// One hash of an external reference. The local copy is found by any of the reference's hashes (a bundle
    /// names files by one of them), and then every hash is checked against it.
    private func external(_ pointer: String, url: String, hash: ContentHash, all: [ContentHash]) -> VConModel.HashCheck {
        var check = VConModel.HashCheck(
            pointer: pointer, url: url, algorithm: hash.algorithmName, expected: hash.text, actual: nil,
            status: .notAvailable, detail: "")
        var resolution = resolver.resolve(url: url, hashes: all)
        if case .mismatch(_, let expected, _) = resolution, expected != hash.text {
            // Another hash of the same copy failed; judge this one on its own.
            resolution = resolver.resolve(url: url, hashes: [hash])
        }
        switch resolution {
        case .verified(let place):
            check.status = .match
            check.actual = hash.text
            check.detail = "\(hash.algorithmName) matches \(place)"
        case .mismatch(let place, let expected, let actual):
            check.status = .mismatch
            check.expected = expected
            check.actual = actual
            check.detail = "\(hash.algorithmName) mismatch for \(place)"
        case .notAvailable:
            check.detail =
                recipe.filesDirectory == nil
                ? "not available offline (not in a bundle's files/; --files DIR adds local copies)"
                : "not available offline (not in a bundle's files/ nor in \(recipe.filesDirectory ?? ""))"
        }
        return check
    }
}
