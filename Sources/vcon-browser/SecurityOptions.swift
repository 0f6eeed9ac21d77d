import ArgumentParser
import Foundation
import VConBundle
import VConCommands
import VConCrypto
import VConModel

/// `--trust`, `--key`, `--files` and `--x5u-file`, shared by the commands that judge envelopes.
struct SecurityOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Trust anchor: a PEM certificate file or a directory of them (repeatable; also VCON_TRUST).", valueName: "PEM"))
    var trust: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Key: a PEM private key to decrypt, a PEM public key to pin, or a symmetric key for dir (repeatable).", valueName: "PEM"))
    var key: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Directory of local copies of external files (named by hash or by the URL's last segment).", valueName: "DIR"))
    var files: String?

    @Option(
        name: .customLong("x5u-file"),
        help: ArgumentHelp("A local PEM chain for an x5u URL, as URL=PEM (repeatable; x5u is never fetched).", valueName: "URL=PEM"))
    var x5uFile: [String] = []

    /// The x5u mapping, or a validation error naming the bad value.
    func x5uFiles() throws -> [String: String] {
        var map: [String: String] = [:]
        for item in x5uFile {
            guard let (url, path) = VerifyCommand.parseX5UFile(item) else {
                throw ValidationError("--x5u-file expects URL=PEM, got \(TextSafety.line(item))")
            }
            map[url] = path
        }
        return map
    }

    /// Every trust path: `--trust` and `VCON_TRUST`.
    var trustPaths: [String] { trust + TrustStore.paths(fromEnvironmentValue: ProcessInfo.processInfo.environment["VCON_TRUST"]) }

    /// The OpenSSL-backed crypto for envelope checks.
    func makeCrypto() throws -> OpenSSLJOSE {
        try OpenSSLJOSE(trustPaths: trustPaths, keyPaths: key, x5uFiles: try x5uFiles())
    }
}
