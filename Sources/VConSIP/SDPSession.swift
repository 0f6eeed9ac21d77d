import VConModel

/// A parsed SDP session description (RFC 8866), read leniently: oddities are `warnings`.
public struct SDPSession: Sendable, Equatable {
    /// Every line in order, as written (for the raw view).
    public let lines: [SDPLine]
    /// `v=` as a number.
    public let version: Int?
    /// `o=`.
    public let origin: SDPOrigin?
    /// `s=`.
    public let sessionName: String?
    /// Session-level `c=`.
    public let connection: SDPConnection?
    /// `t=` lines.
    public let timings: [SDPTiming]
    /// Session-level attributes in order.
    public let attributes: [SDPAttribute]
    /// Session-level direction attribute, if any.
    public let direction: SDPDirection?
    /// Media descriptions in order.
    public let media: [SDPMedia]
    /// Everything odd found while reading.
    public let warnings: [SIPWarning]

    /// The direction that applies to a media description: its own, else the session's, else `sendrecv`.
    public func direction(of media: SDPMedia) -> SDPDirection {
        media.direction ?? direction ?? .sendrecv
    }

    /// The connection address that applies to a media description: its own `c=`, else the session's.
    public func connection(of media: SDPMedia) -> SDPConnection? {
        media.connection ?? connection
    }

    /// One short line per media description: `audio 49170 RTP/AVP PCMU,PCMA,opus sendrecv 198.51.100.5`.
    public var mediaSummaries: [String] {
        media.map { item in
            var parts = [item.type, item.port.map(String.init) ?? "?", item.proto]
            let codecs = item.codecNames
            if !codecs.isEmpty { parts.append(codecs.joined(separator: ",")) }
            parts.append(direction(of: item).rawValue)
            if let address = connection(of: item)?.address { parts.append(address) }
            return parts.joined(separator: " ")
        }
    }
}
