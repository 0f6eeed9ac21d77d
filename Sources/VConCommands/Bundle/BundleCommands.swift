import Foundation
import VConBundle
import VConLibrary
import VConModel

/// The `vcon-browser bundle …` subcommands as pure functions: inputs in, text and exit status out.
/// Every string from a bundle is escaped for the terminal before it is put in the output.
public enum BundleCommands {
    /// `bundle list BUNDLE`: one line per vCon, `uuid  form  files  subject-or-parties`, sorted by entry name.
    ///
    /// Exit 0; 2 when the file is not a readable bundle. Structural errors (no manifest…) go to stderr.
    public static func list(path: String, options: BundleOptions = BundleOptions()) -> CommandOutput {
        let reader: BundleReader
        do { reader = try BundleReader.open(path: path, options: options) } catch {
            return CommandOutput(stderr: "\(TextSafety.line(path)): \(TextSafety.line(error.message))\n", exitCode: 2)
        }
        return CommandOutput(
            stdout: BundleListing.render(summaries(reader), reader: reader),
            stderr: reader.structureFindings.filter { $0.finding.severity == .error }
                .map { $0.line(bundle: path) + "\n" }.joined())
    }

    /// Every member summarised through a catalog over the bundle: each member inflated and parsed once, one at a
    /// time (the cache holds one document), no validation or judging (a listing needs neither).
    static func summaries(_ reader: BundleReader) -> [BundleMemberSummary] {
        let catalog = Catalog(
            sources: [BundleSource(reader: reader)], opener: MemberOpener(loader: FileLoader(inflater: ZlibInflater()), validates: false),
            cacheLimit: 1)
        catalog.listAll()
        return zip(reader.members, catalog.entries).map { member, entry in
            let opened = try? catalog.open(entry.id)
            if let file = opened?.file { return BundleMemberSummary(member: member, file: file) }
            return BundleMemberSummary(member: member, problem: opened?.error?.message ?? "cannot be read")
        }
    }

    /// `bundle verify BUNDLE [--json]`: every rule and every hash.
    ///
    /// Exit 0 when clean (warnings allowed), 1 when any error, 2 when not a readable bundle.
    public static func verify(
        path: String, digester: any Digesting, options: BundleOptions = BundleOptions(),
        json: Bool = false
    ) -> CommandOutput {
        let reader: BundleReader
        do { reader = try BundleReader.open(path: path, options: options) } catch {
            if json {
                let object = JSONOutput.object([("bundle", .string(path)), ("readable", .bool(false)), ("error", .string(error.message))])
                return CommandOutput(stdout: object.render(indent: 2) + "\n", exitCode: 2)
            }
            return CommandOutput(
                stderr: "\(TextSafety.line(path)): not a readable bundle: \(TextSafety.line(error.message))\n", exitCode: 2)
        }
        let verification = BundleVerifier.verify(reader, digester: digester)
        if json {
            return CommandOutput(
                stdout: VerificationJSON.render(verification, reader: reader).render(indent: 2) + "\n",
                exitCode: verification.exitCode)
        }
        var text = verification.findings.map { $0.line(bundle: path) + "\n" }.joined()
        text += "\(TextSafety.line(path)): \(reader.members.count) vCons, \(reader.files.count) files; "
        text += "\(verification.filesChecked) files hashed (\(verification.hashesChecked) hashes); "
        text += "\(verification.errorCount) errors, \(verification.warningCount) warnings, \(verification.infoCount) notes\n"
        return CommandOutput(stdout: text, exitCode: verification.exitCode)
    }

    /// `bundle create OUT FILE... [--files DIR] [--force] [--allow-missing]`.
    ///
    /// Exit 0 when written and clean; 1 when creation was refused (nothing written) or the bundle
    /// read back has errors. Notes and warnings go to stderr.
    public static func create(
        output: String, inputs: [String], filesDirectory: String?, force: Bool,
        allowMissing: Bool = false, digester: any Digesting, date: Date = Date()
    ) -> CommandOutput {
        var writer = BundleWriter(digester: digester, filesDirectory: filesDirectory)
        writer.overwrite = force
        writer.allowMissingFiles = allowMissing
        writer.modificationDate = date
        let creation: BundleCreation
        do { creation = try writer.create(at: output, from: inputs) } catch {
            return CommandOutput(stderr: "bundle create: \(TextSafety.line(error.message))\n", exitCode: 1)
        }
        let notes = (creation.notes + creation.verification.findings.filter { $0.finding.severity != .info })
            .map { $0.line(bundle: output) + "\n" }.joined()
        let summary = "wrote \(TextSafety.line(output)): \(creation.vcons.count) vCons, \(creation.files.count) files\n"
        return CommandOutput(stdout: summary, stderr: notes, exitCode: creation.verification.exitCode)
    }
}
