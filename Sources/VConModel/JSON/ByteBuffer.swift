import Foundation

/// Why a file could not be read.
public struct FileReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

/// The bytes of a document: a read-only private file mapping, or an owned heap copy.
///
/// Immutable once made, so it is shared freely across threads. A mapping lets a
/// 200 MB vCon be parsed without copying it; pages already parsed can be handed back
/// to the kernel (`releasePages(before:)`) and fault back in from the page cache if read again.
public final class ByteBuffer: @unchecked Sendable {
    /// The largest document the reader accepts: offsets are stored in 32 bits.
    public static let maximumSize = Int(UInt32.max) - 1

    private let base: UnsafeMutableRawPointer?
    public let count: Int
    private let isMapped: Bool

    /// Copies `bytes` into a buffer of its own.
    public init(_ bytes: [UInt8]) {
        count = bytes.count
        isMapped = false
        if bytes.isEmpty {
            base = nil
        } else {
            let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
            bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress.unsafelyUnwrapped, byteCount: $0.count) }
            base = memory
        }
    }

    private init(mapping: UnsafeMutableRawPointer?, count: Int) {
        base = mapping
        self.count = count
        isMapped = mapping != nil
    }

    /// Maps a regular file read-only (`mmap(PROT_READ, MAP_PRIVATE)`); reads other files (pipes) fully.
    public static func mapFile(atPath path: String) throws(FileReadError) -> ByteBuffer {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, message: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(path: path, message: "is a directory") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return try readStream(fd: fd, path: path) }
        let size = Int(info.st_size)
        if size > maximumSize {
            throw FileReadError(path: path, message: "file is \(size) bytes; the reader's limit is 4 GiB")
        }
        if size == 0 { return ByteBuffer(mapping: nil, count: 0) }
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), memory != MAP_FAILED else {
            throw FileReadError(path: path, message: "cannot map file: \(String(cString: strerror(errno)))")
        }
        return ByteBuffer(mapping: memory, count: size)
    }

    /// Reads a whole stream (stdin, a pipe) into memory.
    public static func readStream(fd: Int32, path: String) throws(FileReadError) -> ByteBuffer {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, message: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maximumSize {
                throw FileReadError(path: path, message: "input is larger than the reader's limit of 4 GiB")
            }
        }
        return ByteBuffer(bytes)
    }

    deinit {
        guard let base else { return }
        if isMapped { munmap(base, count) } else { base.deallocate() }
    }

    /// Calls `body` with the buffer's bytes.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes in `range` (clamped to the buffer).
    public subscript(range: Range<Int>) -> ArraySlice<UInt8> {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        return withUnsafeBytes { ArraySlice($0[lower..<upper]) }
    }

    /// A copy of all bytes.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Tells the kernel the mapped pages before `offset` are not needed now (they fault back in if read).
    ///
    /// Only for mappings: this keeps the peak memory of a single pass close to the size of what it builds.
    func releasePages(from start: Int, to end: Int) {
        guard isMapped, let base else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (start + page - 1) / page * page
        let to = end / page * page
        guard to > from else { return }
        madvise(base + from, to - from, Int32(MADV_DONTNEED))
    }
}
