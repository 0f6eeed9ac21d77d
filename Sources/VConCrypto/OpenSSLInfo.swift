internal import COpenSSL

/// Facts about the linked OpenSSL library.
public enum OpenSSLInfo {
    /// The library's version text, from `OpenSSL_version(OPENSSL_VERSION)`.
    public static var version: String {
        guard let text = OpenSSL_version(OPENSSL_VERSION) else { return "unknown" }
        return String(cString: text)
    }
}
