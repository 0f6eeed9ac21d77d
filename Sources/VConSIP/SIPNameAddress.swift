import VConModel

/// A `From`, `To`, `Contact` or similar value: optional display name, URI and header parameters (RFC 3261 §20.10).
public struct SIPNameAddress: Sendable, Equatable {
    /// The display name without quotes and escapes, or nil when there is none.
    public let displayName: String?
    /// The URI as written (without the `<>`), e.g. `sip:alice@example.com`.
    public let uri: String
    /// Header parameters after the URI (`tag`, `expires`, …) in order, names lowercased; a value may be nil.
    public let parameters: [(name: String, value: String?)]

    /// The `tag` parameter, if any.
    public var tag: String? { parameter("tag") }

    /// The value of a header parameter (case-insensitive name); nil when absent or valueless.
    public func parameter(_ name: String) -> String? {
        let key = name.lowercased()
        return parameters.first { $0.name == key }?.value
    }

    public static func == (lhs: SIPNameAddress, rhs: SIPNameAddress) -> Bool {
        lhs.displayName == rhs.displayName && lhs.uri == rhs.uri
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
    }

    /// Creates a value from its parts.
    public init(displayName: String?, uri: String, parameters: [(name: String, value: String?)]) {
        self.displayName = displayName
        self.uri = uri
        self.parameters = parameters
    }

    /// Parses `"Name" <uri>;params`, `Name <uri>;params` or `uri;params`; lenient, never fails.
    ///
    /// In the bare `uri;params` form the parameters belong to the header, not the URI (RFC 3261 §20.10).
    public static func parse(_ text: String) -> SIPNameAddress {
        let trimmed = text.sipTrimmed
        var display: String?
        var rest = Substring(trimmed)
        if rest.hasPrefix("\"") {
            var name = ""
            var index = rest.index(after: rest.startIndex)
            var closed = false
            while index < rest.endIndex {
                let ch = rest[index]
                if ch == "\\" {
                    let next = rest.index(after: index)
                    if next < rest.endIndex { name.append(rest[next]); index = rest.index(after: next); continue }
                } else if ch == "\"" {
                    closed = true
                    index = rest.index(after: index)
                    break
                }
                name.append(ch)
                index = rest.index(after: index)
            }
            display = name
            rest = closed ? rest[index...] : Substring("")
        }
        if let open = rest.firstIndex(of: "<") {
            if display == nil {
                let before = rest[..<open].sipTrimmed
                display = before.isEmpty ? nil : before
            }
            let afterOpen = rest.index(after: open)
            let close = rest[afterOpen...].firstIndex(of: ">") ?? rest.endIndex
            let uri = String(rest[afterOpen..<close])
            let tail = close < rest.endIndex ? rest[rest.index(after: close)...] : Substring("")
            return SIPNameAddress(displayName: display, uri: uri, parameters: parseParameters(tail))
        }
        let bare = rest.sipTrimmed
        if let semicolon = bare.firstIndex(of: ";") {
            return SIPNameAddress(
                displayName: display, uri: String(bare[..<semicolon]),
                parameters: parseParameters(bare[semicolon...]))
        }
        return SIPNameAddress(displayName: display, uri: bare, parameters: [])
    }

    /// Parses `;a=b;c` into ordered pairs with lowercased names.
    static func parseParameters(_ text: Substring) -> [(name: String, value: String?)] {
        text.split(separator: ";").compactMap { piece in
            let item = piece.sipTrimmed
            if item.isEmpty { return nil }
            if let equals = item.firstIndex(of: "=") {
                let name = item[..<equals].sipTrimmed.lowercased()
                let value = item[item.index(after: equals)...].sipTrimmed
                return (name, value)
            }
            return (item.lowercased(), nil)
        }
    }
}
