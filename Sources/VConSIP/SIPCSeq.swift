import VConModel

/// A parsed `CSeq` value: sequence number and method (RFC 3261 §20.16).
public struct SIPCSeq: Sendable, Equatable, Hashable {
    /// The sequence number.
    public let number: UInt64
    /// The method, as written.
    public let method: String

    /// Creates a CSeq from its parts.
    public init(number: UInt64, method: String) {
        self.number = number
        self.method = method
    }

    /// Parses `314159 INVITE`; nil when the number or the method is missing.
    public static func parse(_ text: String) -> SIPCSeq? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, let number = UInt64(parts[0]) else { return nil }
        return SIPCSeq(number: number, method: String(parts[1]))
    }
}
