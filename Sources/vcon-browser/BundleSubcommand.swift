import ArgumentParser
import Foundation
import VConBundle
import VConCommands
import VConCrypto
import VConModel

/// `vcon-browser bundle list|verify|create`: `.vconz` bundles.
struct BundleSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "List, verify or create .vconz bundles (draft-miller-vcon-zip-bundle).",
        subcommands: [List.self, Verify.self, Create.self]
    )

    /// Prints what a bundle command produced; with `ascii` (ASCII mode) its text is escaped to ASCII.
    static func emit(_ output: CommandOutput, ascii: Bool = false) throws {
        if !output.stdout.isEmpty { Output.text(output.stdout, ascii: ascii) }
        if !output.stderr.isEmpty { Output.error(output.stderr) }
        if output.exitCode != 0 { throw ExitCode(output.exitCode) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One line per vCon: uuid, form, file count, subject or party names. Exit 2 if not a readable bundle.")
        @OptionGroup var asciiOption: ASCIIOption
        @Argument(help: "The bundle.") var bundle: String
        func run() throws { try BundleSubcommand.emit(BundleCommands.list(path: bundle), ascii: asciiOption.isOn) }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every rule of the bundle draft and every hash. Exit 0 clean, 1 errors, 2 not a readable bundle.")
        @Flag(name: .long, help: "Print the result as JSON.") var json = false
        @Flag(name: .customLong("missing-as-warning"), help: "Report missing referenced files as warnings, not errors.")
        var missingAsWarning = false
        @OptionGroup var asciiOption: ASCIIOption
        @Argument(help: "The bundle.") var bundle: String
        func run() throws {
            var options = BundleOptions()
            if missingAsWarning { options.missingFileSeverity = .warning }
            try BundleSubcommand.emit(
                BundleCommands.verify(path: bundle, digester: OpenSSLDigester(), options: options, json: json),
                ascii: !json && asciiOption.isOn)
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Package vCons (bytes unchanged) and their referenced files into a new bundle.")
        @Option(name: .long, help: ArgumentHelp("Directory of the referenced files (by hash or URL name).", valueName: "DIR"))
        var files: String?
        @Flag(name: .long, help: "Overwrite OUT if it exists.") var force = false
        @Flag(name: .customLong("allow-missing"), help: "Create the bundle even when referenced files are missing.")
        var allowMissing = false
        @Argument(help: "The bundle to write.") var output: String
        @Argument(help: "vCon files to put in it.") var inputs: [String]
        func run() throws {
            try BundleSubcommand.emit(
                BundleCommands.create(
                    output: output, inputs: inputs, filesDirectory: files, force: force, allowMissing: allowMissing,
                    digester: OpenSSLDigester()))
        }
    }
}
