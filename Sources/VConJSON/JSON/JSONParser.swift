import Foundation

/// The iterative parser that fills a `JSONDocument`'s tape.
///
/// No recursion: open containers live on an explicit stack, so nesting depth costs
/// four bytes a level and never the call stack. Strings are scanned eight bytes at a
/// time while they hold nothing special (SWAR), which keeps a 60 MB base64 body cheap.
struct JSONParser {
    private let buffer: ByteBuffer
    private let maxDepth: Int
    var nodes: JSONTape
    var issues: [JSONIssue] = []
    private var stack: [Int] = []

    init(buffer: ByteBuffer, maxDepth: Int) {
        self.buffer = buffer
        self.maxDepth = maxDepth
        // Reserve generously: untouched capacity costs address space, not memory.
        nodes = JSONTape(capacity: min(buffer.count / 6 + 16, 1 << 27))
    }

    mutating func run() throws(JSONError) -> JSONDocument {
        let count = buffer.count
        let result: Result<Void, JSONError> = buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
                return .failure(error("empty document: expected a JSON value", at: 0, raw))
            }
            do throws(JSONError) {
                try parseDocument(base, count, raw)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = result { throw error }
        nodes.shrinkToFit()
        return JSONDocument(buffer: buffer, nodes: nodes, issues: issues)
    }

    func error(_ message: String, at offset: Int, _ raw: UnsafeRawBufferPointer) -> JSONError {
        // The same line:column algorithm as findings (`LineIndex`), over the bytes up to the error only.
        let prefix = UnsafeRawBufferPointer(rebasing: raw[0..<min(raw.count, offset + 1)])
        let location = LineIndex(bytes: prefix).location(of: offset, in: prefix)
        return JSONError(message: message, offset: offset, location: location)
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func parseDocument(
        _ p: UnsafePointer<UInt8>, _ end: Int, _ raw: UnsafeRawBufferPointer
    ) throws(JSONError) {
        var i = 0
        if end >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF {
            issues.append(
                JSONIssue(kind: .byteOrderMark, message: "file starts with a UTF-8 byte order mark (ignored)", offset: 0, nodeIndex: 0))
            i = 3
        }
        i = skipSpace(p, i, end)
        if i >= end { throw error("empty document: expected a JSON value", at: i, raw) }
        var released = 0
        let releaseStep = 32 << 20

        valueLoop: while true {
            if i - released >= releaseStep {
                buffer.releasePages(from: released, to: i - 4096)
                released = i - 4096
            }
            i = skipSpace(p, i, end)
            guard i < end else { throw error("unexpected end of input: expected a value", at: i, raw) }
            let byte = p[i]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.count >= maxDepth {
                    throw error("nesting deeper than \(maxDepth) levels (the reader's limit)", at: i, raw)
                }
                let isObject = byte == UInt8(ascii: "{")
                stack.append(nodes.count)
                nodes.append(JSONNode(offset: UInt32(i), aux: 0, bits: (isObject ? JSONKind.object : JSONKind.array).rawValue))
                i = skipSpace(p, i + 1, end)
                if i < end && p[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    try close(at: i, raw)
                    i += 1
                } else if isObject {
                    i = try parseKey(p, i, end, raw)
                    continue valueLoop
                } else {
                    continue valueLoop
                }
            case UInt8(ascii: "\""):
                i = try parseString(p, i, end, raw)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                i = try parseNumber(p, i, end, raw)
            case UInt8(ascii: "t"):
                i = try literal("true", bits: JSONKind.bool.rawValue | JSONNode.isTrue, p, i, end, raw)
            case UInt8(ascii: "f"):
                i = try literal("false", bits: JSONKind.bool.rawValue, p, i, end, raw)
            case UInt8(ascii: "n"):
                i = try literal("null", bits: JSONKind.null.rawValue, p, i, end, raw)
            default:
                throw error("unexpected \(Self.describe(byte)): expected a value", at: i, raw)
            }
            // After a value: a separator, a closer, or the end of the document.
            while true {
                i = skipSpace(p, i, end)
                guard let top = stack.last else {
                    if i < end { throw error("unexpected \(Self.describe(p[i])) after the end of the JSON value", at: i, raw) }
                    return
                }
                let isObject = nodes[top].kind == .object
                guard i < end else {
                    throw error("unexpected end of input: expected ',' or '\(isObject ? "}" : "]")'", at: i, raw)
                }
                if p[i] == UInt8(ascii: ",") {
                    i = skipSpace(p, i + 1, end)
                    if isObject { i = try parseKey(p, i, end, raw) }
                    continue valueLoop
                }
                if p[i] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    try close(at: i, raw)
                    i += 1
                    continue
                }
                throw error("unexpected \(Self.describe(p[i])): expected ',' or '\(isObject ? "}" : "]")'", at: i, raw)
            }
        }
    }

    private mutating func close(at offset: Int, _ raw: UnsafeRawBufferPointer) throws(JSONError) {
        guard let top = stack.popLast() else { return }
        nodes[top].aux = UInt32(nodes.count)
        if nodes[top].kind == .object { checkDuplicateKeys(object: top, raw) }
    }

    /// Parses `"key" :` and leaves `i` after the colon.
    private mutating func parseKey(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ raw: UnsafeRawBufferPointer
    ) throws(JSONError) -> Int {
        guard start < end else { throw error("unexpected end of input: expected a member name", at: start, raw) }
        guard p[start] == UInt8(ascii: "\"") else {
            throw error("unexpected \(Self.describe(p[start])): expected a member name in double quotes", at: start, raw)
        }
        var i = try parseString(p, start, end, raw)
        i = skipSpace(p, i, end)
        guard i < end, p[i] == UInt8(ascii: ":") else {
            throw error(
                i < end ? "unexpected \(Self.describe(p[i])): expected ':' after member name" : "unexpected end of input: expected ':'",
                at: i, raw)
        }
        return i + 1
    }

    @inline(__always)
    private func skipSpace(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let c = p[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
        }
        return i
    }

    private mutating func literal(
        _ word: StaticString, bits: UInt8, _ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, _ raw: UnsafeRawBufferPointer
    ) throws(JSONError) -> Int {
        let length = word.utf8CodeUnitCount
        let expected = word.utf8Start
        var k = 0
        while k < length {
            guard i + k < end, p[i + k] == expected[k] else {
                throw error("invalid literal: expected '\(word)'", at: i, raw)
            }
            k += 1
        }
        nodes.append(JSONNode(offset: UInt32(i), aux: UInt32(length), bits: bits))
        return i + length
    }

    private mutating func parseNumber(
        _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ raw: UnsafeRawBufferPointer
    ) throws(JSONError) -> Int {
        var i = start
        @inline(__always) func isDigit(_ at: Int) -> Bool { at < end && p[at] >= 0x30 && p[at] <= 0x39 }
        if p[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { throw error("invalid number: expected a digit", at: i, raw) }
        if p[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { throw error("invalid number: leading zero", at: start, raw) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < end && p[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { throw error("invalid number: expected a digit after '.'", at: i, raw) }
            while isDigit(i) { i += 1 }
        }
        if i < end && (p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E")) {
            i += 1
            if i < end && (p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else { throw error("invalid number: expected a digit in the exponent", at: i, raw) }
            while isDigit(i) { i += 1 }
        }
        nodes.append(JSONNode(offset: UInt32(start), aux: UInt32(i - start), bits: JSONKind.number.rawValue))
        return i
    }
}
