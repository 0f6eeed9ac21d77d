import Foundation
import VConBundle
import VConCrypto
import VConLibrary
import VConModel

/// The built-in demo: a `.vconz` bundle written by the project (Tests/Fixtures/Demo/generate.py), embedded
/// in the binary with the demo recipient key and the demo root certificate.
///
/// Everything is opened from memory: nothing is written to disk. The key and root are public demo
/// material; they are only ever used for the demo library, never added to what the user opens.
///
/// ```swift
/// let opening = try Demo.open(ascii: false)   // the same OpenedLibrary the command line builds
/// ```
enum Demo {
    /// The name the embedded bundle is shown under (sources read `vcon-browser-demo.vconz!vcons/<uuid>.json`).
    static let bundleName = "vcon-browser-demo.vconz"

    /// How the demo's signatures are trusted, in words for the header or the Security pane.
    static let trustNote = "trusted by the built-in Demo Root CA (demo only)"

    /// The embedded bundle's bytes.
    static func bundleBytes() throws(DemoError) -> [UInt8] {
        try decode(DemoData.bundleBase64, what: "bundle")
    }

    /// PEM text of the demo recipient's private key (RSA-2048; decrypts the encrypted members).
    static func recipientKeyPEM() throws(DemoError) -> [UInt8] {
        try decode(DemoData.recipientKeyBase64, what: "recipient key")
    }

    /// PEM text of "Demo Root CA", the anchor every demo signature (and the STIR certificate) chains to.
    static func rootCertificatePEM() throws(DemoError) -> [UInt8] {
        try decode(DemoData.rootCertificateBase64, what: "root certificate")
    }

    /// The key ring holding the demo recipient key, labelled "built-in demo key".
    static func keyRing() throws(DemoError) -> KeyRing {
        let pem = try recipientKeyPEM()
        var ring = KeyRing()
        do {
            try ring.add(pem, label: "built-in demo key")
        } catch {
            throw DemoError("the embedded demo key cannot be read: \(error)")
        }
        return ring
    }

    /// The trust store holding only the demo root.
    static func trustStore() throws(DemoError) -> TrustStore {
        let pem = try rootCertificatePEM()
        do {
            return try TrustStore(anchors: try Certificate.allFromPEM(pem))
        } catch {
            throw DemoError("the embedded demo root cannot be read: \(error)")
        }
    }

    /// Crypto for the demo: the demo key and root, plus any keys and anchors the user supplied.
    static func crypto(extraKeys: KeyRing = KeyRing(), extraAnchors: [Certificate] = []) throws(DemoError) -> OpenSSLJOSE {
        var ring = try keyRing()
        ring.privateKeys += extraKeys.privateKeys
        ring.publicKeys += extraKeys.publicKeys
        ring.symmetricKeys += extraKeys.symmetricKeys
        let anchors = try trustStore().anchors + extraAnchors
        do {
            return OpenSSLJOSE(keys: ring, trust: try TrustStore(anchors: anchors))
        } catch {
            throw DemoError("cannot build the demo trust store: \(error)")
        }
    }

    /// The embedded bundle opened from memory.
    static func reader() throws(DemoError) -> BundleReader {
        let bytes = try bundleBytes()
        do {
            return try BundleReader.open(bytes: bytes, name: bundleName)
        } catch {
            throw DemoError("the embedded demo bundle cannot be opened: \(error.message)")
        }
    }

    /// Opens the demo as the command line opens a library: members loaded, envelope badges set with the
    /// demo key and root (plus any keys and anchors the user gave), decrypted layers added, and the relation
    /// graph built with the bundle's `files/`.
    static func open(
        ascii: Bool, now: Date = Date(), extraKeys: KeyRing = KeyRing(), extraAnchors: [Certificate] = []
    ) throws(DemoError) -> OpenedLibrary {
        OpenedLibrary.open(try catalog(now: now, extraKeys: extraKeys, extraAnchors: extraAnchors), ascii: ascii, filesDirectory: nil)
    }

    /// The demo as a catalog over the embedded bundle (nothing opened yet); nothing of it is an input path.
    static func catalog(now: Date = Date(), extraKeys: KeyRing = KeyRing(), extraAnchors: [Certificate] = []) throws(DemoError) -> Catalog {
        let crypto = try crypto(extraKeys: extraKeys, extraAnchors: extraAnchors)
        return Catalog(sources: [try source()], opener: OpenedLibrary.opener(crypto: crypto, now: now))
    }

    /// The embedded bundle as a library source; nothing of it is an input path.
    static func source() throws(DemoError) -> BundleSource { BundleSource(reader: try reader(), inputPaths: []) }

    private static func decode(_ text: String, what: String) throws(DemoError) -> [UInt8] {
        guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters), !data.isEmpty else {
            throw DemoError("the embedded demo \(what) is not valid base64 (regenerate with Tests/Fixtures/Demo/generate.py)")
        }
        return Array(data)
    }
}

/// The embedded demo could not be opened (only possible if DemoData.swift was damaged).
struct DemoError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
