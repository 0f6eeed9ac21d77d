import Foundation
import VConBundle
import VConCrypto
import VConLibrary
import VConModel

/// A catalog opened in full for the commands that need every member at once (`tree`, `demo-check`, the
/// browser's library): listed to the end, every member opened once through the catalog (parsed, judged,
/// decrypted when a key opens it, validated), and the relation graph built over them.
struct OpenedLibrary {
    let catalog: Catalog
    /// The library of opened members: one member per vCon (an encrypted file a key opened is one member).
    let contents: CatalogLibrary
    let graph: RelationGraph
    /// What could not be opened (terminal-safe lines), in the order met.
    let problems: [String]
    /// Advice met while listing (a store without an index on its creation time), terminal-safe.
    let notes: [String]
    /// Bundle `files/` and `--files DIR`, for the graph of members opened later.
    let resolver: ExternalFileResolver
    /// The worst over what could not be opened, by the one table (`ExitStatus`): 0 when nothing failed, 1 when
    /// the worst is JSON that is not a vCon, 2 for an input that cannot be read.
    let status: Int32

    var library: Library { contents.library }
    var envelopes: [Int: EnvelopeResult] { contents.envelopes }
    var bundles: [BundleReader] { PathSources.bundles(of: catalog) }

    /// The opener the command line uses: gzip through zlib, envelopes judged with `crypto` at `now`; findings
    /// checked while opening unless `validates` is false (the browser checks them after its first screen).
    static func opener(crypto: any JOSECrypto, now: Date, validates: Bool = true) -> MemberOpener {
        MemberOpener(
            loader: makeLoader(), envelope: EnvelopeContext(crypto: crypto, inflater: ZlibInflater(), now: now), validates: validates)
    }

    /// Opens `paths` (files, directories, bundles, `-`) and judges them with the command line's keys and anchors.
    static func open(
        _ paths: [String], security: SecurityOptions, ascii: Bool, store: StoreSettings = StoreSettings()
    ) throws -> OpenedLibrary {
        let made = CommandLineSources.catalog(paths, opener: opener(crypto: try security.makeCrypto(), now: Date()), settings: store)
        return open(made.catalog, problems: made.problems, ascii: ascii, filesDirectory: security.files)
    }

    /// Lists and opens every member of `catalog`, and builds the graph with bundle `files/` and `filesDirectory`
    /// as the only sources of external copies.
    ///
    /// With `openFirst`, only that many members are opened now (the browser's first screen); the rest stay listed
    /// for the browser to open in the background.
    static func open(
        _ catalog: Catalog, problems sourceProblems: [SourceProblem] = [], ascii: Bool, filesDirectory: String?,
        openFirst: Int? = nil
    ) -> OpenedLibrary {
        // The first screen lists one page (the run loop lists the rest as it opens): a 100 000-file tree showed its
        // first screen after 1.6 s of listing, most of it for rows not on that screen.
        catalog.listAll(enough: openFirst.map { max($0, 1000) } ?? .max)
        if let openFirst { try? catalog.openNext(openFirst) } else { try? catalog.openAll() }
        let contents = catalog.library(badges: ascii)
        let all = sourceProblems + catalog.problems
        var problems = all.filter { !$0.isNote }.map(\.line)
        let notes = all.filter(\.isNote).map(\.line)
        // A path that cannot be opened counts; a listing's notes (a store's "showing the newest 50") do not.
        var status = sourceProblems.isEmpty ? ExitStatus.ok : ExitStatus.unreadable
        // Nothing listed at all, and a listing failed (a store that refused the token on its first page): unreadable.
        if catalog.count == 0, !problems.isEmpty { status = ExitStatus.unreadable }
        for entry in catalog.entries {
            guard case .failed(let message) = entry.state else { continue }
            problems.append(message)
            status = max(status, ExitStatus.of((try? catalog.open(entry.id))?.error))
        }
        let resolver = ExternalFileResolver(
            bundles: PathSources.bundles(of: catalog), filesDirectory: filesDirectory, digester: OpenSSLDigester())
        return OpenedLibrary(
            catalog: catalog, contents: contents, graph: RelationGraph(library: contents.library, resolver: resolver),
            problems: problems, notes: notes, resolver: resolver, status: status)
    }
}
