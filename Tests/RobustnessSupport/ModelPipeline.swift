import VConCommands
import VConModel
import VConSIP

/// Drives one input through every consumer in VConModel, the way `show`, `validate`, `tree`, `ladder`
/// and the browser's explain and diff use them. Nothing here judges the output: the property is that it
/// returns (no trap, no hang) and that every refusal comes with a message.
///
///     let pipeline = ModelPipeline(loader: FileLoader(inflater: ZlibInflater()))
///     let outcome = pipeline.run(mutant.bytes, source: "mutant.json", original: seedFile)
///     #expect(outcome.problems.isEmpty, "\(mutant.label): \(outcome.problems)")
public struct ModelPipeline: Sendable {
    public var loader: FileLoader

    public init(loader: FileLoader = FileLoader()) { self.loader = loader }

    /// What happened to one input.
    public struct Outcome: Sendable {
        /// The file as opened, when it opened.
        public var file: LoadedFile?
        /// Contract breaches seen (an empty error message, a location before line 1…).
        public var problems: [String] = []
        /// Characters of output produced in all (so the work cannot be optimised away and sizes can be compared).
        public var outputSize = 0
    }

    /// Pointers explained for every input: ordinary ones, deep ones, odd escapes, huge indices.
    public static let explainPointers = [
        "", "/", "/vcon", "/uuid", "/parties/0/name", "/dialog/0/body", "/dialog/0/parties/1", "/analysis/0/body",
        "/attachments/0/body/messages/0/method", "/attachments/1/body", "/group/0/uuid", "/signatures/0/header/x5c/0",
        "/payload", "/recipients/0/encrypted_key", "/a~1b/~0c", "/~2", "/dialog/99999999999999999999999/type",
        "/dialog/-1", "no-slash", "//", "/redacted/body", "/amended/uuid",
    ]

    /// Parses, loads, validates, reports, lays out ladders, explains, diffs against `original`, and
    /// builds a one-member library and its relation graph.
    public func run(_ bytes: [UInt8], source: String = "mutant.vcon.json", original: LoadedFile? = nil) -> Outcome {
        var outcome = Outcome()
        do {
            let document = try JSONDocument.parse(bytes: bytes)
            outcome.outputSize += document.valueCount
        } catch {
            if error.message.isEmpty { outcome.problems.append("JSONError with an empty message") }
            if error.location.line < 1 || error.location.column < 1 { outcome.problems.append("JSONError at \(error.location)") }
        }
        let file: LoadedFile
        do {
            file = try loader.load(buffer: ByteBuffer(bytes), source: source)
        } catch {
            if error.message.isEmpty { outcome.problems.append("LoadError with an empty message") }
            outcome.outputSize += error.description.count
            let findings = FindingsReport.findings(for: error)
            outcome.outputSize += FindingsReport.text([FindingsReport.Entry(source: source, file: nil, findings: findings)]).count
            return outcome
        }
        outcome.file = file
        report(file, into: &outcome)
        if let vcon = file.vcon { ladders(vcon, into: &outcome) }
        explain(file, into: &outcome)
        if let original { diff(original, file, into: &outcome) }
        relations(file, into: &outcome)
        return outcome
    }

    private func report(_ file: LoadedFile, into outcome: inout Outcome) {
        let findings = Validator.validate(file)
        for finding in findings where finding.message.isEmpty {
            outcome.problems.append("finding \(finding.rule) with an empty message")
        }
        let entry = FindingsReport.Entry(source: file.source, file: file, findings: findings)
        outcome.outputSize += FindingsReport.text([entry]).count
        outcome.outputSize += FindingsReport.json([entry]).render(indent: 2).count
        let show = ShowReport(file: file, findings: findings)
        outcome.outputSize += show.text().count
        outcome.outputSize += show.json().render(indent: 2).count
    }

    private func ladders(_ vcon: VCon, into outcome: inout Outcome) {
        var dialogs: [Int?] = [nil]
        dialogs += LadderSources.signalingDialogs(vcon).prefix(4).map { Optional($0) }
        for dialog in dialogs {
            let layout = LadderLayout(LadderSources.input(from: vcon, dialog: dialog))
            outcome.outputSize += layout.dump().count + layout.jsonString().count
        }
    }

    private func explain(_ file: LoadedFile, into outcome: inout Outcome) {
        let form: ExplainForm =
            switch file.form {
            case .jws: .jws
            case .jwe: .jwe
            default: .vcon
            }
        let attachments = file.vcon?.attachments ?? []
        for pointer in Self.explainPointers {
            let match = Explain.entry(forPointer: pointer, inForm: form) { index in
                attachments.indices.contains(index) ? attachments[index].purpose : nil
            }
            if let match { outcome.outputSize += match.entry.title.count + match.notes.count }
        }
    }

    private func diff(_ original: LoadedFile, _ file: LoadedFile, into outcome: inout Outcome) {
        var options = VConDiff.Options()
        for mode in [VConDiff.Options.Mode.automatic, .both] {
            options.mode = mode
            let result = VConDiff.compare(before: original, after: file, options: options)
            outcome.outputSize += VConDiff.renderText(result).count
            let reverse = VConDiff.compare(before: file, after: original, options: options)
            outcome.outputSize += VConDiff.renderText(reverse).count
        }
    }

    private func relations(_ file: LoadedFile, into outcome: inout Outcome) {
        var library = Library()
        library.add(LibraryMember(source: .file(file.source), file: file), loader: loader)
        let graph = RelationGraph(library: library)
        outcome.outputSize += TreeReport.text(graph).count + TreeReport.text(graph, ascii: true).count
        outcome.outputSize += TreeReport.json(graph).render(indent: 2).count
    }
}
