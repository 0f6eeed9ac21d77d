import ArgumentParser
import Foundation
import VConBundle
import VConCommands
import VConCrypto
import VConModel

/// `vcon-browser verify FILE`: the envelope stack, layer by layer, with verdicts and reasons.
struct VerifySubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check signatures, decryption, certificate chains, content hashes and STIR PASSporTs.",
        discussion: """
            Prints one line per layer (outermost first) with its verdict and reason, then the certificate \
            chain, content hashes and STIR. Nothing is fetched: x5u and external URLs are offline unless a \
            local copy is given. Without --trust the chain is never called trusted.

            Exit status: 0 verified or unsigned; 1 invalid, or JSON that is not a vCon; 2 unreadable; \
            3 untrusted or encrypted (the table of `vcon-browser --help`).
            """
    )

    @OptionGroup var security: SecurityOptions

    @OptionGroup(title: "Stores") var store: StoreOptions

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @OptionGroup var asciiOption: ASCIIOption

    @Argument(help: "The vCon file, or a store member (SOURCE#<uuid>).")
    var file: String

    func run() throws {
        var options = VerifyCommand.Options(file: file)
        if let reference = StoreMember.reference(file) {
            do {
                let fetched = try StoreMember.fetch(reference, settings: store.settings)
                options = VerifyCommand.Options(file: fetched.name)
                options.bytes = fetched.bytes
            } catch {
                Output.error(error.description)
                throw ExitCode(2)
            }
        }
        try Self.requireVCon(options)
        options.trust = security.trust
        options.keys = security.key
        options.filesDirectory = security.files
        options.x5uFiles = try security.x5uFiles()
        options.json = json
        options.environmentTrust = ProcessInfo.processInfo.environment["VCON_TRUST"]
        let outcome = VerifyCommand.run(options, inflater: ZlibInflater())
        // (The envelope check alone calls any JSON "unsigned"; `requireVCon` ran the one vCon rule first.)
        if outcome.report == nil {
            Output.error(outcome.output)
        } else if json {
            Output.out(outcome.output)
        } else {
            Output.text(outcome.output, ascii: asciiOption.isOn)
        }
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }

    /// The one rule of "is this a vCon" (issue 12.6a): JSON that is not a vCon in any form (a schema, a lone
    /// dialog) is exit status 1 with one line, as in every command, never "unsigned" with 0; a file that cannot
    /// be read or is not JSON is 2 with one line, as everywhere.
    static func requireVCon(_ options: VerifyCommand.Options) throws {
        let loader = makeLoader()
        do {
            if let bytes = options.bytes {
                _ = try loader.load(buffer: ByteBuffer(bytes), source: options.file)
            } else if options.file != "-" {  // verify reads files; `-` is not standard input here
                _ = try loader.load(path: options.file)
            }
        } catch {
            throw ExitStatus.fail(error.description, status: ExitStatus.of(error))
        }
    }
}
