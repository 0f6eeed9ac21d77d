import VConModel

/// Inline bodies checked against their content hashes, one item at a time, each once.
///
/// The check decodes and hashes the whole body, so it runs only for the item the user selects (never for the
/// first screen or the list), only for bodies up to `sizeLimit` (64 MiB), and its result is kept for the session.
public struct InlineHashChecks: Sendable {
    /// Bodies larger than this (as written) are not hashed: it would stall the screen on one key press.
    public static let defaultSizeLimit = 64 * 1024 * 1024
    public var sizeLimit: Int

    /// The outcome for one item.
    public enum Outcome: Sendable, Equatable {
        /// One check per hash, in the order the hashes are written.
        case checked([HashCheck])
        /// Not hashed: the body as written is this many bytes, over the size limit.
        case tooLarge(Int)
    }

    private struct Key: Hashable {
        var document: Int
        var pointer: String
    }

    private var outcomes: [Key: Outcome] = [:]

    public init(sizeLimit: Int = Self.defaultSizeLimit) { self.sizeLimit = sizeLimit }

    /// The outcome for the item at `pointer` of `document`, if it was checked.
    public func outcome(document: Int, pointer: String) -> Outcome? { outcomes[Key(document: document, pointer: pointer)] }

    /// Checks `content` unless it was checked before, has no inline body or no hash, or there is no digester.
    mutating func check(_ content: Content, document: Int, pointer: String, digester: (any Digesting)?) {
        let key = Key(document: document, pointer: pointer)
        guard outcomes[key] == nil, let digester, content.isInline, !content.hashes.isEmpty else { return }
        let size = content.encodedSize ?? 0
        if size > sizeLimit {
            outcomes[key] = .tooLarge(size)
            return
        }
        outcomes[key] = .checked(ContentHashVerifier(digests: digester, filesDirectory: nil).checkInline(content))
    }
}
