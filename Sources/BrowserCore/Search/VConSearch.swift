import VConModel

/// `/` over a whole vCon: every key, string and number, plus decoded bodies, in document order.
///
/// Incremental: create it, then call `step(budget:)` between frames until `progress.isFinished`
/// (stop calling to cancel); `run()` does it all at once. Hits arrive in document order,
/// so the app can show the first ones while the rest of a huge file is still searched.
///
///     var search = VConSearch(document: doc, query: SearchQuery("alice"))
///     while !search.progress.isFinished { search.step(budget: 50_000) }   // one step per frame
///     let hit = search.next(fromTape: focusedTape)                       // `n`
///     tree.reveal(tape: hit.tapeIndex, in: &treeState)
///
/// Base64 bodies are never searched as text; a `body` with `encoding: base64url` is decoded
/// only when its first bytes decode to text (a WAV or MP3 is skipped after sniffing 256 bytes),
/// and a JSON-in-string body is parsed and its strings searched as `decoded` hits.
public struct VConSearch: Sendable {
    public let document: JSONDocument
    public let query: SearchQuery
    public internal(set) var hits: [SearchHit] = []
    /// Hits already handed over by `takeHits()`: they still count against `hitLimit`.
    private var handedOver = 0
    /// Every hit found so far, handed over or not.
    public var hitCount: Int { handedOver + hits.count }
    public internal(set) var progress: SearchProgress
    /// Strings at least this long that look like base64 are not searched as text.
    public var base64MinimumLength = 256
    /// Text bodies whose base64url is longer than this are not decoded (one step must stay short).
    public var maxDecodedBodyLength = 16_000_000
    /// At most this many hits are kept (`progress.isTruncated` says when more existed).
    public var hitLimit = 100_000
    /// At most this many path components are kept over all hits (each hit holds its whole path);
    /// deeper hits past it are dropped and `progress.isTruncated` is set. Why: in a 10 000-deep
    /// document every level's key matches `a`, and 10 000 hits 5 000 levels deep on average took
    /// minutes to build and held 50 million components.
    public var pathComponentLimit = 1_000_000
    /// Path components held by `hits`.
    var pathComponentsKept = 0

    /// False inside a decoded JSON body (its own bodies are not decoded again).
    var searchesBodies = true
    var position: Int
    let end: Int
    var frames: [SearchFrame] = []
    /// Path components of the open containers (nil for the search root).
    var components: [SearchStep?] = []
    /// The path of the search root inside its document.
    var basePath: [JSONPath.Component] = []

    /// Searches the subtree of `root` (default: the whole document).
    public init(document: JSONDocument, query: SearchQuery, root: JSONValue? = nil) {
        self.document = document
        self.query = query
        let start = root?.index ?? 0
        position = start
        end = root?.endIndex ?? document.valueCount
        progress = SearchProgress(totalValues: end - start)
        if query.isEmpty { progress.isFinished = true }
        if let root, root.index != 0 { basePath = Self.components(toward: root) }
    }

    /// The path from the document root to `target`, walking down by tape ranges.
    static func components(toward target: JSONValue) -> [JSONPath.Component] {
        var result: [JSONPath.Component] = []
        var current = target.document.root
        while current.index != target.index {
            var next: JSONValue?
            if current.isObject {
                for member in current.members
                where member.value.index <= target.index
                    && target.index < member.value.endIndex
                {
                    result.append(.key(member.key))
                    next = member.value
                }
            } else {
                for (position, element) in current.elements.enumerated()
                where element.index <= target.index
                    && target.index < element.endIndex
                {
                    result.append(.index(position))
                    next = element
                }
            }
            guard let found = next else { break }
            current = found
        }
        return result
    }

    /// Searches a vCon (its JSON, whatever envelope it came in).
    public init(vcon: VCon, query: SearchQuery) {
        self.init(document: vcon.document, query: query, root: vcon.json)
    }

    /// The hits found since the last call, handed to the caller (which keeps them: an incremental search would
    /// otherwise share one growing array with its caller and copy all of it on every step).
    public mutating func takeHits() -> [SearchHit] {
        defer {
            handedOver += hits.count
            hits = []
        }
        return hits
    }

    /// Searches everything in one go (tests, `--keys` batch runs).
    public mutating func run() {
        while !progress.isFinished { step(budget: .max) }
    }

    /// Searches about `budget` work units (one per value, one per KiB of decoded text, one per hit: each builds
    /// a path and an excerpt, so a query that matches everywhere costs a step as much as it does), then returns.
    public mutating func step(budget: Int) {
        var spent = 0
        while !progress.isFinished, spent < budget {
            guard position < end else {
                progress.isFinished = true
                break
            }
            let before = hits.count
            spent += visit(position) + hits.count - before
            position += 1
            progress.valuesSearched += 1
        }
    }

    /// Visits the value at `index`: matches it and keeps the path stack up to date. Returns the work done.
    mutating func visit(_ index: Int) -> Int {
        while let top = frames.last, top.end <= index {
            frames.removeLast()
            components.removeLast()
        }
        let value = JSONValue(document: document, index: index)
        if let top = frames.last, top.isObject, top.expectKey {
            frames[frames.count - 1].pendingKey = index
            frames[frames.count - 1].expectKey = false
            record(in: value.stringBytes ?? [], kind: .key, tape: index + 1, last: .key(tape: index), innerPath: nil)
            return 1
        }
        let step: SearchStep? = frames.last.map { top in
            top.isObject ? .key(tape: top.pendingKey) : .index(top.nextOrdinal)
        }
        if !frames.isEmpty {
            frames[frames.count - 1].nextOrdinal += 1
            frames[frames.count - 1].expectKey = frames[frames.count - 1].isObject
        }
        switch value.kind {
        case .object, .array:
            frames.append(SearchFrame(container: index, end: value.endIndex, isObject: value.isObject))
            components.append(step)
        case .string:
            return 1 + searchString(value, last: step, parent: frames.last?.container)
        case .number:
            record(in: Array((value.numberText ?? "").utf8), kind: .value, tape: index, last: step, innerPath: nil)
        case .bool, .null:
            break
        }
        return 1
    }

    /// Matches a string value, or its decoded content when it is a body.
    private mutating func searchString(_ value: JSONValue, last: SearchStep?, parent: Int?) -> Int {
        let length = value.rawStringLength ?? 0
        let isBase64 = length >= base64MinimumLength && Base64Sniffer.alphabet(of: value) != nil
        if !isBase64, let bytes = value.stringBytes {
            record(in: bytes, kind: .value, tape: value.index, last: last, innerPath: nil)
        }
        guard searchesBodies, case .key(let keyTape)? = last, let parent,
            JSONValue(document: document, index: keyTape).rawStringLength == 4,
            JSONValue(document: document, index: keyTape).string == "body"
        else { return length / 1024 }
        let content = Content(owner: JSONValue(document: document, index: parent))
        return searchBody(content, value: value, path: path(appending: last)) + length / 1024
    }

    /// The path of the open containers plus `last` (built only when something matched).
    func path(appending last: SearchStep?) -> JSONPath {
        var all = basePath
        for step in components.compactMap({ $0 }) + (last.map { [$0] } ?? []) {
            switch step {
            case .index(let position): all.append(.index(position))
            case .key(let tape): all.append(.key(JSONValue(document: document, index: tape).string ?? ""))
            }
        }
        return JSONPath(all)
    }

    /// Adds a hit per match in `bytes` (up to the hit limit); the path is built only when something matched.
    mutating func record(in bytes: [UInt8], kind: SearchHit.Kind, tape: Int, last: SearchStep?, innerPath: JSONPath?) {
        let room = hitLimit - hitCount
        guard room > 0 else {
            if !query.matches(in: bytes, limit: 1).isEmpty { progress.isTruncated = true }
            return
        }
        let found = query.matches(in: bytes, limit: room + 1)
        guard !found.isEmpty else { return }
        guard pathComponentsKept + basePath.count + components.count + 1 <= pathComponentLimit else {
            progress.isTruncated = true
            return
        }
        record(found, in: bytes, kind: kind, tape: tape, path: path(appending: last), innerPath: innerPath)
    }

    /// Adds hits for matches already found.
    mutating func record(
        _ found: [Range<Int>], in bytes: [UInt8], kind: SearchHit.Kind, tape: Int, path: JSONPath,
        innerPath: JSONPath?
    ) {
        let room = hitLimit - hitCount
        if found.count > room { progress.isTruncated = true }
        let pointer = path.pointer
        for match in found.prefix(room) {
            let weight = path.components.count + (innerPath?.components.count ?? 0) + 1
            guard pathComponentsKept + weight <= pathComponentLimit else {
                progress.isTruncated = true
                return
            }
            pathComponentsKept += weight
            hits.append(
                SearchHit(
                    kind: kind, tapeIndex: tape, pointer: pointer, path: path, innerPath: innerPath,
                    offset: match.lowerBound, context: SearchExcerpt.context(bytes, match: match)))
        }
    }
}

/// One step of the path while searching: a member (by its name's tape index) or an element.
enum SearchStep: Sendable {
    case key(tape: Int)
    case index(Int)
}

/// An open container while searching.
struct SearchFrame: Sendable {
    var container: Int
    var end: Int
    var isObject: Bool
    var nextOrdinal = 0
    var expectKey: Bool
    /// Tape index of the member name just read.
    var pendingKey = 0

    init(container: Int, end: Int, isObject: Bool) {
        self.container = container
        self.end = end
        self.isObject = isObject
        expectKey = isObject
    }
}

/// How far a search has got.
public struct SearchProgress: Sendable, Hashable {
    public var totalValues: Int
    public var valuesSearched = 0
    public var isFinished = false
    /// More hits existed than `hitLimit`.
    public var isTruncated = false
    /// Bodies decoded and searched as text, and bodies skipped because their first bytes were binary.
    public var decodedBodies = 0
    public var skippedBinaryBodies = 0
    /// Text bodies left undecoded because they exceed `maxDecodedBodyLength`.
    public var skippedLargeBodies = 0

    /// 0…1 for a progress bar.
    public var fraction: Double { totalValues == 0 ? 1 : Double(valuesSearched) / Double(totalValues) }
}
