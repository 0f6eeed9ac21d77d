import Foundation
import VConCommands
import VConModel
import VConSIP

/// The text `vcon-browser demo-check` prints: the demo's relation tree, then one line per bundle member
/// with its layers, generation, envelope verdict and findings count, then the SIP ladders.
///
/// ```
/// de04d966-…  jws verified → vcon plain  0.4.0  [S] signed by signer.demo…  0 findings  "Signed: order …"
/// ladder de037b76-… dialog 0: INVITE (SDP), 100 Trying, 180 Ringing, 200 OK (SDP), …
/// ```
/// Every vCon string goes through `TextSafety.line`, so escape sequences print as `\u001b`.
enum DemoReport {
    /// One bundle member as the report sees it.
    struct Row {
        var uuid: String
        var layers: [VConForm]
        /// The envelope stack with verdicts ("jwe decrypted → jws verified → vcon plain").
        var stack: String
        var generation: String
        var badge: String
        var findings: [Finding]
        var subject: String?
    }

    /// The rows for every bundle member, in bundle order; encrypted members are judged through their decrypted layer.
    static func rows(_ opening: OpenedLibrary, context: EnvelopeContext) -> [Row] {
        let members = opening.library.members
        return members.enumerated().compactMap { index, member -> Row? in
            guard case .bundleMember = member.source, let inner = member.file,
                let envelope = opening.envelopes[index] ?? Optional(Envelope.unwrap(inner.buffer.bytes, context: context))
            else { return nil }
            let generation =
                inner.vcon.map { vcon in
                    vcon.generationIsInferred ? "none (reads as \(vcon.generation))" : vcon.generation.description
                } ?? "?"
            return Row(
                uuid: member.uuid ?? "?", layers: inner.layers, stack: envelope.stackLine, generation: generation,
                badge: envelope.badge(ascii: true), findings: Validator.validate(inner).filter { $0.severity != .info },
                subject: inner.vcon?.subject)
        }
    }

    /// The whole report.
    static func text(_ opening: OpenedLibrary, context: EnvelopeContext) -> String {
        let bundle = opening.bundles.first
        var out = "demo: \(Demo.bundleName), \(bundle?.members.count ?? 0) vCons, \(bundle?.files.count ?? 0) files; "
        out += "\(Demo.trustNote)\n\ntree:\n"
        out += TreeReport.text(opening.graph, ascii: true)
        out += "\nmembers:\n"
        for row in rows(opening, context: context) {
            let subject = row.subject.map { "  \"\(TextSafety.line($0))\"" } ?? ""
            out += "\(TextSafety.line(row.uuid))  \(row.stack)  \(row.generation)  \(row.badge)  \(row.findings.count) findings\(subject)\n"
            for finding in row.findings {
                out +=
                    "    \(finding.severity) [\(finding.rule)] \(TextSafety.line(finding.pointer)): \(TextSafety.line(finding.message))\n"
            }
        }
        out += "\nladders:\n"
        for member in opening.library.members {
            guard case .bundleMember = member.source, let vcon = member.vcon, LadderSources.hasSignaling(vcon) else { continue }
            for dialog in LadderSources.signalingDialogs(vcon) {
                let layout = LadderLayout(LadderSources.input(from: vcon, dialog: dialog))
                let labels = layout.messages.map { row in
                    row.retransmissionOf == nil ? row.label : "\(row.label) (retransmission)"
                }
                out += "\(TextSafety.line(vcon.uuid ?? "?")) dialog \(dialog): \(labels.map(TextSafety.line).joined(separator: ", "))\n"
            }
        }
        return out
    }
}
