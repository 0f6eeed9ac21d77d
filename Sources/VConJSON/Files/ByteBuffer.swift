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

/// The bytes of a document: an owned heap copy, or a read-only private file mapping guarded against truncation.
///
/// Immutable once made, so it is shared freely across threads. Files up to `mappingThreshold` are read into
/// memory, so nothing done to the file afterwards (truncate, rewrite, rename, delete, chmod) reaches them.
/// Bigger files are mapped, which lets a 200 MB vCon be parsed without copying it; the mapping is registered
/// with `MappingGuard`, so a page past the end of a file truncated while open reads as zeros instead of raising
/// SIGBUS, and `isDamaged` says so. `identity` is what the file was when read, to notice later changes.
public final class ByteBuffer: @unchecked Sendable {
    /// The largest document the reader accepts: offsets are stored in 32 bits.
    public static let maximumSize = Int(UInt32.max) - 1
    /// Files up to this size are read into memory; bigger ones are mapped (see DECISIONS.md, "Files that change").
    public static let mappingThreshold = 64 << 20

    private let base: UnsafeMutableRawPointer?
    public let count: Int
    private let isMapped: Bool
    /// The `MappingGuard` slot of a mapping.
    private let guardSlot: Int?
    /// The file's device, inode, size and mtime when it was read (nil for memory and streams).
    public let identity: FileIdentity?

    /// Copies `bytes` into a buffer of its own.
    public init(_ bytes: [UInt8]) {
        count = bytes.count
        isMapped = false
        guardSlot = nil
        identity = nil
        if bytes.isEmpty {
            base = nil
        } else {
            let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes.count, alignment: 16)
            bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress.unsafelyUnwrapped, byteCount: $0.count) }
            base = memory
        }
    }

    private init(base: UnsafeMutableRawPointer?, count: Int, mapped: Bool, slot: Int?, identity: FileIdentity?) {
        self.base = base
        self.count = count
        isMapped = mapped
        guardSlot = slot
        self.identity = identity
    }

    /// True when part of a mapping was replaced by zeros because its file shrank while open.
    public var isDamaged: Bool { guardSlot.map(MappingGuard.isDamaged) ?? false }

    /// True for a file mapping (files above `mappingThreshold`).
    public var isMapping: Bool { isMapped }

    /// Reads a regular file: into memory up to `mapAbove` bytes, as a guarded mapping above; other files
    /// (pipes, character devices) are read as streams.
    public static func readFile(atPath path: String, mapAbove: Int = mappingThreshold) throws(FileReadError) -> ByteBuffer {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, message: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(path: path, message: "is a directory") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return try readStream(fd: fd, path: path) }
        let identity = FileIdentity(info)
        let size = Int(info.st_size)
        if size > maximumSize {
            throw FileReadError(path: path, message: "file is \(size) bytes; the reader's limit is 4 GiB")
        }
        if size == 0 { return ByteBuffer(base: nil, count: 0, mapped: false, slot: nil, identity: identity) }
        if size > mapAbove, let mapped = map(fd: fd, size: size, identity: identity) { return mapped }
        return try readWhole(fd: fd, size: size, path: path, identity: identity)
    }

    /// A guarded mapping of `size` bytes, or nil when it cannot be mapped or guarded (then the file is read).
    private static func map(fd: Int32, size: Int, identity: FileIdentity) -> ByteBuffer? {
        guard let memory = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), memory != MAP_FAILED else { return nil }
        guard let slot = MappingGuard.register(memory, count: size) else {
            munmap(memory, size)
            return nil
        }
        return ByteBuffer(base: memory, count: size, mapped: true, slot: slot, identity: identity)
    }

    /// Reads up to `size` bytes with `pread`; a file that shrinks meanwhile gives fewer bytes, one that grows is cut at `size`.
    private static func readWhole(fd: Int32, size: Int, path: String, identity: FileIdentity) throws(FileReadError) -> ByteBuffer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        var done = 0
        while done < size {
            let n = pread(fd, memory + done, size - done, off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                memory.deallocate()
                throw FileReadError(path: path, message: message)
            }
            if n == 0 { break }
            done += n
        }
        return ByteBuffer(base: memory, count: done, mapped: false, slot: nil, identity: identity)
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
        if isMapped {
            if let guardSlot { MappingGuard.unregister(guardSlot) }
            munmap(base, count)
        } else {
            base.deallocate()
        }
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
