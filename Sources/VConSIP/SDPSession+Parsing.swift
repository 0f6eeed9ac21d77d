import VConModel

/// Reading SDP text line by line (RFC 8866 §5), CRLF or bare LF.
extension SDPSession {
    /// Line types RFC 8866 defines (plus `r`, `z`, `k` from older SDP).
    static let knownTypes: Set<Character> = ["v", "o", "s", "i", "u", "e", "p", "c", "b", "t", "r", "z", "k", "a", "m"]

    /// Media description being collected while reading.
    private struct MediaBuilder {
        var type: String
        var port: Int?
        var portCount: Int?
        var proto: String
        var formats: [String]
        var connection: SDPConnection?
        var attributes: [SDPAttribute] = []
        var rtpmaps: [SDPRTPMap] = []
        var direction: SDPDirection?

        func build() -> SDPMedia {
            SDPMedia(
                type: type, port: port, portCount: portCount, proto: proto, formats: formats,
                connection: connection, attributes: attributes, rtpmaps: rtpmaps, direction: direction)
        }
    }

    /// Parses SDP text; never fails.
    public static func parse(_ text: String) -> SDPSession {
        var warnings: [SIPWarning] = []
        var lines: [SDPLine] = []
        var version: Int?
        var origin: SDPOrigin?
        var sessionName: String?
        var connection: SDPConnection?
        var timings: [SDPTiming] = []
        var attributes: [SDPAttribute] = []
        var direction: SDPDirection?
        var media: [SDPMedia] = []
        var current: MediaBuilder?

        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (number, rawLine) in rawLines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.sipTrimmed.isEmpty { continue }
            let chars = Array(line.prefix(2))
            guard chars.count == 2, chars[1] == "=", let type = chars.first else {
                warnings.append(SIPWarning("SDP line \(number + 1) is not `x=value`: \(line)"))
                continue
            }
            let value = String(line.dropFirst(2))
            lines.append(SDPLine(type: type, value: value))
            if lines.count == 1 && type != "v" { warnings.append(SIPWarning("SDP does not start with v=")) }
            if !knownTypes.contains(type) { warnings.append(SIPWarning("unknown SDP line type \(type)=")) }
            switch type {
            case "v":
                version = Int(value)
                if version != 0 { warnings.append(SIPWarning("SDP version is \(value), expected 0")) }
            case "o":
                origin = parseOrigin(value, warnings: &warnings)
            case "s":
                sessionName = value
            case "c":
                let parsed = parseConnection(value, warnings: &warnings)
                if current != nil { current?.connection = parsed } else { connection = parsed }
            case "t":
                let parts = value.split(separator: " ")
                if parts.count == 2, let start = UInt64(parts[0]), let stop = UInt64(parts[1]) {
                    timings.append(SDPTiming(start: start, stop: stop))
                } else {
                    warnings.append(SIPWarning("SDP t= is not two numbers: \(value)"))
                }
            case "m":
                if let done = current { media.append(done.build()) }
                current = parseMediaLine(value, warnings: &warnings)
            case "a":
                let attribute = parseAttribute(value)
                if let dir = SDPDirection(rawValue: attribute.name) {
                    if current != nil {
                        if current?.direction != nil { warnings.append(SIPWarning("more than one direction attribute in one m= section")) }
                        current?.direction = dir
                    } else {
                        if direction != nil { warnings.append(SIPWarning("more than one session-level direction attribute")) }
                        direction = dir
                    }
                }
                if attribute.name == "rtpmap" {
                    if let map = parseRTPMap(attribute.value ?? "") {
                        if current == nil {
                            warnings.append(SIPWarning("a=rtpmap outside any m= section"))
                        } else if let builder = current, !builder.formats.contains(map.payloadType) {
                            warnings.append(SIPWarning("a=rtpmap for payload type \(map.payloadType) not listed in m=\(builder.type)"))
                        }
                        current?.rtpmaps.append(map)
                    } else {
                        warnings.append(SIPWarning("unreadable a=rtpmap:\(attribute.value ?? "")"))
                    }
                }
                if current != nil { current?.attributes.append(attribute) } else { attributes.append(attribute) }
            default:
                break
            }
        }
        if let done = current { media.append(done.build()) }
        for (type, name) in [("v", "v="), ("o", "o="), ("s", "s="), ("t", "t=")]
        where !lines.contains(where: { $0.type == Character(type) }) {
            warnings.append(SIPWarning("SDP has no \(name) line"))
        }
        for item in media where item.connection == nil && connection == nil && item.port != 0 {
            warnings.append(SIPWarning("m=\(item.type) has no connection address (no c= line)"))
        }
        return SDPSession(
            lines: lines, version: version, origin: origin, sessionName: sessionName, connection: connection,
            timings: timings, attributes: attributes, direction: direction, media: media, warnings: warnings)
    }

    private static func parseOrigin(_ value: String, warnings: inout [SIPWarning]) -> SDPOrigin? {
        let parts = value.split(separator: " ").map(String.init)
        guard parts.count == 6 else {
            warnings.append(SIPWarning("SDP o= does not have 6 fields: \(value)"))
            return nil
        }
        return SDPOrigin(
            username: parts[0], sessionID: parts[1], sessionVersion: parts[2],
            networkType: parts[3], addressType: parts[4], address: parts[5])
    }

    private static func parseConnection(_ value: String, warnings: inout [SIPWarning]) -> SDPConnection? {
        let parts = value.split(separator: " ").map(String.init)
        guard parts.count == 3 else {
            warnings.append(SIPWarning("SDP c= does not have 3 fields: \(value)"))
            return nil
        }
        if parts[0] != "IN" { warnings.append(SIPWarning("SDP c= network type \(parts[0]), expected IN")) }
        if parts[1] != "IP4" && parts[1] != "IP6" { warnings.append(SIPWarning("SDP c= address type \(parts[1])")) }
        return SDPConnection(networkType: parts[0], addressType: parts[1], address: parts[2])
    }

    private static func parseMediaLine(_ value: String, warnings: inout [SIPWarning]) -> MediaBuilder {
        let parts = value.split(separator: " ").map(String.init)
        if parts.count < 3 { warnings.append(SIPWarning("SDP m= has fewer than 3 fields: \(value)")) }
        let portField = parts.count > 1 ? parts[1] : ""
        let portPieces = portField.split(separator: "/")
        let port = portPieces.first.flatMap { Int($0) }
        if port == nil || !(0...65535).contains(port ?? -1) { warnings.append(SIPWarning("SDP m= port is not valid: \(portField)")) }
        let count = portPieces.count > 1 ? Int(portPieces[1]) : nil
        let formats = parts.count > 3 ? Array(parts[3...]) : []
        if parts.count == 3 { warnings.append(SIPWarning("SDP m=\(parts[0]) lists no formats")) }
        return MediaBuilder(
            type: parts.first ?? "", port: port, portCount: count, proto: parts.count > 2 ? parts[2] : "",
            formats: formats)
    }

    private static func parseAttribute(_ value: String) -> SDPAttribute {
        guard let colon = value.firstIndex(of: ":") else { return SDPAttribute(name: value, value: nil) }
        return SDPAttribute(name: String(value[..<colon]), value: String(value[value.index(after: colon)...]))
    }

    private static func parseRTPMap(_ value: String) -> SDPRTPMap? {
        let parts = value.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let codec = parts[1].split(separator: "/").map(String.init)
        guard let encoding = codec.first, !encoding.isEmpty else { return nil }
        return SDPRTPMap(
            payloadType: parts[0], encoding: encoding,
            clockRate: codec.count > 1 ? Int(codec[1]) : nil,
            channels: codec.count > 2 ? Int(codec[2]) : nil)
    }
}
