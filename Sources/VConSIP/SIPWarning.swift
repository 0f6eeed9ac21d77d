import VConModel

/// A problem found while reading SIP or SDP text, or while laying out a ladder.
///
/// Warnings are data, not errors: a message with warnings is still shown, with a `⚠` and this text.
public struct SIPWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Plain English, one sentence, no trailing period; may quote (unsanitised) input text.
    public let message: String

    /// Creates a warning with the given plain-text message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
