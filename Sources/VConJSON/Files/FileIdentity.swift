import Foundation

/// What a file was when it was opened: device, inode, size, modification time and permissions (`fstat`/`stat`).
///
/// Two identities differ when the file was truncated, grown, rewritten (mtime), replaced by a rename (inode),
/// made unreadable (permissions) or deleted (`stat` fails). Comparing costs one `stat(2)`, so the browser can poll every input cheaply.
public struct FileIdentity: Sendable, Hashable, CustomStringConvertible {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    /// Permission bits (`st_mode & 0o7777`): a file made unreadable is a change too.
    public var permissions: UInt32

    /// The identity of an open descriptor (`fstat`); nil when it cannot be read.
    public static func of(descriptor fd: Int32) -> FileIdentity? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    /// The identity of what `path` names now (`stat`, following links); nil when it is gone or unreadable.
    public static func of(path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        permissions = UInt32(info.st_mode) & 0o7777
    }

    public var description: String { "inode \(inode), \(size) bytes" }

    /// How `now` differs from this identity, in words ("truncated to 0 bytes", "replaced", "deleted"); nil when the same.
    public func change(to now: FileIdentity?) -> String? {
        guard let now else { return "deleted or unreadable" }
        if now.device != device || now.inode != inode { return "replaced" }
        if now.size < size { return "truncated to \(now.size) bytes" }
        if now.size > size { return "grown to \(now.size) bytes" }
        if now.modified != modified { return "rewritten" }
        if now.permissions != permissions { return "permissions changed" }
        return nil
    }
}
