import VConLibrary
import VConModel

/// Everything the browser shows, as plain values: the opened vCons, their relations, envelopes and findings.
///
/// The executable builds it (it owns crypto and bundles); BrowserCore only reads it.
public struct BrowserSession: Sendable {
    /// Every library member, in library order (inline and decrypted members included, for links). In chunks: a
    /// session grown by a background step shares the documents of the one it grew from.
    public var documents: ChunkedArray<BrowserDocument>
    /// Members listed in the vCon list: everything but vCons held inline in another one.
    public var listed: [Int]
    public var graph: RelationGraph?
    /// Hashes inline bodies when given (the executable passes OpenSSL's); nil leaves hashes unchecked.
    public var digester: (any Digesting)?
    /// Paths of the input files, which `s` never overwrites.
    public var inputPaths: [String]
    /// Content hashes, STIR and `:trust`/`:key` for the Security pane (the executable's); nil leaves them unchecked.
    public var checker: (any SecurityChecking)?
    /// One line per file or bundle member that could not be opened (`path: why`, terminal-safe), listed by `!`
    /// in the vCon list and counted in its header.
    public var skipped: [String] = []
    /// What of `catalog`'s problems and failed members `skipped` already holds (`grown` adds the rest).
    public var skippedMark = SkippedMark()
    /// The checker's results per member, computed once.
    public let securityCache = SecurityFactsCache()
    /// The catalog the session was opened from, when members are still being opened in the background.
    public var catalog: Catalog?
    /// Where the relation graph finds local copies of external references (bundle `files/`, `--files`).
    public var resolver: (any ExternalResolving)?
    /// Badges in ASCII (`[S]`) or Unicode.
    public var ascii = false
    /// What `catalog` had opened when this session was built (grown from, so nothing is opened twice).
    public var contents: CatalogLibrary?

    /// The vCon list over a store paged on demand (nil when every listed member is opened: files, bundles).
    public var paged: PagedList?

    /// Advice from the sources (a store without an index on its creation time): the first screen's status line.
    public var notes: [String] = []
    /// Uuids the store said it does not hold (a link followed into it): the Links pane says "missing".
    public var missingInStore: Set<String> = []

    /// True when `catalog` was still listing a source when this session was built (the count of members grows).
    public var listingGoesOn = false

    /// Documents whose findings are not checked yet (`BrowserDocument.findingsChecked`), counted when built and
    /// as findings are settled (`recount` after documents were replaced by hand).
    public private(set) var unchecked = 0

    /// Counts the unchecked documents again.
    public mutating func recount() { unchecked = documents.count { !$0.findingsChecked } }

    /// Up to `limit` documents whose findings are not checked yet: `first` (the open vCon) before the others, then
    /// in library order.
    public func uncheckedDocuments(first: Int?, limit: Int) -> [Int] {
        guard unchecked > 0, limit > 0 else { return [] }
        var picked: [Int] = []
        if let first, documents.indices.contains(first), !documents[first].findingsChecked { picked.append(first) }
        for index in documents.indices where index != first && !documents[index].findingsChecked {
            guard picked.count < limit else { break }
            picked.append(index)
        }
        return picked
    }

    /// Takes checked findings for the document at `index`, if it is still the document named `name` over the same
    /// `bytes`, and still unchecked (a session swapped in meanwhile may hold other documents, or the same file read
    /// again after it changed). Returns whether it took them.
    @discardableResult
    public mutating func settle(_ index: Int, name: String, bytes: ByteBuffer?, findings: [Finding], profileNote: String?) -> Bool {
        guard documents.indices.contains(index), !documents[index].findingsChecked, documents[index].name == name,
            documents[index].file?.buffer === bytes
        else { return false }
        documents[index].settle(findings: findings, profileNote: profileNote)
        unchecked -= 1
        return true
    }

    /// Members of `catalog` still to open (0 without a catalog).
    public var unopened: Int { catalog?.workLeft ?? 0 }

    /// True when the session has a vCon list to show and go back to (a store, or more than one vCon listed).
    public var hasList: Bool { paged != nil || listed.count > 1 }

    /// Rows of the vCon list: the listed members of a paged store, else the opened members.
    public var listCount: Int { paged?.rows.count ?? listed.count }

    /// The document a row of the vCon list shows (nil: a store row not opened yet).
    public func document(atRow row: Int) -> Int? {
        if let paged { return paged.rows.indices.contains(row) ? paged.rows[row].document : nil }
        return listed.indices.contains(row) ? listed[row] : nil
    }

    /// The row of the vCon list that shows `document`, if any.
    public func row(ofDocument document: Int) -> Int? {
        if let paged { return paged.rows.firstIndex { $0.document == document } }
        return listed.firstIndex(of: document)
    }

    /// The uuid a row shows (from the listing for a store row not opened yet).
    public func uuid(atRow row: Int) -> String? {
        if let document = document(atRow: row) { return documents[document].vcon?.uuid }
        return paged.flatMap { $0.rows.indices.contains(row) ? $0.rows[row].summary.uuid : nil }
    }

    /// The session again over every member `catalog` has opened so far, keeping the checker, digester, resolver
    /// and input paths: what the list shows as members are opened in the background.
    public func grown() -> BrowserSession {
        guard let catalog else { return self }
        let previous = self.contents
        let contents = catalog.library(badges: ascii, extending: previous)
        // The library only grew: its first members are this session's documents, kept as they are.
        let kept = previous.map { $0.library.members.count == documents.count ? documents : [] } ?? ChunkedArray()
        // So did the relation graph: the new members' links are added to it.
        let extended = kept.isEmpty || graph?.library.members.count != kept.count ? nil : graph
        var next = BrowserSession(
            library: contents.library,
            graph: RelationGraph(library: contents.library, resolver: resolver ?? NoExternalFiles(), extending: extended),
            envelopes: contents.envelopes, findings: contents.findings, checkLater: true, digester: digester, ascii: ascii, keeping: kept,
            watch: watch)
        next.catalog = catalog
        next.contents = contents
        next.resolver = resolver
        next.checker = checker
        next.inputPaths = inputPaths
        let skippedSince = catalog.skipped(since: skippedMark)
        next.skipped = skipped + skippedSince.lines
        next.skippedMark = skippedSince.mark
        next.listingGoesOn = catalog.needsEagerListing
        next.missingInStore = missingInStore
        if catalog.pagesOnDemand {
            next.paged = PagedList(catalog: catalog, contents: contents, filterText: paged?.filterText ?? "")
        }
        return next
    }

    /// The session over `catalog`, a fresh listing of the same sources (a store filter asked with `\`): nothing
    /// of this session's library is kept but its checker, digester, resolver and inputs.
    public func relisted(_ catalog: Catalog, filterText: String) -> BrowserSession {
        var base = self
        base.catalog = catalog
        base.contents = nil
        base.skippedMark = SkippedMark()
        base.paged?.filterText = filterText
        return base.grown()
    }
    /// The input files (and bundles) with the identity each had when read, polled by the run loop.
    public var watch: FileWatch

    /// Builds the session from a library; `envelopes` and `findings` are keyed by member index. Findings not
    /// given are computed with `Validator.validate`, or with `checkLater` left to check off the UI loop
    /// (`Effect.checkFindings`: the browser's first screen does not wait for them). `kept` documents stand for the
    /// library's first members (a library that only grew: each background step used to build every document
    /// again), and `keptWatch` for the files it watches.
    public init(
        library: Library, graph: RelationGraph? = nil, envelopes: [Int: EnvelopeResult] = [:],
        findings: [Int: [Finding]]? = nil, checkLater: Bool = false, digester: (any Digesting)? = nil, ascii: Bool = false,
        keeping kept: ChunkedArray<BrowserDocument> = [], watch keptWatch: FileWatch? = nil
    ) {
        // The new documents, on every core (each one is independent; a big tree adds tens of thousands a step).
        var documents = kept
        documents.append(
            contentsOf: Parallel.map(max(0, library.members.count - kept.count)) { offset in
                let (index, member) = (kept.count + offset, library.members[kept.count + offset])
                let envelope = envelopes[index]
                let found = findings?[index] ?? (checkLater ? nil : member.file.map { Validator.validate($0) } ?? [])
                return BrowserDocument(
                    memberIndex: index, name: member.source.description, file: member.file, findings: found,
                    envelope: envelope, shortBadge: envelope?.shortBadge(ascii: ascii) ?? member.envelopeBadge, uuid: member.uuid)
            })
        var inputs: [String] = []
        var opened: [String: FileIdentity] = [:]
        // A grown session keeps the inputs and watch it grew from (`grown`): not looked for in 100 000 members again.
        for member in keptWatch == nil ? library.members : [] {
            if case .file(let path) = member.source {
                inputs.append(path)
                opened[path] = member.file?.buffer.identity
            }
            if case .bundleMember(let bundle, _) = member.source, !inputs.contains(bundle) { inputs.append(bundle) }
        }
        self.documents = documents
        unchecked = documents.count { !$0.findingsChecked }
        listed = library.members.indices.filter { index in
            if case .inline = library.members[index].source { return false }
            return true
        }
        self.graph = graph
        self.digester = digester
        self.ascii = ascii
        inputPaths = inputs
        // Standard input cannot change underneath; everything else is watched from the identity it was read with
        // (a grown session keeps the watch it grew from: the run loop polls that one).
        self.watch = keptWatch ?? FileWatch(paths: inputs.filter { $0 != "-" }, opened: opened)
    }

    /// A session over bytes already read (tests, benchmarks), opened through a catalog like every other path:
    /// each file's bytes become a member of a memory source, opened once (no crypto: envelopes unjudged).
    public init(files: [LoadedFile], ascii: Bool = false) {
        let source = MemorySource(name: "files", members: files.map { ($0.source, $0.buffer) })
        self.init(catalog: Catalog(sources: [source], opener: MemberOpener(loader: FileLoader())), ascii: ascii)
    }

    /// A session over `catalog`, listed now and opened in full, or only its first `openFirst` members (the rest
    /// are opened in the background by the run loop: `AppState.start`). With `checkLater`, findings the catalog's
    /// opener did not check are left to `Effect.checkFindings`.
    public init(catalog: Catalog, ascii: Bool = false, openFirst: Int? = nil, checkLater: Bool = false) {
        catalog.listAll(enough: openFirst.map { max($0, 1000) } ?? .max)
        if let openFirst { _ = try? catalog.openNext(openFirst) } else { try? catalog.openAll() }
        let contents = catalog.library(badges: ascii)
        self.init(
            library: contents.library, graph: RelationGraph(library: contents.library), envelopes: contents.envelopes,
            findings: contents.findings, checkLater: checkLater, ascii: ascii)
        if catalog.workLeft > 0 || catalog.pagesOnDemand {
            self.catalog = catalog
            self.contents = contents
            listingGoesOn = catalog.needsEagerListing
        }
        if catalog.pagesOnDemand { paged = PagedList(catalog: catalog, contents: contents) }
    }
}
