import Foundation

/// A cursor onto one value of a `JSONDocument`: cheap to copy, reads the tape lazily.
public struct JSONValue: Sendable {
    public let document: JSONDocument
    /// Position of the value in the document's tape.
    public let index: Int

    public init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    var node: JSONNode { document.nodes[index] }

    public var kind: JSONKind { node.kind }
    public var isObject: Bool { kind == .object }
    public var isArray: Bool { kind == .array }
    public var isNull: Bool { kind == .null }

    /// The tape index just past this value and all it contains.
    public var endIndex: Int {
        let n = node
        return (n.kind == .object || n.kind == .array) ? Int(n.aux) : index + 1
    }

    /// Where the value starts in the buffer.
    public var byteOffset: Int { Int(node.offset) }

    /// Line and column where the value starts.
    public var location: SourceLocation { document.location(ofByte: byteOffset) }

    /// The value's whole text, quotes or brackets included.
    public var byteRange: Range<Int> {
        let n = node
        let start = Int(n.offset)
        switch n.kind {
        case .string: return start..<(start + Int(n.aux) + 2)
        case .number, .bool, .null: return start..<(start + Int(n.aux))
        case .object, .array: return start..<(closingOffset + 1)
        }
    }

    /// Offset of the closing bracket of a container.
    private var closingOffset: Int {
        let close: UInt8 = kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var position = Int(node.offset) + 1
        let end = endIndex
        if end > index + 1 {
            position = JSONValue(document: document, index: lastChild(before: end)).byteRange.upperBound
        }
        return document.buffer.withUnsafeBytes { bytes in
            while position < bytes.count && bytes[position] != close { position += 1 }
            return position
        }
    }

    private func lastChild(before end: Int) -> Int {
        var child = index + 1
        var last = child
        while child < end {
            last = child
            child = JSONValue(document: document, index: child).endIndex
        }
        return last
    }

    /// Tape indices of the direct children (for objects: key, value, key, value…).
    var childIndices: [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = endIndex
        while child < end {
            result.append(child)
            child = JSONValue(document: document, index: child).endIndex
        }
        return result
    }

    /// Array elements in order (empty for non-arrays).
    public var elements: [JSONValue] {
        guard isArray else { return [] }
        return childIndices.map { JSONValue(document: document, index: $0) }
    }

    /// Object members in document order, duplicates included (empty for non-objects).
    public var members: [(key: String, value: JSONValue)] {
        guard isObject else { return [] }
        let children = childIndices
        var result: [(key: String, value: JSONValue)] = []
        result.reserveCapacity(children.count / 2)
        var k = 0
        while k + 1 < children.count {
            let key = JSONValue(document: document, index: children[k]).string ?? ""
            result.append((key, JSONValue(document: document, index: children[k + 1])))
            k += 2
        }
        return result
    }

    /// Member names in document order.
    public var keys: [String] { members.map(\.key) }

    /// How many members or elements.
    public var count: Int {
        guard isObject || isArray else { return 0 }
        let children = childIndices.count
        return isObject ? children / 2 : children
    }

    /// The array element at `position`, if any.
    public subscript(position: Int) -> JSONValue? {
        guard isArray, position >= 0 else { return nil }
        var child = index + 1
        let end = endIndex
        var k = 0
        while child < end {
            if k == position { return JSONValue(document: document, index: child) }
            child = JSONValue(document: document, index: child).endIndex
            k += 1
        }
        return nil
    }

    /// The object member named `key`; with duplicates, the last one (as JavaScript and Python read it).
    ///
    /// Reads the tape's nodes and compares keys in place, making no array and no value per member: validating a
    /// small vCon is mostly key lookups (a seventh of opening 100 000 files was this subscript).
    public subscript(key: String) -> JSONValue? {
        guard isObject else { return nil }
        var key = key
        let nodes = document.nodes
        let end = endIndex
        return key.withUTF8 { wanted -> JSONValue? in
            var found: Int?
            var child = index + 1
            while child < end {
                if nameEquals(nodes[child], child, wanted) { found = child + 1 }
                let value = nodes[child + 1]
                child = (value.kind == .object || value.kind == .array) ? Int(value.aux) : child + 2
            }
            return found.map { JSONValue(document: document, index: $0) }
        }
    }

    /// Compares the string node at `index` with UTF-8 bytes without making a String. A string with escapes or with
    /// bytes that are not UTF-8 compares by its decoded text (bad bytes read as U+FFFD, as `string` and `members`
    /// give it: a key the reader lists is found by that name).
    private func nameEquals(_ node: JSONNode, _ index: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        if node.bits & (JSONNode.hasEscapes | JSONNode.badUTF8) != 0 {
            return JSONValue(document: document, index: index).stringBytes?.elementsEqual(wanted) == true
        }
        guard Int(node.aux) == wanted.count else { return false }
        guard let wantedBase = wanted.baseAddress else { return true }
        return document.buffer.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memcmp(base + Int(node.offset) + 1, wantedBase, wanted.count) == 0
        }
    }

    /// The decoded UTF-8 of a string value.
    public var stringBytes: [UInt8]? {
        let n = node
        guard n.kind == .string else { return nil }
        return document.buffer.withUnsafeBytes { bytes in
            let start = Int(n.offset) + 1
            let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + Int(n.aux))])
            if n.bits & (JSONNode.hasEscapes | JSONNode.badUTF8) == 0 { return Array(raw) }
            return JSONStringDecoder.decode(raw)
        }
    }

    /// The byte length of a string's text as written (escapes not resolved): cheap, for sizes.
    public var rawStringLength: Int? { kind == .string ? Int(node.aux) : nil }

    /// Calls `body` with a string's raw bytes when it has no escapes (the common case for base64).
    public func withUnescapedStringBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        let n = node
        guard n.kind == .string, n.bits & JSONNode.hasEscapes == 0 else { return nil }
        return document.buffer.withUnsafeBytes { bytes in
            let start = Int(n.offset) + 1
            return body(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + Int(n.aux))]))
        }
    }

    /// The decoded value of a string.
    public var string: String? {
        guard let bytes = stringBytes else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A number exactly as written.
    public var numberText: String? {
        guard kind == .number else { return nil }
        return String(decoding: document.buffer[byteRange], as: UTF8.self)
    }

    /// A number that is an exact integer within Int's range (`3`, `3.0` and `3e0` all count).
    public var int: Int? {
        guard let text = numberText else { return nil }
        if let exact = Int(text) { return exact }
        guard let value = Double(text), value.isFinite, value == value.rounded(),
            abs(value) < 9.0e15
        else { return nil }
        return Int(value)
    }

    /// A number as a Double (infinite when written beyond Double's range, such as `1e400`).
    public var double: Double? { numberText.flatMap(Double.init) }

    /// A boolean.
    public var bool: Bool? { kind == .bool ? node.bits & JSONNode.isTrue != 0 : nil }

    /// The value's source text.
    public var rawText: String { String(decoding: document.buffer[byteRange], as: UTF8.self) }
}
