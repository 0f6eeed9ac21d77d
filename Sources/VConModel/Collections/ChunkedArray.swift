/// An array kept in chunks of 4 096 elements: a copy shares every chunk, so appending to a copy, or changing one
/// element of it, copies one chunk rather than every element.
///
/// The browser keeps each background step's documents, library members and rows by extending the previous step's:
/// with plain arrays each step copied (and later freed) all 100 000 of a big tree's, a third of its one-core work.
/// Everything is `@inlinable`, so other modules use it specialised for their element type (unspecialised, each
/// element read went through the generic witness tables).
public struct ChunkedArray<Element>: RandomAccessCollection, MutableCollection {
    @usableFromInline static var shift: Int { 12 }
    @usableFromInline static var mask: Int { (1 << shift) - 1 }

    @usableFromInline var chunks: [[Element]] = []
    @usableFromInline var stored = 0
    @inlinable public var count: Int { stored }

    @inlinable public init() {}

    @inlinable public init(_ elements: some Sequence<Element>) { append(contentsOf: elements) }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }
    @inlinable public func index(after index: Int) -> Int { index + 1 }
    @inlinable public func index(before index: Int) -> Int { index - 1 }

    /// Read and changed in place (`entries[i].state` does not copy the whole element, as a getter would).
    @inlinable public subscript(position: Int) -> Element {
        _read {
            precondition(position >= 0 && position < count, "index out of range")
            yield chunks[position >> Self.shift][position & Self.mask]
        }
        _modify {
            precondition(position >= 0 && position < count, "index out of range")
            yield &chunks[position >> Self.shift][position & Self.mask]
        }
    }

    @inlinable public mutating func append(_ element: Element) {
        if count & Self.mask == 0 { chunks.append([]) }
        chunks[chunks.count - 1].append(element)
        stored += 1
    }

    @inlinable public mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: Equatable where Element: Equatable {
    @inlinable public static func == (a: Self, b: Self) -> Bool { a.elementsEqual(b) }
}

extension ChunkedArray: ExpressibleByArrayLiteral {
    @inlinable public init(arrayLiteral elements: Element...) { self.init(elements) }
}
