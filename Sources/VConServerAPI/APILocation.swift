import Foundation
import VConStore

/// A vcon-server API as the user named it: `https://host/api`, or `http://` on a loopback address only
/// (a token must not cross a network in clear text), and the token from `VCON_SERVER_TOKEN`.
public struct APILocation: Sendable {
    /// The base URL, without a trailing slash (`https://conserver.example.com/api`).
    public let base: URL
    /// The base as shown (no user info, no query).
    public let display: String
    /// The token sent in `x-conserver-api-token`; nil sends none (a server without auth).
    let token: String?
    /// Hides the token from every message.
    public let mask: SecretMask

    /// True for text the API source should open.
    public static func handles(_ text: String) -> Bool {
        text.hasPrefix("https://") || text.hasPrefix("http://")
    }

    /// Checks the URL and picks up the token (`token` wins over `VCON_SERVER_TOKEN`).
    public init(
        _ text: String, token: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) {
        let token = token ?? environment["VCON_SERVER_TOKEN"]
        let mask = SecretMask([token].compactMap { $0 })
        guard var parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(), let host = parts.host,
            !host.isEmpty
        else {
            throw StoreError(.badLocation, mask.apply("not a URL: \(text)"))
        }
        guard parts.user == nil, parts.password == nil else {
            throw StoreError(
                .badLocation, "put the API token in VCON_SERVER_TOKEN, not in the URL (\(mask.apply(host)))")
        }
        let loopback = ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
        guard scheme == "https" || (scheme == "http" && loopback) else {
            throw StoreError(
                .badLocation,
                mask.apply(
                    "plain http is only allowed to a loopback address (the token would cross the network in clear): use https://\(host)"))
        }
        parts.query = nil
        parts.fragment = nil
        while parts.path.hasSuffix("/") { parts.path.removeLast() }
        guard let base = parts.url else { throw StoreError(.badLocation, mask.apply("not a URL: \(text)")) }
        self.base = base
        self.display = mask.apply(base.absoluteString)
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.mask = mask
    }

    /// `base` + `path` + query items (percent-encoded by URLComponents; `+` in values is encoded as `%2B`,
    /// since the server would read a bare `+` as a space).
    func url(_ path: String, _ items: [(String, String)] = []) -> URL? {
        guard var parts = URLComponents(url: base, resolvingAgainstBaseURL: false) else { return nil }
        parts.path += path
        if !items.isEmpty {
            parts.percentEncodedQuery = items.map { name, value in
                Self.encode(name) + "=" + Self.encode(value)
            }.joined(separator: "&")
        }
        return parts.url
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~:")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
