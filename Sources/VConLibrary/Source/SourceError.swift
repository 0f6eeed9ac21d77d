/// Why a source could not list or load, in plain words, with where.
public struct SourceError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The member or path does not exist (any more).
        case notFound
        /// It exists but cannot be read (permissions, a bad zip entry, a broken row).
        case unreadable
        /// The store cannot be reached or refused the request (connection, authentication, HTTP status).
        case unavailable
        /// The work was cancelled.
        case cancelled
    }

    public var kind: Kind
    /// Where: a path, `bundle!entry`, a uuid, a URL without credentials.
    public var place: String
    public var message: String

    public init(_ kind: Kind, place: String, message: String) {
        self.kind = kind
        self.place = place
        self.message = message
    }

    /// The error of cancelled work.
    public static func cancelled(_ place: String) -> SourceError { SourceError(.cancelled, place: place, message: "cancelled") }

    public var description: String { "\(place): \(message)" }
}
