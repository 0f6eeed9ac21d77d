import ArgumentParser
import Foundation
import VConBundle
import VConCrypto
import VConModel

/// `vcon-browser verify FILE`: the envelope stack, layer by layer, with verdicts and reasons.
struct VerifySubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check signatures, decryption, certificate chains, content hashes and STIR PASSporTs.",
        discussion: """
            Prints one line per layer (outermost first) with its verdict and reason, then the certificate
            chain, content hashes and STIR. Nothing is fetched: x5u and external URLs are offline unless a
            local copy is given. Without --trust the chain is never called trusted.
            Exit status: 0 verified or unsigned; 1 invalid; 2 unreadable; 3 untrusted or encrypted.
            """
    )

    @OptionGroup var security: SecurityOptions

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Argument(help: "The vCon file, or a store member (SOURCE#<uuid>).")
    var file: String

    func run() throws {
        var options = VerifyCommand.Options(file: file)
        if let reference = StoreMember.reference(file) {
            do {
                let fetched = try StoreMember.fetch(reference)
                options = VerifyCommand.Options(file: fetched.name)
                options.bytes = fetched.bytes
            } catch {
                Output.error(error.description)
                throw ExitCode(2)
            }
        }
        options.trust = security.trust
        options.keys = security.key
        options.filesDirectory = security.files
        options.x5uFiles = try security.x5uFiles()
        options.json = json
        options.environmentTrust = ProcessInfo.processInfo.environment["VCON_TRUST"]
        let outcome = VerifyCommand.run(options, inflater: ZlibInflater())
        if outcome.report == nil { Output.error(outcome.output) } else { Output.out(outcome.output) }
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }
}
