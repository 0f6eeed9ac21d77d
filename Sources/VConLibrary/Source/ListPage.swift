import VConModel

/// One page of a listing.
public struct ListPage: Sendable {
    public var members: [MemberListing]
    /// Where to continue; nil when the listing is complete.
    public var next: ListCursor?
    /// Entries that could not be listed (unreadable files, skipped links), each on its own: the listing goes on.
    public var problems: [SourceProblem]
    /// Containers found while listing (a `.vconz` inside a directory): the catalog opens each as a source of its own.
    public var containers: [String]
    /// The source's estimate of the total, when it has one (a count query, a manifest), for progress.
    public var estimatedTotal: Int?

    public init(
        members: [MemberListing], next: ListCursor?, problems: [SourceProblem] = [], containers: [String] = [],
        estimatedTotal: Int? = nil
    ) {
        self.members = members
        self.next = next
        self.problems = problems
        self.containers = containers
        self.estimatedTotal = estimatedTotal
    }
}

/// Something a listing skipped: where (a path, an entry, a row) and why, in plain words.
public struct SourceProblem: Sendable, Hashable, CustomStringConvertible {
    public var place: String
    public var message: String
    /// True for advice rather than something skipped (a store without an index on its creation time): said once,
    /// not counted among the files skipped.
    public var isNote: Bool

    public init(place: String, message: String, isNote: Bool = false) {
        self.place = place
        self.message = message
        self.isNote = isNote
    }

    public var description: String { "\(place): \(message)" }

    /// `place: why` safe for a terminal, as messages, stderr and the browser's `!` list print it.
    public var line: String { "\(TextSafety.line(place)): \(TextSafety.line(message))" }
}
