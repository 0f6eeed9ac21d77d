import Synchronization
import VConModel

/// Standard input (`-`): one member, read the first time it is loaded and kept (a pipe cannot be read twice).
public final class StandardInputSource: LibrarySource {
    public let name = "-"
    private let fd: Int32
    private let read = Mutex<ByteBuffer?>(nil)

    /// Reads `fd` (standard input unless a test passes a pipe).
    public init(fd: Int32 = 0) { self.fd = fd }

    public var inputPaths: [String] { [] }

    public func list(_ request: ListRequest, cancellation: Cancellation) throws(SourceError) -> ListPage {
        guard request.cursor == nil else { return ListPage(members: [], next: nil) }
        return ListPage(members: [MemberListing(key: MemberKey("-"), displayName: "-")], next: nil, estimatedTotal: 1)
    }

    public func load(_ key: MemberKey, cancellation: Cancellation) throws(SourceError) -> MemberBytes {
        try cancellation.check("-")
        let result: Result<ByteBuffer, SourceError> = read.withLock { cached in
            if let cached { return .success(cached) }
            do throws(FileReadError) {
                let buffer = try ByteBuffer.readStream(fd: fd, path: "-")
                cached = buffer
                return .success(buffer)
            } catch {
                return .failure(SourceError(.unreadable, place: "-", message: error.message))
            }
        }
        return MemberBytes(buffer: try result.get(), sourceName: "-")
    }
}
