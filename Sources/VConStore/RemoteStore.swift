/// A store of vCons behind a network connection (PostgreSQL, the vcon-server API), as the browser and the
/// `list` command page through it.
///
/// Calls block and are made off the UI loop; `cancel()` may be called from any thread and makes the
/// running call throw `StoreError` of kind `.cancelled`. Implementations are read-only.
public protocol RemoteStore: AnyObject, Sendable {
    /// How the header names the store, without credentials (`postgres vcb@db1:5432/vcons · vcons`).
    var title: String { get }
    /// A short kind label (`postgres`, `vcon-server`).
    var kind: String { get }
    /// Rows per page the store is asked for.
    var pageSize: Int { get }

    /// Lists the page that starts at `cursor` (nil: the newest), newest first, with summary fields only.
    func page(after cursor: StoreCursor?, filter: StoreFilter, limit: Int) throws(StoreError) -> StorePage
    /// The full stored vCon of one member, as bytes (what a file with the same content would hold).
    func fetch(id: String) throws(StoreError) -> [UInt8]
    /// The full documents of several members at once (missing ones are absent from the result).
    func fetchMany(ids: [String]) throws(StoreError) -> [String: [UInt8]]
    /// A cheap estimate of how many vCons the store holds (nil when the store cannot say).
    func estimatedCount() -> Int?
    /// Advice about the store, said once when it is opened (a missing index and the statement a DBA could run).
    func advice() -> [String]
    /// Stops the call in progress (thread-safe).
    func cancel()
    /// Drops a broken connection and connects again (after `.connectionLost`).
    func reconnect() throws(StoreError)
}

/// A store member's name as commands accept it: `SOURCE#<uuid>`.
public struct StoreMemberReference: Sendable, Equatable {
    public var source: String
    public var id: String

    /// Splits `postgres://…#<uuid>` or `https://…#<uuid>` at the last `#` (nil when there is none).
    public init?(_ text: String) {
        guard let hash = text.lastIndex(of: "#") else { return nil }
        let id = String(text[text.index(after: hash)...])
        guard !id.isEmpty, UUIDText.isUUID(id) else { return nil }
        source = String(text[..<hash])
        self.id = id.lowercased()
    }
}

/// Recognises the canonical text form of a uuid (8-4-4-4-12 hex digits).
public enum UUIDText {
    public static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (i, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                let isHex =
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                guard isHex else { return false }
            }
        }
        return true
    }
}
