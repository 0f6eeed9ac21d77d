import VConModel

/// A column of the ladder: one party, or the `?` lane for endpoints that could not be told.
///
/// The layout gives lanes in left-to-right order and no geometry; a renderer decides widths.
public struct LadderLane: Sendable, Equatable {
    /// The party index, or nil for the `?` lane.
    public let party: Int?
    /// `[0] Alice` (or `?`); unsanitised vCon text.
    public let title: String
    /// The tel or SIP URI shown under the title, if any; unsanitised vCon text.
    public let subtitle: String?

    /// Creates a lane.
    public init(party: Int?, title: String, subtitle: String?) {
        self.party = party
        self.title = title
        self.subtitle = subtitle
    }
}

/// How an arrow end was decided.
public enum LadderEndpointSource: String, Sendable, Equatable {
    /// The source named it (`party` of the trace entry or attachment).
    case given
    /// The other party of a two-party dialog.
    case twoPartyDialog = "two-party-dialog"
    /// Transaction matching: a response goes back to the sender of its request; ACK/CANCEL follow the INVITE.
    case transaction
    /// A From/To/Request-URI matched a party's tel, sip, mailto or sip_contact.
    case uri
    /// The most recent other endpoint seen with the same Call-ID.
    case callID = "call-id"
    /// Nothing matched: the `?` lane.
    case unknown
}

/// One end of a message arrow.
public struct LadderEndpoint: Sendable, Equatable {
    /// Index into `LadderLayout.lanes`.
    public let lane: Int
    /// The party index, or nil for the `?` lane.
    public let party: Int?
    /// How it was decided.
    public let source: LadderEndpointSource

    /// Whether the endpoint was inferred rather than given (a renderer marks these).
    public var isInferred: Bool { source != .given }

    /// Creates an endpoint.
    public init(lane: Int, party: Int?, source: LadderEndpointSource) {
        self.lane = lane
        self.party = party
        self.source = source
    }
}
