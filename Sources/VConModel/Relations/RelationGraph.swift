/// How an external reference (url + content hash) resolved against local copies. Never the network.
public enum ExternalResolution: Sendable, Equatable {
    /// A local copy exists and its hash matches (`where` names it).
    case verified(where: String)
    /// A local copy exists but its hash differs.
    case mismatch(where: String, expected: String, actual: String)
    /// No local copy: bundle `files/` or `--files DIR` do not have it.
    case notAvailable
}

/// Finds local copies of external references (bundle `files/`, `--files DIR`), checking hashes.
public protocol ExternalResolving: Sendable {
    func resolve(url: String?, hashes: [ContentHash]) -> ExternalResolution
}

/// Resolves nothing: the offline default.
public struct NoExternalFiles: ExternalResolving {
    public init() {}
    public func resolve(url: String?, hashes: [ContentHash]) -> ExternalResolution { .notAvailable }
}

/// The state of a node of the relation graph, as the tree shows it.
public enum RelationStatus: String, Sendable {
    case here
    case inline
    case encrypted
    case external = "external, not available offline"
    case externalVerified = "external, local copy hash ok"
    case missing
    case hashMismatch = "hash mismatch"
}

/// One link: `from` (a library member) points at `to` by `kind`.
public struct RelationEdge: Sendable {
    public var from: Int
    public var to: RelationTarget
    public var kind: VConReference.Kind
    /// Pointer of the reference inside `from` (`/group/1`, `/redacted`).
    public var pointer: String
    public var status: RelationStatus
    /// Extra words for the status (which hash mismatched, which file matched).
    public var detail: String?
}

/// What a link points at: a member of the library, or something not here.
public enum RelationTarget: Sendable, Equatable {
    case member(Int)
    case absent(uuid: String?, url: String?)
}

/// The group / redacted / appended / amended graph over a library, followed both ways.
///
/// Cycles, dangling references and hash mismatches are statuses on edges, never failures.
public struct RelationGraph: Sendable {
    public let library: Library
    public private(set) var edges: [RelationEdge] = []

    /// The graph over `library`. `extending` a graph over the library's first members (a library that only grew,
    /// as the browser's does while a tree opens) keeps its edges and adds the new members' ones: a link that
    /// reached no member may reach one added since, and is looked up again. The edges are those a graph built
    /// whole would have (a link never moves to a later member with the same uuid); rebuilding every step was a
    /// tenth of filling a 100 000-file list.
    public init(library: Library, resolver: any ExternalResolving = NoExternalFiles(), extending previous: RelationGraph? = nil) {
        self.library = library
        var start = 0
        if let previous, previous.library.members.count <= library.members.count {
            start = previous.library.members.count
            edges = previous.edges
            for index in edges.indices {
                guard case .absent(let uuid?, _) = edges[index].to,
                    let (target, status) = Self.member(uuid: uuid, from: edges[index].from, in: library)
                else { continue }
                edges[index].to = .member(target)
                edges[index].status = status
                edges[index].detail = nil
            }
        }
        // Members by source, the first of each: a lookup per inline reference (a list search was quadratic in a
        // group of thousands of inline vCons). Made once, when a new member holds an inline body.
        var bySource: [MemberSource: Int]?
        for index in start..<library.members.count {
            let member = library.members[index]
            guard let vcon = member.vcon else { continue }
            for reference in vcon.references {
                if reference.inlineBody != nil, bySource == nil { bySource = Self.firstBySource(library) }
                edges.append(
                    Self.edge(
                        from: index, member: member, reference: reference, library: library,
                        bySource: bySource ?? [:], resolver: resolver))
            }
        }
    }

    private static func firstBySource(_ library: Library) -> [MemberSource: Int] {
        var bySource: [MemberSource: Int] = [:]
        for (index, member) in library.members.enumerated() where bySource[member.source] == nil { bySource[member.source] = index }
        return bySource
    }

    /// The first member other than `from` with `uuid`, and the status of a link to it.
    private static func member(uuid: String, from: Int, in library: Library) -> (Int, RelationStatus)? {
        guard let target = library.members(withUUID: uuid).first(where: { $0 != from }) else { return nil }
        return (target, library.members[target].isEncrypted ? .encrypted : .here)
    }

    private static func edge(
        from index: Int, member: LibraryMember, reference: VConReference, library: Library,
        bySource: [MemberSource: Int], resolver: any ExternalResolving
    ) -> RelationEdge {
        let pointer = reference.json.pointer
        var edge = RelationEdge(
            from: index, to: .absent(uuid: reference.uuid, url: reference.url), kind: reference.kind,
            pointer: pointer, status: .missing)
        if reference.inlineBody != nil {
            let source = MemberSource.inline(parent: member.source.description, pointer: reference.inlineBody?.pointer ?? pointer)
            if let inline = bySource[source] {
                edge.to = .member(inline)
                edge.status = library.members[inline].isEncrypted ? .encrypted : .inline
                return edge
            }
        }
        if let uuid = reference.uuid, let (target, status) = Self.member(uuid: uuid, from: index, in: library) {
            edge.to = .member(target)
            edge.status = status
            return edge
        }
        if reference.url != nil {
            switch resolver.resolve(url: reference.url, hashes: reference.content.hashes) {
            case .verified(let place):
                edge.status = .externalVerified
                edge.detail = place
            case .mismatch(let place, let expected, let actual):
                edge.status = .hashMismatch
                edge.detail = "\(place): expected \(expected), got \(actual)"
            case .notAvailable:
                edge.status = .external
            }
        }
        return edge
    }

    /// Edges leaving a member ("links to").
    public func outgoing(_ member: Int) -> [RelationEdge] { edges.filter { $0.from == member } }

    /// Edges arriving at a member ("linked from").
    public func incoming(_ member: Int) -> [RelationEdge] { edges.filter { $0.to == .member(member) } }

    /// Every member reachable from `member` by following links forwards, transitively (cycles safe).
    public func reachable(from member: Int) -> [Int] {
        var seen: Set<Int> = [member]
        var order: [Int] = []
        var queue = [member]
        while let next = queue.first {
            queue.removeFirst()
            for edge in outgoing(next) {
                if case .member(let target) = edge.to, seen.insert(target).inserted {
                    order.append(target)
                    queue.append(target)
                }
            }
        }
        return order
    }

    /// Members no link points at: the roots of the forest (members only on cycles are added too).
    public var roots: [Int] {
        let pointedAt = Set(edges.compactMap { edge -> Int? in if case .member(let t) = edge.to { t } else { nil } })
        var roots = library.members.indices.filter { !pointedAt.contains($0) }
        var covered = Set(roots.flatMap { [$0] + reachable(from: $0) })
        for index in library.members.indices where !covered.contains(index) {
            roots.append(index)
            covered.formUnion([index] + reachable(from: index))
        }
        return roots
    }
}
