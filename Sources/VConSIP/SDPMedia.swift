import VConModel

/// One media description: the `m=` line and the lines under it (RFC 8866 §5.14).
public struct SDPMedia: Sendable, Equatable {
    /// `audio`, `video`, `application`, …
    public let type: String
    /// The port; 0 means the stream is rejected or disabled.
    public let port: Int?
    /// The number of ports after a `/`, if given.
    public let portCount: Int?
    /// `RTP/AVP`, `RTP/SAVPF`, `UDP/TLS/RTP/SAVPF`, …
    public let proto: String
    /// Format list (payload type numbers for RTP).
    public let formats: [String]
    /// Media-level `c=`, if any.
    public let connection: SDPConnection?
    /// Media-level attributes in order.
    public let attributes: [SDPAttribute]
    /// `a=rtpmap` entries in order.
    public let rtpmaps: [SDPRTPMap]
    /// Media-level direction attribute, if any (see `SDPSession.direction(of:)` for the effective one).
    public let direction: SDPDirection?

    /// Codec names for the formats in order: rtpmap encoding, or the static payload type name, or the number.
    public var codecNames: [String] {
        formats.map { format in
            if let map = rtpmaps.first(where: { $0.payloadType == format }) { return map.encoding }
            return SDPMedia.staticPayloadTypes[format] ?? format
        }
    }

    /// Static RTP payload types (RFC 3551 §6) that often appear without an rtpmap.
    static let staticPayloadTypes: [String: String] = [
        "0": "PCMU", "3": "GSM", "4": "G723", "8": "PCMA", "9": "G722", "18": "G729",
        "13": "CN", "26": "JPEG", "31": "H261", "34": "H263",
    ]
}
