import Foundation
import VConModel

/// The `--json` form of `show`: the same facts with a fixed key order.
extension ShowReport {
    /// The summary as a JSON value (render with `JSONOutput.render(indent:)`).
    public func json() -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("file", .string(file.source)),
            ("form", .string(file.form.name)),
            ("layers", .array(file.layers.map { .string($0.name) })),
            ("envelope", envelope?.json ?? .null),
            (
                "security",
                security.map { result in
                    JSONOutput.object([
                        ("verdict", .string(result.verdict.rawValue)), ("badge", .string(result.shortBadge(ascii: true))),
                        ("reason", .optional(result.decidingLayer?.reason)),
                        (
                            "layers",
                            .array(
                                result.layers.map {
                                    .object([("kind", .string($0.kind.rawValue)), ("verdict", .string($0.verdict.rawValue))])
                                })
                        ),
                    ])
                } ?? .null
            ),
        ]
        guard let vcon = file.vcon else {
            members += [
                ("payload_note", .optional(file.innerNote)),
                ("uuid", .null), ("generation", .null), ("generation_inferred", .null), ("profile", .null), ("profile_note", .null),
                ("vcon", .null), ("spellings", .array([])),
                ("subject", .null), ("created_at", .null), ("updated_at", .null),
                ("parties", .array([])), ("dialog", .array([])), ("analysis", .array([])), ("attachments", .array([])),
                ("relations", .array([])),
            ]
            return .object(members + findingMembers())
        }
        members += [
            ("payload_note", .null),
            ("uuid", .optional(vcon.uuid)),
            ("generation", .string(Self.generationName(vcon.generation))),
            ("generation_inferred", .bool(vcon.generationIsInferred)),
            ("profile", .optional(appliedProfile?.name)),
            ("profile_note", .optional(profile == nil ? ProfileComparison.forNewest(vcon)?.summary : nil)),
            ("vcon", .optional(vcon.declaredSyntax)),
            ("spellings", .array(Self.distinctSpellings(vcon).map { .string($0.rawValue) })),
            ("subject", .optional(vcon.subject)),
            ("created_at", .optional(vcon.createdAt)),
            ("updated_at", .optional(vcon.updatedAt)),
            ("extensions", .array(vcon.extensions.map(JSONOutput.string))),
            ("critical", .array(vcon.critical.map(JSONOutput.string))),
            ("critical_unsupported", .array(Self.unsupportedCritical(vcon).map(JSONOutput.string))),
            ("other_keys", .array(vcon.unknownKeys.map(JSONOutput.string))),
            ("parties", .array(vcon.parties.map(partyJSON))),
            ("dialog", .array(vcon.dialog.map(dialogJSON))),
            ("analysis", .array(vcon.analysis.map(analysisJSON))),
            ("attachments", .array(vcon.attachments.map(attachmentJSON))),
            ("relations", .array(relationsJSON(vcon))),
        ]
        return .object(members + findingMembers())
    }

    /// `0.4.0`, or the undefined value as written (`1.0`, empty).
    static func generationName(_ generation: Generation) -> String {
        if case .unknown(let text) = generation { return text }
        return generation.description
    }

    private func findingMembers() -> [(String, JSONOutput)] {
        let counts = Finding.Severity.allCases.reversed().map { severity in
            (severity.rawValue, JSONOutput.int(findings.filter { $0.severity == severity }.count))
        }
        return [
            ("finding_counts", .object(counts)),
            ("findings", .array(findings.map { FindingsReport.json($0, file: file) })),
        ]
    }

    private func partyJSON(_ party: Party) -> JSONOutput {
        .object([
            ("index", .int(party.index)), ("name", .optional(party.name)), ("tel", .optional(party.tel)),
            ("mailto", .optional(party.mailto)), ("sip", .optional(party.sip)), ("did", .optional(party.did)),
            ("uuid", .optional(party.uuid)), ("role", .optional(party.role)), ("label", .string(party.resolvedLabel)),
        ])
    }

    private func contentJSON(_ content: Content) -> JSONOutput {
        let kind = content.isInline ? "inline" : content.isExternal ? "external" : "none"
        return .object([
            ("kind", .string(kind)),
            ("encoding", .optional(content.isInline ? content.effectiveEncoding.map { "\($0)" } : nil)),
            ("encoding_inferred", .bool(content.isInline && content.declaredEncoding == nil)),
            ("size", .optional(content.encodedSize)),
            ("url", .optional(content.url)),
            ("hashes", .array(content.hashes.map { .string($0.isLegacy ? "\($0.algorithmName) (alg+signature)" : $0.algorithmName) })),
            ("filename", .optional(content.filename)),
        ])
    }

    private func dialogJSON(_ item: Dialog) -> JSONOutput {
        let duration = item.json["duration"]?.numberText.map(JSONOutput.number) ?? .null
        return .object([
            ("index", .int(item.index)), ("type", .optional(item.type)), ("start", .optional(item.start)),
            ("duration", duration), ("parties", .array(item.parties.all.map(JSONOutput.int))),
            ("originator", .optional(item.originator)), ("mediatype", .optional(item.content.mediatype)),
            ("disposition", .optional(item.disposition)), ("content", contentJSON(item.content)),
        ])
    }

    private func analysisJSON(_ item: Analysis) -> JSONOutput {
        .object([
            ("index", .int(item.index)), ("type", .optional(item.type)), ("dialog", .array(item.dialog.map(JSONOutput.int))),
            ("attachment", .array(item.attachment.map(JSONOutput.int))), ("vendor", .optional(item.vendor)),
            ("product", .optional(item.product)), ("schema", .optional(item.schema)),
            ("mediatype", .optional(item.content.mediatype)), ("content", contentJSON(item.content)),
        ])
    }

    private func attachmentJSON(_ item: Attachment) -> JSONOutput {
        .object([
            ("index", .int(item.index)), ("purpose", .optional(item.purpose)), ("party", .optional(item.party)),
            ("dialog", .optional(item.dialog)), ("start", .optional(item.start)),
            ("mediatype", .optional(item.content.mediatype)), ("content", contentJSON(item.content)),
        ])
    }

    private func relationsJSON(_ vcon: VCon) -> [JSONOutput] {
        let references = vcon.group + [vcon.redacted, vcon.amended].compactMap { $0 }.filter { !$0.isEmpty && !$0.json.isNull }
        return references.map { reference in
            .object([
                ("kind", .string(reference.kind.rawValue)), ("uuid", .optional(reference.uuid)), ("type", .optional(reference.type)),
                ("url", .optional(reference.url)), ("inline", .bool(reference.content.isInline)),
            ])
        }
    }
}
