import Foundation
import Synchronization

/// The kind of a JSON value.
public enum JSONKind: UInt8, Sendable {
    case object = 0, array, string, number, bool, null
}

/// A 1-based line and column (columns count Unicode scalars, as editors do).
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// A document that is not JSON: what is wrong and where. Parsing stops here.
public struct JSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var location: SourceLocation
    public var description: String { "\(location): \(message)" }
}

/// Something odd but survivable in a JSON document; the value is kept and parsing goes on.
public struct JSONIssue: Sendable {
    public enum Kind: String, Sendable {
        case duplicateKey = "duplicate-key"
        case invalidUTF8 = "invalid-utf8"
        case loneSurrogate = "lone-surrogate"
        case byteOrderMark = "byte-order-mark"
    }
    public var kind: Kind
    public var message: String
    public var offset: Int
    /// The tape index of the value concerned (a string or an object).
    public var nodeIndex: Int
}

/// One entry of the flat tape: 9 bytes per value as stored (`JSONTape`).
///
/// `aux` is, for containers, the tape index one past the last descendant (so skipping a
/// subtree or folding it is index arithmetic); for strings and numbers, the byte length
/// of the text (for strings, between the quotes).
struct JSONNode {
    var offset: UInt32
    var aux: UInt32
    var bits: UInt8

    static let kindMask: UInt8 = 0x07
    static let hasEscapes: UInt8 = 0x08
    static let isTrue: UInt8 = 0x10
    static let badUTF8: UInt8 = 0x20

    var kind: JSONKind { JSONKind(rawValue: bits & Self.kindMask) ?? .null }
}

/// A parsed JSON document: the bytes plus a flat, order-preserving tape of every value.
///
/// Strings stay byte ranges until asked for; numbers stay exactly as written.
public final class JSONDocument: Sendable {
    public let buffer: ByteBuffer
    let nodes: JSONTape
    public let issues: [JSONIssue]
    private let lineIndex = Mutex(LineIndex())
    /// Children of big containers, by the container's tape index, built as `pointer(to:)` needs them.
    let childIndex = Mutex<[Int: [Int]]>([:])

    init(buffer: ByteBuffer, nodes: JSONTape, issues: [JSONIssue]) {
        self.buffer = buffer
        self.nodes = nodes
        self.issues = issues
    }

    /// The default nesting limit; deeper documents are refused with the position where it was hit.
    public static let defaultMaxDepth = 100_000

    /// Parses a whole buffer.
    public static func parse(_ buffer: ByteBuffer, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONDocument {
        var parser = JSONParser(buffer: buffer, maxDepth: maxDepth)
        return try parser.run()
    }

    /// Parses bytes held in memory.
    public static func parse(bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONDocument {
        try parse(ByteBuffer(bytes), maxDepth: maxDepth)
    }

    /// Parses a string's UTF-8.
    public static func parse(string: String) throws(JSONError) -> JSONDocument {
        try parse(bytes: Array(string.utf8))
    }

    /// The top-level value.
    public var root: JSONValue { JSONValue(document: self, index: 0) }

    /// How many values the tape holds.
    public var valueCount: Int { nodes.count }

    /// Line and column of a byte offset (1-based; columns count Unicode scalars).
    ///
    /// Costs a binary search plus at most one block of bytes, however long the line: a minified
    /// file is one line, and counting its columns from the line start for each of thousands of
    /// findings was quadratic (3 000 findings on a 166 kB line took seconds).
    public func location(ofByte offset: Int) -> SourceLocation {
        buffer.withUnsafeBytes { bytes in
            lineIndex.withLock { index in
                index.extend(through: offset, in: bytes)
                return index.location(of: offset, in: bytes)
            }
        }
    }
}
