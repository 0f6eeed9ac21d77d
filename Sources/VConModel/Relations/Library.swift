/// Where a library member came from.
public enum MemberSource: Sendable, Hashable, CustomStringConvertible {
    /// A file on disk, or `-` for standard input.
    case file(String)
    /// A member of a `.vconz` bundle.
    case bundleMember(bundle: String, entry: String)
    /// A vCon held inline in another one (a group entry's body, an old redacted/appended body).
    case inline(parent: String, pointer: String)

    public var description: String {
        switch self {
        case .file(let path): TextSafety.line(path)
        case .bundleMember(let bundle, let entry): "\(TextSafety.line(bundle))!\(TextSafety.line(entry))"
        case .inline(let parent, let pointer): "\(TextSafety.line(parent))#\(TextSafety.line(pointer))"
        }
    }
}

/// One vCon of a library: where it came from, its layers, and the vCon when readable.
public struct LibraryMember: Sendable {
    public var source: MemberSource
    /// Set once (`uuid` is read from it).
    public let file: LoadedFile?
    /// A short envelope badge set by the security layer (`[S]`, `[s?]`, `[E]`…), when known.
    public var envelopeBadge: String?
    /// The uuid: the vCon's own, else an encrypted envelope's `unprotected.uuid`, else a JWS header's. Read once,
    /// when the member is made: the library's index, the relation graph and the browser's rows share this string
    /// (each read of the JSON made a string of its own, 8 MB per copy over 100 000 members).
    public var uuid: String?

    public init(source: MemberSource, file: LoadedFile?, envelopeBadge: String? = nil) {
        self.source = source
        self.file = file
        self.envelopeBadge = envelopeBadge
        uuid = file?.vcon?.uuid ?? file?.envelopeUUID
    }

    public var vcon: VCon? { file?.vcon }
    /// The node status of the member itself: inline, encrypted or here.
    public var status: RelationStatus {
        if isEncrypted { return .encrypted }
        if case .inline = source { return .inline }
        return .here
    }
    public var isEncrypted: Bool { file?.vcon == nil && file?.layers.contains { if case .jwe = $0 { true } else { false } } == true }
}

/// Every vCon opened at once (files, directories, bundles, inline bodies; an encrypted file a key opens is one member, read through its layers), indexed by uuid.
///
/// Two different vCons with one uuid are both kept and reported, never overwritten.
public struct Library: Sendable {
    /// In chunks: a library that grows by a step shares its earlier members with the one it grew from.
    public private(set) var members = ChunkedArray<LibraryMember>()
    public private(set) var findings: [(source: String, finding: Finding)] = []
    private var byUUID = UUIDIndex()

    public init() {}

    /// Inline vCons nested deeper than this (a body in a body in …) are not opened; a finding says so.
    public static let maxInlineDepth = 32

    /// Adds a member and the vCons held inline in it (depth first, in document order). Returns the new member's index.
    ///
    /// Iterative and depth-capped: a hostile file can nest inline bodies thousands deep, which would
    /// otherwise recurse once per level and copy every body once per level above it.
    @discardableResult
    public mutating func add(_ member: LibraryMember, loader: FileLoader = FileLoader()) -> Int {
        let position = insert(member)
        var pending: [(body: JSONValue, reference: VConReference, parent: String, depth: Int)] = []
        if let vcon = member.vcon { pending += Self.inlineBodies(of: vcon, parent: member.source.description, depth: 1).reversed() }
        while let (body, reference, parent, depth) = pending.popLast() {
            let pointer = body.pointer
            guard depth <= Self.maxInlineDepth else {
                findings.append(
                    (
                        parent,
                        Finding(
                            severity: .warning, rule: "inline-depth", pointer: pointer,
                            message:
                                "inline vCons nested more than \(Self.maxInlineDepth) deep: this body and those inside it are not opened")
                    ))
                continue
            }
            let bytes: [UInt8]
            if body.isObject || body.isArray {
                bytes = Array(body.document.buffer[body.byteRange])
            } else if case .success(let decoded) = reference.content.decodedBytes() {
                bytes = decoded
            } else {
                continue
            }
            // An encoded body names its media type: application/vcon+gzip opens the gzip layer (core-04 §5.4).
            let mediaType = body.isObject || body.isArray ? nil : reference.content.mediatype
            let file = try? loader.load(buffer: ByteBuffer(bytes), source: "\(parent)#\(pointer)", mediaType: mediaType)
            let child = LibraryMember(source: .inline(parent: parent, pointer: pointer), file: file)
            insert(child)
            if let vcon = child.vcon {
                pending += Self.inlineBodies(of: vcon, parent: child.source.description, depth: depth + 1).reversed()
            }
        }
        return position
    }

    /// Appends one member and indexes its uuid (a second, different vCon with the same uuid is a finding).
    @discardableResult
    private mutating func insert(_ member: LibraryMember) -> Int {
        let position = members.count
        members.append(member)
        if let uuid = member.uuid {
            if let first = byUUID.first(uuid), !sameContent(members[first], member) {
                findings.append(
                    (
                        member.source.description,
                        Finding(
                            severity: .warning, rule: "duplicate-uuid", pointer: "/uuid",
                            message: "uuid \(TextSafety.line(uuid)) is also used by a different vCon in \(members[first].source)")
                    ))
            }
            byUUID.append(position, for: uuid)
        }
        return position
    }

    /// The inline bodies of a vCon's references, in document order.
    private static func inlineBodies(of vcon: VCon, parent: String, depth: Int)
        -> [(body: JSONValue, reference: VConReference, parent: String, depth: Int)]
    {
        vcon.references.compactMap { reference in reference.inlineBody.map { ($0, reference, parent, depth) } }
    }

    /// Two members hold the same vCon when their readable vCons are equal as JSON (whitespace aside),
    /// or when one cannot be read (an encrypted envelope is another form of the same conversation).
    private func sameContent(_ a: LibraryMember, _ b: LibraryMember) -> Bool {
        guard let x = a.vcon?.json, let y = b.vcon?.json else { return true }
        if x.rawText == y.rawText { return true }
        return x.minifiedBytes == y.minifiedBytes
    }

    /// Members with this uuid, in the order they were added.
    public func members(withUUID uuid: String) -> [Int] { byUUID[uuid] }
}
