import Foundation
import VConModel

/// The keys a user supplied (`--key FILE`, repeatable), sorted by kind.
///
/// - a PEM private key: a JWE recipient key (tried on every RSA recipient);
/// - a PEM public key: a pinned signature key, used for signatures whose header names no certificate
///   (vcon-lib's hybrid) — a signature it verifies counts as verified, "by the key you supplied";
/// - any other file: a symmetric key for JWE `dir`, as base64url text or raw bytes.
public struct KeyRing: Sendable {
    /// A key and the label it is reported under (its file name).
    public struct Labelled<Key: Sendable>: Sendable {
        public var label: String
        public var key: Key
    }

    public var privateKeys: [Labelled<PKey>] = []
    public var publicKeys: [Labelled<PKey>] = []
    public var symmetricKeys: [Labelled<[UInt8]>] = []

    public init() {}

    /// Loads each file; a file that is none of the three kinds is an error naming it.
    public static func load(paths: [String]) throws(KeyLoadError) -> KeyRing {
        var ring = KeyRing()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw KeyLoadError(path: path, message: "cannot read the file")
            }
            try ring.add(Array(data), label: (path as NSString).lastPathComponent, path: path)
        }
        return ring
    }

    /// Adds one key from its file bytes.
    public mutating func add(_ bytes: [UInt8], label: String, path: String? = nil) throws(KeyLoadError) {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("-----BEGIN") {
            if text.contains("PRIVATE KEY-----") {
                do {
                    privateKeys.append(Labelled(label: label, key: try PKey.privateKey(pem: bytes)))
                } catch {
                    throw KeyLoadError(
                        path: path ?? label, message: "not a usable private key (encrypted keys are not supported): \(error)")
                }
            } else if text.contains("PUBLIC KEY-----") {
                do {
                    publicKeys.append(Labelled(label: label, key: try PKey.publicKey(pem: bytes)))
                } catch {
                    throw KeyLoadError(path: path ?? label, message: "not a usable public key: \(error)")
                }
            } else {
                throw KeyLoadError(path: path ?? label, message: "PEM holds no PRIVATE KEY or PUBLIC KEY (certificates go to --trust)")
            }
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let decoded = Base64.decodeBytes(trimmed), [16, 24, 32, 48, 64].contains(decoded.count) {
            symmetricKeys.append(Labelled(label: label, key: decoded))
        } else if [16, 24, 32, 48, 64].contains(bytes.count) {
            symmetricKeys.append(Labelled(label: label, key: bytes))
        } else {
            throw KeyLoadError(path: path ?? label, message: "not a PEM key, nor a 16/24/32/48/64-byte symmetric key")
        }
    }
}

/// A `--key` file that could not be used.
public struct KeyLoadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "key \(path): \(message)" }
}
