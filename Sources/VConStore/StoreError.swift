/// A failure talking to a store (PostgreSQL or the vcon-server API), already safe to print.
///
/// Messages never contain a credential: every adapter builds them through a `SecretMask`.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, coarse enough for the caller to choose a status line, a retry or an exit code.
    public enum Kind: String, Sendable, Equatable {
        /// The URL or connection string cannot be used (syntax, scheme, plain http off loopback).
        case badLocation
        /// The server cannot be reached (DNS, refused, TLS, timeout while connecting).
        case cannotConnect
        /// The credentials were refused (PostgreSQL authentication, API 403).
        case authentication
        /// The member, table or endpoint does not exist (API 404, a missing row or table).
        case notFound
        /// The server rejected the request as invalid (API 400/422, SQL syntax or type errors).
        case badRequest
        /// The server asks us to slow down (API 429).
        case rateLimited
        /// The server failed (API 5xx, PostgreSQL internal errors).
        case server
        /// The answer cannot be understood (malformed or truncated JSON, an unexpected shape).
        case malformed
        /// The statement timeout or request timeout expired.
        case timeout
        /// The user cancelled (Esc, `PQcancel`, a cancelled request).
        case cancelled
        /// An open connection broke; a retry reconnects.
        case connectionLost
    }

    public var kind: Kind
    /// One line for the status line or standard error (masked, terminal-safe).
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// True when trying the same request again may work (the status line offers a retry).
    public var isRetryable: Bool {
        switch kind {
        case .cannotConnect, .rateLimited, .server, .timeout, .cancelled, .connectionLost, .malformed: return true
        case .badLocation, .authentication, .notFound, .badRequest: return false
        }
    }
}
