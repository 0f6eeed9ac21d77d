import VConLibrary
import VConModel

/// Everything the browser shows, as plain values: the opened vCons, their relations, envelopes and findings.
///
/// The executable builds it (it owns crypto and bundles); BrowserCore only reads it.
public struct BrowserSession: Sendable {
    /// Every library member, in library order (inline and decrypted members included, for links).
    public var documents: [BrowserDocument]
    /// Members listed in the vCon list: everything but vCons held inline in another one.
    public var listed: [Int]
    public var graph: RelationGraph?
    /// Hashes inline bodies when given (the executable passes OpenSSL's); nil leaves hashes unchecked.
    public var digester: (any Digesting)?
    /// Paths of the input files, which `s` never overwrites.
    public var inputPaths: [String]
    /// Content hashes, STIR and `:trust`/`:key` for the Security pane (the executable's); nil leaves them unchecked.
    public var checker: (any SecurityChecking)?
    /// The checker's results per member, computed once.
    public let securityCache = SecurityFactsCache()
    /// The input files (and bundles) with the identity each had when read, polled by the run loop.
    public var watch: FileWatch

    /// Builds the session from a library; `envelopes` and `findings` are keyed by member index. Findings not
    /// given are computed with `Validator.validate`.
    public init(
        library: Library, graph: RelationGraph? = nil, envelopes: [Int: EnvelopeResult] = [:],
        findings: [Int: [Finding]]? = nil, digester: (any Digesting)? = nil, ascii: Bool = false
    ) {
        var documents: [BrowserDocument] = []
        var inputs: [String] = []
        var opened: [String: FileIdentity] = [:]
        for (index, member) in library.members.enumerated() {
            let envelope = envelopes[index]
            let found = findings?[index] ?? member.file.map(Validator.validate) ?? []
            documents.append(
                BrowserDocument(
                    memberIndex: index, name: member.source.description, file: member.file, findings: found,
                    envelope: envelope, shortBadge: envelope?.shortBadge(ascii: ascii) ?? member.envelopeBadge))
            if case .file(let path) = member.source {
                inputs.append(path)
                opened[path] = member.file?.buffer.identity
            }
            if case .bundleMember(let bundle, _) = member.source, !inputs.contains(bundle) { inputs.append(bundle) }
        }
        self.documents = documents
        listed = library.members.indices.filter { index in
            if case .inline = library.members[index].source { return false }
            return true
        }
        self.graph = graph
        self.digester = digester
        inputPaths = inputs
        // Standard input cannot change underneath; everything else is watched from the identity it was read with.
        watch = FileWatch(paths: inputs.filter { $0 != "-" }, opened: opened)
    }

    /// A session over bytes already read (tests, benchmarks), opened through a catalog like every other path:
    /// each file's bytes become a member of a memory source, opened once (no crypto: envelopes unjudged).
    public init(files: [LoadedFile], ascii: Bool = false) {
        let source = MemorySource(name: "files", members: files.map { ($0.source, $0.buffer) })
        self.init(catalog: Catalog(sources: [source], opener: MemberOpener(loader: FileLoader())), ascii: ascii)
    }

    /// A session over every member of `catalog`, listed and opened now (the command line's full opening).
    public init(catalog: Catalog, ascii: Bool = false) {
        catalog.listAll()
        try? catalog.openAll()
        let contents = catalog.library(badges: ascii)
        self.init(
            library: contents.library, graph: RelationGraph(library: contents.library), envelopes: contents.envelopes,
            findings: contents.findings, ascii: ascii)
    }
}
