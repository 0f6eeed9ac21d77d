import VConModel

/// Reading SIP wire text (RFC 3261 §7): CRLF or bare LF, folded header lines, Content-Length against the body.
extension SIPMessage {
    /// Headers that must appear at most once; a second copy is a warning.
    static let singleHeaders = ["Call-ID", "CSeq", "From", "To", "Content-Length", "Content-Type", "Max-Forwards"]

    /// Headers every request and response carries (RFC 3261 §8.1.1); Max-Forwards is left out because
    /// captures often strip it.
    static let mandatoryHeaders = ["Via", "From", "To", "Call-ID", "CSeq"]

    /// Parses wire text; never fails — anything odd becomes a warning on the returned message.
    public static func parse(_ text: String) -> SIPMessage {
        parse(bytes: Array(text.utf8), raw: text)
    }

    /// Parses wire bytes (from a base64url body); invalid UTF-8 is replaced and reported.
    public static func parse(bytes: [UInt8]) -> SIPMessage {
        parse(bytes: bytes, raw: nil)
    }

    private static func parse(bytes: [UInt8], raw knownRaw: String?) -> SIPMessage {
        var warnings: [SIPWarning] = []
        let raw = knownRaw ?? decode(bytes[...], what: "message", warnings: &warnings)
        var lines: [String] = []
        var sawCRLF = false
        var sawBareLF = false
        var position = 0
        var bodyStart: Int?
        // Split the head into lines at LF; a CR before the LF is part of the line ending.
        while position < bytes.count {
            var end = position
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > position && bytes[lineEnd - 1] == 0x0D {
                lineEnd -= 1
                if end < bytes.count { sawCRLF = true }
            } else if end < bytes.count {
                sawBareLF = true
            }
            let line = bytes[position..<lineEnd]
            position = min(end + 1, bytes.count)
            if line.isEmpty || line.allSatisfy({ $0 == 0x0D }) {
                if lines.isEmpty { continue }  // leading empty lines (keep-alives) are skipped
                bodyStart = position
                break
            }
            lines.append(String(decoding: line, as: UTF8.self))
        }
        if sawBareLF && sawCRLF {
            warnings.append(SIPWarning("mixed CRLF and bare LF line endings"))
        } else if sawBareLF {
            warnings.append(SIPWarning("lines end with bare LF instead of CRLF"))
        }
        guard let firstLine = lines.first else {
            warnings.append(SIPWarning("empty message"))
            return SIPMessage(startLine: .unrecognized(""), headers: [], body: "", raw: raw, warnings: warnings)
        }
        let startLine = SIPStartLine.parse(firstLine, warnings: &warnings)
        let headers = parseHeaderLines(lines.dropFirst(), warnings: &warnings)
        var body = ""
        var bodyByteCount = 0
        if let bodyStart {
            bodyByteCount = bytes.count - bodyStart
            body = String(decoding: bytes[bodyStart...], as: UTF8.self)
        } else {
            warnings.append(SIPWarning("no empty line after the headers (message may be cut short)"))
        }
        let message = SIPMessage(startLine: startLine, headers: headers, body: body, raw: raw, warnings: [])
        warnings += message.wireChecks(bodyByteCount: bodyByteCount)
        return SIPMessage(startLine: startLine, headers: headers, body: body, raw: raw, warnings: warnings)
    }

    /// Joins folded lines and splits `name: value`; lines without a colon are reported.
    static func parseHeaderLines(_ lines: ArraySlice<String>, warnings: inout [SIPWarning]) -> [SIPHeader] {
        var pairs: [(name: String, value: String)] = []
        for line in lines {
            if let first = line.first, first == " " || first == "\t" {
                if pairs.isEmpty {
                    warnings.append(SIPWarning("continuation line before any header: \(line)"))
                } else {
                    let folded = line.sipTrimmed
                    let previous = pairs[pairs.count - 1]
                    pairs[pairs.count - 1].value = previous.value.isEmpty ? folded : previous.value + " " + folded
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                warnings.append(SIPWarning("header line without a colon: \(line)"))
                continue
            }
            let rawName = String(line[..<colon])
            let name = rawName.sipTrimmed
            if name.isEmpty || name.contains(where: { $0 == " " || $0 == "\t" }) {
                warnings.append(SIPWarning("header line with an invalid name: \(line)"))
                if name.isEmpty { continue }
            }
            pairs.append((name, line[line.index(after: colon)...].sipTrimmed))
        }
        return pairs.map { SIPHeader(name: $0.name, value: $0.value) }
    }

    /// Checks that only make sense for wire text: mandatory and duplicate headers, CSeq, Content-Length.
    func wireChecks(bodyByteCount: Int) -> [SIPWarning] {
        var found: [SIPWarning] = []
        if case .unrecognized = startLine { return found }
        let missing = Self.mandatoryHeaders.filter { header($0) == nil }
        if !missing.isEmpty { found.append(SIPWarning("missing \(missing.joined(separator: ", "))")) }
        for name in Self.singleHeaders {
            let copies = headers(named: name)
            if copies.count > 1 && Set(copies.map(\.value)).count > 1 {
                found.append(SIPWarning("\(name) appears \(copies.count) times with different values"))
            }
        }
        if let text = header("CSeq") {
            if let cseq = SIPCSeq.parse(text) {
                if let method, cseq.method != method {
                    found.append(SIPWarning("CSeq method \(cseq.method) does not match request method \(method)"))
                }
            } else {
                found.append(SIPWarning("CSeq is not `number METHOD`: \(text)"))
            }
        }
        if let text = header("Content-Length") {
            if let declared = Int(text), declared >= 0 {
                if declared > bodyByteCount {
                    found.append(SIPWarning("Content-Length is \(declared) but the body has \(bodyByteCount) bytes (cut short)"))
                } else if declared < bodyByteCount {
                    found.append(SIPWarning("Content-Length is \(declared) but \(bodyByteCount) bytes follow the headers"))
                }
            } else {
                found.append(SIPWarning("Content-Length is not a number: \(text)"))
            }
        } else if bodyByteCount > 0 {
            found.append(SIPWarning("body of \(bodyByteCount) bytes without Content-Length"))
        }
        if bodyByteCount > 0 && header("Content-Type") == nil {
            found.append(SIPWarning("body without Content-Type"))
        }
        return found
    }

    /// Decodes UTF-8, replacing invalid sequences and saying so.
    static func decode(_ bytes: ArraySlice<UInt8>, what: String, warnings: inout [SIPWarning]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        warnings.append(SIPWarning("\(what) is not valid UTF-8 (shown with replacement characters)"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
