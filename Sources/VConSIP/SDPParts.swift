import VConModel

/// The small value types of an SDP description (RFC 8866 §5): origin, connection, timing, attributes.

/// `o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>`.
public struct SDPOrigin: Sendable, Equatable {
    public let username: String
    public let sessionID: String
    public let sessionVersion: String
    public let networkType: String
    public let addressType: String
    public let address: String
}

/// `c=<nettype> <addrtype> <connection-address>` (the address may carry `/ttl` or `/count`).
public struct SDPConnection: Sendable, Equatable {
    public let networkType: String
    public let addressType: String
    public let address: String
}

/// `t=<start-time> <stop-time>` (NTP seconds; `0 0` means unbounded).
public struct SDPTiming: Sendable, Equatable {
    public let start: UInt64
    public let stop: UInt64
}

/// `a=<name>[:<value>]`.
public struct SDPAttribute: Sendable, Equatable {
    public let name: String
    public let value: String?
}

/// `a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]`.
public struct SDPRTPMap: Sendable, Equatable {
    public let payloadType: String
    public let encoding: String
    public let clockRate: Int?
    public let channels: Int?

    /// `opus/48000/2`.
    public var text: String {
        var parts = [encoding]
        if let clockRate { parts.append(String(clockRate)) }
        if let channels { parts.append(String(channels)) }
        return parts.joined(separator: "/")
    }
}

/// A media direction attribute (RFC 8866 §6.7).
public enum SDPDirection: String, Sendable, Equatable, CaseIterable {
    case sendrecv, sendonly, recvonly, inactive
}

/// One line of SDP as written: its type letter and value.
public struct SDPLine: Sendable, Equatable {
    public let type: Character
    public let value: String
}
