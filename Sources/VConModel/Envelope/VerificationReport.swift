import Foundation

/// Everything `vcon-browser verify` reports about one file: the envelope stack, content hashes and STIR.
public struct VerificationReport: Sendable {
    /// The file name as given on the command line.
    public var file: String
    public var envelope: EnvelopeResult
    public var hashes: [HashCheck]
    public var stir: [StirCheck]

    public init(file: String, envelope: EnvelopeResult, hashes: [HashCheck], stir: [StirCheck]) {
        self.file = file
        self.envelope = envelope
        self.hashes = hashes
        self.stir = stir
    }

    /// The file verdict: the worst layer, and `invalid` when a content hash mismatches.
    /// (STIR results are shown but do not decide the file's verdict: they vouch for a caller, not for the file.)
    public var verdict: FileVerdict {
        var verdict = envelope.verdict
        if hashes.contains(where: { $0.status == .mismatch }) { verdict = max(verdict, .invalid) }
        return verdict
    }

    /// The process exit status for `verify`.
    public var exitStatus: Int32 { verdict.exitStatus }

    /// Unwraps `bytes`, then checks content hashes and STIR of the innermost vCon.
    ///
    /// - Parameters:
    ///   - filesDirectory: local copies of external references (`--files DIR`), or nil.
    public static func make(
        file: String, bytes: [UInt8], context: EnvelopeContext, filesDirectory: String?
    ) -> VerificationReport {
        let envelope = Envelope.unwrap(bytes, context: context)
        guard let document = envelope.innerDocument else {
            return VerificationReport(file: file, envelope: envelope, hashes: [], stir: [])
        }
        let vcon = VCon(json: document.root)
        let hashes = ContentHashVerifier(digests: context.crypto.digests, filesDirectory: filesDirectory).check(vcon)
        let stir = StirVerifier(crypto: context.crypto, now: context.now).check(vcon)
        return VerificationReport(file: file, envelope: envelope, hashes: hashes, stir: stir)
    }
}
