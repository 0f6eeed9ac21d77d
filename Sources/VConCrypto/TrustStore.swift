internal import COpenSSL
import Foundation

/// Trust anchors in an OpenSSL certificate store (`X509_STORE`), freed with `X509_STORE_free`.
public final class TrustStore: @unchecked Sendable {
    // Only read after init: X509_STORE lookups are internally locked in OpenSSL 3.
    let ref: OpaquePointer  // <X509_STORE>
    /// The anchors, also kept as objects so that chain links can be checked against their keys.
    public let anchors: [Certificate]

    /// A store holding exactly `anchors` (`X509_STORE_add_cert`); no system defaults.
    public init(anchors: [Certificate]) throws(OpenSSLError) {
        guard let store = X509_STORE_new() else { throw OpenSSLError.drain("X509_STORE_new") }
        ref = store
        self.anchors = anchors
        for anchor in anchors where X509_STORE_add_cert(store, anchor.ref) != 1 {
            // A duplicate anchor is reported as an error by OpenSSL but is harmless.
            OpenSSLError.drainQueue()
        }
    }

    deinit { X509_STORE_free(ref) }

    /// Reads PEM certificates from files and directories (every regular file in a directory, sorted by name,
    /// that holds at least one PEM certificate; other files are skipped).
    public static func loadAnchors(paths: [String]) throws(TrustLoadError) -> [Certificate] {
        var anchors: [Certificate] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TrustLoadError(path: path, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                for name in names.sorted() {
                    let file = (path as NSString).appendingPathComponent(name)
                    guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                    if let found = try? Certificate.allFromPEM(Array(bytes)) { anchors += found }
                }
            } else {
                guard let bytes = FileManager.default.contents(atPath: path) else {
                    throw TrustLoadError(path: path, message: "cannot read the file")
                }
                do {
                    anchors += try Certificate.allFromPEM(Array(bytes))
                } catch {
                    throw TrustLoadError(path: path, message: "no PEM certificate in it (\(error))")
                }
            }
        }
        return anchors
    }

    /// Splits a `VCON_TRUST` value (paths separated by `:`) into paths.
    public static func paths(fromEnvironmentValue value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
}

/// A trust anchor path that could not be used.
public struct TrustLoadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "trust anchor \(path): \(message)" }
}
