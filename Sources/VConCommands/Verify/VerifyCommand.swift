import Foundation
import VConCrypto
import VConModel

/// Everything `vcon-browser verify` needs, so the executable only parses arguments and prints.
public enum VerifyCommand {
    /// The command's inputs, as parsed from the command line.
    public struct Options: Sendable {
        public var file: String
        /// `--trust FILE|DIR`, repeatable (PEM certificates).
        public var trust: [String] = []
        /// `--key FILE`, repeatable (PEM private/public keys, or a symmetric key for `dir`).
        public var keys: [String] = []
        /// `--files DIR`: local copies of external references.
        public var filesDirectory: String?
        /// `--x5u-file URL=PEM`, repeatable, already split (see `parseX5UFile`).
        public var x5uFiles: [String: String] = [:]
        /// `--json`.
        public var json = false
        /// The `VCON_TRUST` environment value (paths separated by `:`), added to `trust`.
        public var environmentTrust: String?
        /// The bytes to verify when they do not come from `file` (a store member; `file` is then its name).
        public var bytes: [UInt8]?

        public init(file: String) {
            self.file = file
        }
    }

    /// What to print and the exit status.
    public struct Outcome: Sendable {
        public var output: String
        public var exitStatus: Int32
        /// The report, when the file could be read (nil on an option error).
        public var report: VerificationReport?
    }

    /// Splits `URL=PEM` at the last `=` (URLs may contain `=`, file names rarely do).
    public static func parseX5UFile(_ text: String) -> (url: String, path: String)? {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex else { return nil }
        let path = String(text[text.index(after: equals)...])
        return path.isEmpty ? nil : (String(text[..<equals]), path)
    }

    /// Runs `verify`: loads anchors and keys, reads the file, builds the report and renders it.
    /// A bad `--trust`/`--key` or an unreadable file gives exit status 2 and a one-line message.
    public static func run(_ options: Options, inflater: (any Inflating)?, now: Date = Date()) -> Outcome {
        let trust = options.trust + TrustStore.paths(fromEnvironmentValue: options.environmentTrust)
        let crypto: OpenSSLJOSE
        do {
            crypto = try OpenSSLJOSE(trustPaths: trust, keyPaths: options.keys, x5uFiles: options.x5uFiles)
        } catch {
            return Outcome(output: "vcon-browser verify: \(TextSafety.line(String(describing: error)))\n", exitStatus: 2, report: nil)
        }
        guard let data = options.bytes.map({ Data($0) }) ?? FileManager.default.contents(atPath: options.file) else {
            return Outcome(output: "vcon-browser verify: cannot read \(TextSafety.line(options.file))\n", exitStatus: 2, report: nil)
        }
        let context = EnvelopeContext(crypto: crypto, inflater: inflater, now: now)
        let report = VerificationReport.make(
            file: options.file, bytes: Array(data), context: context, filesDirectory: options.filesDirectory)
        return Outcome(output: options.json ? report.renderJSON() : report.renderText(), exitStatus: report.exitStatus, report: report)
    }
}
